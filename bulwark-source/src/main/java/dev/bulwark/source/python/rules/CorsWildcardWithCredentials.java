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

/** A browser sends the user's cookies along with any credentialed request this allows. */
public final class CorsWildcardWithCredentials implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-cors-wildcard-credentials",
          "CORS allows any origin with credentials, or reflects the request Origin",
          Category.DATA_EXPOSURE,
          OwaspApi2023.API8,
          Severity.HIGH,
          Confidence.HIGH,
          "List the allowed origins explicitly (CORS(app, origins=[\"https://app.example.com\"])) and never echo the Origin header back.",
          942,
          346);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("call", "assignment");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    if (t.is(node, "call")) {
      String callee = Py.callee(s, node);
      if (!callee.endsWith("CORS") && !callee.endsWith("cross_origin")) {
        return;
      }
      String args = t.text(t.child(node, "arguments")).replace(" ", "");
      boolean credentials = Py.isTrue(t, Py.keyword(t, node, "supports_credentials"));
      boolean wildcard =
          args.contains("\"*\"")
              || args.contains("'*'")
              || Py.keyword(t, node, "origins") < 0 && args.indexOf("resources") < 0;
      if (credentials && wildcard) {
        s.report(META, node, "any origin may send credentialed requests");
      }
      return;
    }
    int left = t.child(node, "left");
    if (!t.is(left, "subscript")
        || !Py.lower(Py.lastName(t, left)).equals("access-control-allow-origin")) {
      return;
    }
    if (Py.string(t, t.child(node, "right")).orElse("").equals("*") && allowsCredentials(t, node)) {
      s.report(META, node, "any origin may send credentialed requests");
      return;
    }
    String right = s.qualify(t.child(node, "right"));
    String text = t.text(t.child(node, "right"));
    if (right.endsWith("request.origin")
        || text.contains("request.headers") && Py.lower(text).contains("origin")
        || text.contains("request.environ") && text.contains("ORIGIN")) {
      s.report(
          META, node, "the Origin request header is reflected into Access-Control-Allow-Origin");
    }
  }

  /**
   * True when the same function (or the module, outside functions) also sets {@code
   * Access-Control-Allow-Credentials: true}.
   */
  private static boolean allowsCredentials(PyTree t, int node) {
    int fn = Py.function(t, node);
    int scope = fn < 0 ? t.root() : fn;
    for (int n = 0; n < t.size(); n++) {
      if (!t.is(n, "assignment") || !t.within(n, scope) || Py.function(t, n) != fn) {
        continue;
      }
      int left = t.child(n, "left");
      int right = t.child(n, "right");
      if (t.is(left, "subscript")
          && Py.lower(Py.lastName(t, left)).equals("access-control-allow-credentials")
          && (Py.isTrue(t, right) || Py.lower(Py.string(t, right).orElse("")).equals("true"))) {
        return true;
      }
    }
    return false;
  }
}
