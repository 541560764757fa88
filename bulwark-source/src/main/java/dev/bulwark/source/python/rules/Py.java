package dev.bulwark.source.python.rules;

import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Small questions rules ask about Python and Flask syntax. */
final class Py {
  private static final Set<String> ROUTE_DECORATORS =
      Set.of("route", "get", "post", "put", "patch", "delete", "errorhandler", "app_errorhandler");

  private Py() {}

  /** The qualified name of a call's target ({@code requests.get}), empty when not a name. */
  static String callee(FileScope s, int call) {
    return s.qualify(s.tree().child(call, "function"));
  }

  /** The last part of a call's target name ({@code get} for {@code session.get}). */
  static String method(FileScope s, int call) {
    PyTree t = s.tree();
    int fn = t.child(call, "function");
    if (t.is(fn, "attribute")) {
      return t.text(t.child(fn, "attribute"));
    }
    return t.is(fn, "identifier") ? t.text(fn) : "";
  }

  /** The value node of keyword argument {@code name}, or -1. */
  static int keyword(PyTree t, int call, String name) {
    int args = t.child(call, "arguments");
    for (int a = args < 0 ? -1 : t.firstNamed(args); a >= 0; a = t.nextNamed(a)) {
      if (t.is(a, "keyword_argument") && t.text(t.child(a, "name")).equals(name)) {
        return t.child(a, "value");
      }
    }
    return -1;
  }

  /** The i-th positional argument, or -1. */
  static int arg(PyTree t, int call, int index) {
    int args = t.child(call, "arguments");
    int i = 0;
    for (int a = args < 0 ? -1 : t.firstNamed(args); a >= 0; a = t.nextNamed(a)) {
      if (t.is(a, "keyword_argument") || t.is(a, "dictionary_splat") || t.is(a, "list_splat")) {
        continue;
      }
      if (i++ == index) {
        return a;
      }
    }
    return -1;
  }

  static boolean isTrue(PyTree t, int node) {
    return t.is(node, "true") || t.is(node, "integer") && t.text(node).equals("1");
  }

  static boolean isFalse(PyTree t, int node) {
    return t.is(node, "false") || t.is(node, "integer") && t.text(node).equals("0");
  }

  /** The value of a plain string literal (no f-string interpolation). */
  static Optional<String> string(PyTree t, int node) {
    if (!t.is(node, "string") || t.childOfType(node, "interpolation") >= 0) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    for (int c = t.firstChild(node); c >= 0; c = t.nextSibling(c)) {
      if (t.is(c, "string_content") || t.is(c, "escape_sequence")) {
        out.append(t.text(c));
      }
    }
    return Optional.of(out.toString());
  }

  /** The function definition a node is in, or -1. */
  static int function(PyTree t, int node) {
    return t.ancestor(node, "function_definition");
  }

  /** True when the function is a Flask view or error handler (decorated with route/get/...). */
  static boolean isRoute(PyTree t, int fn) {
    return !routeDecorator(t, fn).isEmpty();
  }

  /** The decorator text that makes a function a view (e.g. {@code app.route("/x")}), or "". */
  static String routeDecorator(PyTree t, int fn) {
    if (fn < 0 || !t.is(t.parent(fn), "decorated_definition")) {
      return "";
    }
    for (int d = t.firstNamed(t.parent(fn)); d >= 0; d = t.nextNamed(d)) {
      if (!t.is(d, "decorator")) {
        continue;
      }
      int expr = t.firstNamed(d);
      int target = t.is(expr, "call") ? t.child(expr, "function") : expr;
      if (t.is(target, "attribute")
          && ROUTE_DECORATORS.contains(t.text(t.child(target, "attribute")))) {
        return t.text(expr);
      }
    }
    return "";
  }

  /** True inside a view function (or one of its nested blocks). */
  static boolean inRoute(PyTree t, int node) {
    return isRoute(t, function(t, node));
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** True when the node is a name (identifier or attribute chain) whose last part is {@code n}. */
  static String lastName(PyTree t, int node) {
    if (t.is(node, "identifier")) {
      return t.text(node);
    }
    if (t.is(node, "attribute")) {
      return t.text(t.child(node, "attribute"));
    }
    if (t.is(node, "subscript")) {
      return string(t, t.child(node, "subscript")).orElse("");
    }
    return "";
  }
}
