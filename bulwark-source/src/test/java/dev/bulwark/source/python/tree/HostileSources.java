package dev.bulwark.source.python.tree;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inputs that stress tree readers: empty, broken, deep, non-UTF-8, large, odd whitespace. */
final class HostileSources {
  private static final Map<String, byte[]> SOURCES = build();

  private HostileSources() {}

  static List<String> names() {
    return List.copyOf(SOURCES.keySet());
  }

  static byte[] get(String name) {
    return SOURCES.get(name).clone();
  }

  private static Map<String, byte[]> build() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("empty", new byte[0]);
    m.put("only a newline", utf8("\n"));
    m.put("no final newline", utf8("x = 1"));
    m.put(
        "syntax errors",
        utf8("def f(:\n    x = = 1\nif x\n  y = [1, 2\nclass:\n    pass\n)]}\nprint 'py2'\n"));
    m.put("unterminated string", utf8("x = '''never closed\ny = 2\n"));
    m.put("deeply nested parentheses", utf8("x = " + "(".repeat(3000) + "1" + ")".repeat(3000)));
    m.put("deeply nested lists", utf8("x = " + "[".repeat(2000) + "]".repeat(2000) + "\n"));
    m.put("unbalanced nesting", utf8("x = " + "(".repeat(2000) + "1\n"));
    m.put("deeply nested blocks", nestedBlocks(200));
    m.put(
        "invalid utf-8",
        bytes(
            utf8("s = '"),
            new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3},
            utf8("'\n# \u00e9 "),
            new byte[] {(byte) 0x80, (byte) 0xc0, 'x', '\n', (byte) 0xf0, (byte) 0x9f, '=', '1'},
            utf8("\nname")));
    m.put("nul bytes", utf8("x = 1 # a\0b\n\0\ny = '\0'\n"));
    m.put(
        "odd whitespace",
        utf8(
            "a not   in b\na is \\\n  not b\r\nx = a\u00a0+ b\r\n# crlf comment\r\n\u000c\tz = 3\n"));
    m.put(
        "unicode names",
        utf8("\u00e9t\u00e9 = caf\u00e9\u00b7x + \u0391\u03b2\u03b3\nprint(\u00e9t\u00e9)\n"));
    m.put(
        "numbers",
        utf8("a = 1if b else 0x_ff\nc = 1.5e10.real + 0o17 + 0b1_0 + 1_000j + 1e-3 + 10L\n"));
    m.put(
        "strings",
        utf8(
            "a = 'x\\ny' rb\"\\d\" f'{v!r:>{w}.{p}} {{}}' u'\\N{DASH}' b'\\xff'\n"
                + "b = \"\"\"tri\nple\\\"\"\"\" ''\n"));
    m.put(
        "byte order mark",
        bytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, utf8("x=1\n")));
    m.put("a 1 MB generated module", generatedModule(1 << 20));
    return m;
  }

  private static byte[] nestedBlocks(int depth) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      s.append(" ".repeat(i)).append("if x").append(i).append(":\n");
    }
    s.append(" ".repeat(depth)).append("pass\n");
    return utf8(s.toString());
  }

  private static byte[] generatedModule(int size) {
    StringBuilder s = new StringBuilder("import os\nfrom flask import Flask, request\n");
    for (int i = 0; s.length() < size; i++) {
      s.append("\n@app.route('/r")
          .append(i)
          .append("')\n")
          .append("def view_")
          .append(i)
          .append("(arg=")
          .append(i)
          .append(", *a, **kw):\n")
          .append("    \"\"\"Doc \u00e9 ")
          .append(i)
          .append(".\"\"\"\n")
          .append("    key = os.environ.get('K")
          .append(i)
          .append("', 'd\\n').strip()\n")
          .append("    data = {k: [v * 2 for v in vs if v] for k, vs in kw.items()}\n")
          .append("    return f'{key!r}:{data}' if arg > ")
          .append(i)
          .append(".5e1 else None\n");
    }
    return utf8(s.toString());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.write(p, 0, p.length);
    }
    return out.toByteArray();
  }
}
