package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Set;

/** Exception text carries paths, queries, hostnames and sometimes the key that failed. */
public final class ExceptionDetailsInResponse implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-exception-details-in-response",
          "Exception details returned to the client",
          Category.DATA_EXPOSURE,
          OwaspApi2023.API8,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Log the exception server-side and return a generic message with an error id.",
          209,
          200);
  private static final Set<String> RESPONSE_CALLS =
      Set.of(
          "flask.jsonify",
          "jsonify",
          "flask.make_response",
          "make_response",
          "flask.Response",
          "Response",
          "flask.abort",
          "abort");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("return_statement", "call");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    int fn = Py.function(t, node);
    if (fn < 0) {
      return;
    }
    boolean route = Py.isRoute(t, fn);
    if (t.is(node, "return_statement")) {
      int value = t.firstNamed(node);
      if (route && value >= 0 && !isResponseCall(s, value) && leaks(s, value, 0)) {
        s.report(META, node, "the view returns exception details");
      }
    } else if (isResponseCall(s, node)
        && (route || Py.lower(t.text(t.child(fn, "name"))).contains("error"))
        && leaks(s, t.child(node, "arguments"), 0)) {
      s.report(META, node, "exception details are sent to the client");
    }
  }

  private static boolean isResponseCall(FileScope s, int node) {
    return s.tree().is(node, "call") && RESPONSE_CALLS.contains(Py.callee(s, node));
  }

  /** True when the expression holds str(e), repr(e), e.args, f"{e}" or a formatted traceback. */
  private static boolean leaks(FileScope s, int node, int depth) {
    PyTree t = s.tree();
    if (node < 0 || depth > 12) {
      return false;
    }
    if (t.is(node, "call")) {
      String callee = Py.callee(s, node);
      if (callee.startsWith("traceback.format_")) {
        return true;
      }
      if ((callee.equals("str") || callee.equals("repr"))
          && isExceptionVar(s, Py.arg(t, node, 0))) {
        return true;
      }
    }
    if (t.is(node, "attribute")
        && t.text(t.child(node, "attribute")).equals("args")
        && isExceptionVar(s, t.child(node, "object"))) {
      return true;
    }
    if (t.is(node, "interpolation") && isExceptionVar(s, t.firstNamed(node))) {
      return true;
    }
    for (int c = t.firstNamed(node); c >= 0; c = t.nextNamed(c)) {
      if (leaks(s, c, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** An except-clause variable, or the parameter of an error handler. */
  private static boolean isExceptionVar(FileScope s, int node) {
    PyTree t = s.tree();
    if (!t.is(node, "identifier")) {
      return false;
    }
    String name = t.text(node);
    for (int p = t.parent(node); p >= 0; p = t.parent(p)) {
      if (t.is(p, "except_clause")) {
        int alias = t.childOfType(p, "as_pattern");
        String text = alias >= 0 ? t.text(alias) : t.text(p);
        if (text.endsWith(" as " + name) || text.contains(" as " + name + ":")) {
          return true;
        }
      }
      if (t.is(p, "function_definition")) {
        String decorator = Py.routeDecorator(t, p);
        int params = t.child(p, "parameters");
        return decorator.contains("errorhandler") && params >= 0 && t.text(params).contains(name);
      }
    }
    return false;
  }
}
