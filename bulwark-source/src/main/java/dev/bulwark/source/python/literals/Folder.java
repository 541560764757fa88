package dev.bulwark.source.python.literals;

import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.tree.PyTree;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Folds constant string expressions within a module: concatenation ({@code +} and implicit),
 * f-strings and {@code %} / {@code .format} of constants, {@code "".join([...])}, bytes literals,
 * {@code .decode()} and base64 decoding, and names bound to such constants at module level.
 */
final class Folder {
  private static final int MAX_DEPTH = 24;
  private static final int MAX_LENGTH = 4096;

  private final FileScope scope;
  private final PyTree t;
  private final Map<String, Integer> constants;

  Folder(FileScope scope, Map<String, Integer> constants) {
    this.scope = scope;
    this.t = scope.tree();
    this.constants = constants;
  }

  Optional<String> fold(int n) {
    return fold(n, 0).filter(s -> s.length() <= MAX_LENGTH);
  }

  private Optional<String> fold(int n, int depth) {
    if (n < 0 || depth > MAX_DEPTH) {
      return Optional.empty();
    }
    switch (t.type(n)) {
      case "string":
        return string(n, depth);
      case "concatenated_string":
      case "binary_operator":
        return binary(n, depth);
      case "parenthesized_expression":
        return fold(t.firstNamed(n), depth + 1);
      case "identifier":
        {
          Integer value = constants.get(t.text(n));
          return value == null || value == n ? Optional.empty() : fold(value, depth + 1);
        }
      case "call":
        return call(n, depth);
      default:
        return Optional.empty();
    }
  }

  private Optional<String> string(int n, int depth) {
    StringBuilder out = new StringBuilder();
    for (int c = t.firstChild(n); c >= 0; c = t.nextSibling(c)) {
      switch (t.type(c)) {
        case "string_content" -> out.append(t.text(c));
        case "escape_sequence" -> out.append(unescape(t.text(c)));
        case "interpolation" -> {
          Optional<String> inner = fold(t.firstNamed(c), depth + 1);
          if (inner.isEmpty()) {
            return Optional.empty();
          }
          out.append(inner.get());
        }
        default -> {}
      }
    }
    return Optional.of(out.toString());
  }

  private Optional<String> binary(int n, int depth) {
    if (t.is(n, "concatenated_string")) {
      StringBuilder out = new StringBuilder();
      for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(c)) {
        Optional<String> part = fold(c, depth + 1);
        if (part.isEmpty()) {
          return Optional.empty();
        }
        out.append(part.get());
      }
      return Optional.of(out.toString());
    }
    int left = t.child(n, "left");
    int right = t.child(n, "right");
    String op = t.text(t.child(n, "operator"));
    Optional<String> l = fold(left, depth + 1);
    if (l.isEmpty()) {
      return l;
    }
    if (op.equals("+")) {
      return fold(right, depth + 1).map(r -> l.get() + r);
    }
    if (op.equals("%")) {
      List<String> args = new ArrayList<>();
      if (t.is(right, "tuple")) {
        for (int c = t.firstNamed(right); c >= 0; c = t.nextNamed(c)) {
          Optional<String> a = fold(c, depth + 1);
          if (a.isEmpty()) {
            return a;
          }
          args.add(a.get());
        }
      } else {
        Optional<String> a = fold(right, depth + 1);
        if (a.isEmpty()) {
          return a;
        }
        args.add(a.get());
      }
      return percent(l.get(), args);
    }
    return Optional.empty();
  }

  private Optional<String> call(int n, int depth) {
    int fn = t.child(n, "function");
    if (!t.is(fn, "attribute")) {
      return Optional.empty();
    }
    String method = t.text(t.child(fn, "attribute"));
    int object = t.child(fn, "object");
    int args = t.child(n, "arguments");
    List<String> values = new ArrayList<>();
    if (args >= 0) {
      int first = t.firstNamed(args);
      if (method.equals("join") && (t.is(first, "list") || t.is(first, "tuple"))) {
        args = first;
      }
      for (int a = t.firstNamed(args); a >= 0; a = t.nextNamed(a)) {
        Optional<String> v = fold(a, depth + 1);
        if (v.isEmpty()) {
          return v;
        }
        values.add(v.get());
      }
    }
    String q = scope.qualify(fn);
    if (q.endsWith("b64decode") && values.size() == 1) {
      return base64(values.get(0));
    }
    Optional<String> receiver = fold(object, depth + 1);
    if (receiver.isEmpty()) {
      return receiver;
    }
    return switch (method) {
      case "join" -> Optional.of(String.join(receiver.get(), values));
      case "format" -> format(receiver.get(), values);
      case "decode", "encode", "strip" ->
          values.isEmpty() || method.equals("decode")
              ? Optional.of(method.equals("strip") ? receiver.get().strip() : receiver.get())
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static Optional<String> base64(String value) {
    try {
      byte[] raw = Base64.getMimeDecoder().decode(value.strip());
      String text = new String(raw, StandardCharsets.UTF_8);
      return text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
          ? Optional.of(text)
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> percent(String template, List<String> args) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '%' && i + 1 < template.length()) {
        char k = template.charAt(++i);
        if (k == '%') {
          out.append('%');
        } else if (k == 's' && next < args.size()) {
          out.append(args.get(next++));
        } else {
          return Optional.empty();
        }
      } else {
        out.append(c);
      }
    }
    return next == args.size() ? Optional.of(out.toString()) : Optional.empty();
  }

  private static Optional<String> format(String template, List<String> args) {
    StringBuilder out = new StringBuilder();
    int auto = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (c == '{') {
        int close = template.indexOf('}', i);
        if (close < 0) {
          return Optional.empty();
        }
        String field = template.substring(i + 1, close);
        int index;
        if (field.isEmpty()) {
          index = auto++;
        } else if (field.chars().allMatch(Character::isDigit)) {
          index = Integer.parseInt(field);
        } else {
          return Optional.empty();
        }
        if (index >= args.size()) {
          return Optional.empty();
        }
        out.append(args.get(index));
        i = close;
      } else {
        out.append(c);
      }
    }
    return Optional.of(out.toString());
  }

  private static String unescape(String escape) {
    return switch (escape) {
      case "\\n" -> "\n";
      case "\\t" -> "\t";
      case "\\\\" -> "\\";
      case "\\'" -> "'";
      case "\\\"" -> "\"";
      default -> escape;
    };
  }
}
