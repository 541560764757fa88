package dev.bulwark.source.python.tree;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decides once per JVM whether trees are read through the native export: only when its library
 * loads and, on a snippet that exercises fields, aliases, syntax errors, missing tokens, nesting
 * and non-ASCII and invalid bytes, gives exactly the tree the cursor copy gives. Anything else
 * keeps the cursor copy, silently; the reason is kept for benchmarks. The system property {@code
 * bulwark.python.nativeExport=false} turns the native export off.
 */
final class TreeReaders {
  static final String SWITCH = "bulwark.python.nativeExport";

  private TreeReaders() {}

  record Choice(boolean nativeExport, String reason) {}

  /** Initialised on first use, after PyParser (whose parser the self-check uses). */
  private static final class Holder {
    static final Choice CHOICE = choose();
  }

  static boolean nativeExport() {
    return Holder.CHOICE.nativeExport();
  }

  static String description() {
    Choice c = Holder.CHOICE;
    return c.nativeExport() ? "native export" : "JNI cursor copy (" + c.reason() + ")";
  }

  private static Choice choose() {
    if ("false".equalsIgnoreCase(System.getProperty(SWITCH, ""))) {
      return new Choice(false, "turned off by -D" + SWITCH + "=false");
    }
    byte[] snippet = selfCheckSource();
    // Parsing first loads the binding's library, which the native side links to.
    PyTree expected = PyParser.parse(snippet, PyParser.Reader.CURSOR_COPY);
    if (!PyParser.withTree(snippet, NativeExport::pointerConsistent)) {
      return new Choice(false, "the binding keeps its tree pointer elsewhere than expected");
    }
    Optional<String> failure = NativeLibrary.load();
    if (failure.isPresent()) {
      return new Choice(false, failure.get());
    }
    PyTree actual = PyParser.parse(snippet, PyParser.Reader.NATIVE_EXPORT);
    Optional<String> difference = expected.difference(actual);
    return difference
        .map(d -> new Choice(false, "self-check failed: " + d))
        .orElseGet(() -> new Choice(true, "self-check passed"));
  }

  static byte[] selfCheckSource() {
    String text =
        String.join(
            "\n",
            "# -*- coding: utf-8 -*-",
            "\"\"\"Docstring: h\u00e9llo \u2014 \u2713 \ud835\udd18\"\"\"",
            "import os, sys as system",
            "from . import thing as alias_name",
            "print \"python 2\"",
            "match = {\"\u03ba\u03bb\u03b5\u03b9\u03b4\u03af\": f\"{os.environ['API_KEY']!r:>10}\","
                + " 'b': b'\\xff', **extra}",
            "type = lambda *a, key=None, **kw: [x async for x in y] if key else (yield)",
            "async def handler(request, /, *, token: str = \"x\", **rest) -> dict:",
            "    with open(p) as f, ctx() as (a, b):",
            "        try:",
            "            return await request.json()[1:2, ::3]",
            "        except (ValueError, KeyError) as e:",
            "            raise RuntimeError(str(e)) from e",
            "        finally:",
            "            del a[0], b.c",
            "match command.split():",
            "    case [Point(x=0, y=0) as origin, *rest] if rest:",
            "        pass",
            "    case {\"k\": v, **kw} | None:",
            "        value = -1_000.5e-3j + 0x_FF + r'\\d' '''tri",
            "ple'''",
            "class C(Base, metaclass=M):",
            "    @decorator(arg)",
            "    def m(self): return self.x @ y \\",
            "        if self else \u00e9t\u00e9",
            "def broken(:",
            "    x = = 1",
            "((((((((((1))))))))))",
            "if x",
            "  y = [1, 2",
            "\tz = 3\r",
            "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(bytes, 0, bytes.length);
    byte[] invalid = {'v', ' ', '=', ' ', (byte) 0xff, (byte) 0xc3, '(', (byte) 0x80, '\n'};
    out.write(invalid, 0, invalid.length);
    return out.toByteArray();
  }
}
