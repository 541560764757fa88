package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.flow.Taint;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Optional;
import java.util.Set;

/** A key in a response body, header or cookie is a key handed to whoever calls the endpoint. */
public final class KeyReturnedToClient implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-key-returned-to-client",
          "API key, secret or whole configuration returned to the client",
          Category.DATA_EXPOSURE,
          OwaspApi2023.API3,
          Severity.HIGH,
          Confidence.HIGH,
          "Return only the fields the client needs; never echo keys, app.config, os.environ or"
              + " request headers, and rotate any key a response has carried.",
          200,
          215);
  private static final Set<String> RESPONSE_CALLS =
      Set.of(
          "flask.jsonify",
          "jsonify",
          "flask.make_response",
          "make_response",
          "flask.Response",
          "Response",
          "flask.render_template",
          "render_template",
          "flask.render_template_string",
          "render_template_string");
  private static final Set<String> WHOLESALE =
      Set.of(
          "os.environ",
          "flask.request.headers",
          "request.headers",
          "request.environ",
          "flask.request.environ");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("return_statement", "call", "assignment");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    if (t.is(node, "return_statement")) {
      int value = t.firstNamed(node);
      if (value >= 0 && Py.inRoute(t, node)) {
        check(s, node, value, "returned by the view");
      }
    } else if (t.is(node, "call")) {
      String callee = Py.callee(s, node);
      if (RESPONSE_CALLS.contains(callee)) {
        int args = t.child(node, "arguments");
        for (int a = args < 0 ? -1 : t.firstNamed(args); a >= 0; a = t.nextNamed(a)) {
          if (check(s, node, a, "sent to the client by " + callee)) {
            return;
          }
        }
      } else if (Py.method(s, node).equals("set_cookie")) {
        int value = Py.arg(t, node, 1);
        check(s, node, value >= 0 ? value : Py.keyword(t, node, "value"), "set as a cookie");
      }
    } else {
      int left = t.child(node, "left");
      if (t.is(left, "subscript")
          && t.text(t.child(left, "value")).endsWith(".headers")
          && !t.text(t.child(left, "value")).startsWith("request")) {
        check(s, node, t.child(node, "right"), "set as a response header");
      }
    }
  }

  private static boolean check(FileScope s, int at, int value, String how) {
    if (value < 0) {
      return false;
    }
    if (isWholesale(s, value)) {
      s.report(META, at, "the response carries " + s.tree().text(value) + " wholesale");
      return true;
    }
    if (s.tree().is(value, "call") && RESPONSE_CALLS.contains(Py.callee(s, value))) {
      return false; // reported at the inner call
    }
    Optional<Taint> taint = s.taint(value).filter(x -> x.kind() != Taint.Kind.REQUEST);
    taint.ifPresent(x -> s.reportFlow(META, at, x, how, x.label() + " is " + how));
    return taint.isPresent();
  }

  private static boolean isWholesale(FileScope s, int value) {
    PyTree t = s.tree();
    int node = value;
    if (t.is(node, "call")
        && (Py.callee(s, node).equals("dict")
            || Py.callee(s, node).equals("jsonify")
            || Py.callee(s, node).equals("flask.jsonify"))) {
      node = Py.arg(t, node, 0);
    }
    if (node < 0) {
      return false;
    }
    String q = s.qualify(node);
    return WHOLESALE.contains(q)
        || q.endsWith("app.config")
        || q.equals("flask.current_app.config");
  }
}
