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

/**
 * A static key shared by scripts and people cannot say who acted, cannot be scoped and is rarely
 * rotated.
 */
public final class AdminRouteApiKeyOnly implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-admin-route-api-key-only",
          "State-changing admin route accepts a static API key as the only proof",
          Category.BFLA,
          OwaspApi2023.API5,
          Severity.MEDIUM,
          Confidence.LOW,
          "Require an authenticated user with an admin role (or a scoped, short-lived token) for admin actions; keep static API keys for machine-to-machine reads.",
          287,
          285);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("function_definition");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    String decorator = Py.routeDecorator(t, node);
    String d = Py.lower(decorator);
    if (!d.contains("admin")) {
      return;
    }
    boolean changes =
        d.contains(".post(")
            || d.contains(".put(")
            || d.contains(".delete(")
            || d.contains(".patch(")
            || d.contains("\"post\"")
            || d.contains("\"delete\"")
            || d.contains("\"put\"")
            || d.contains("'post'")
            || d.contains("'delete'");
    String body = Py.lower(t.text(t.parent(node)));
    boolean apiKey =
        body.contains("x-api-key") || body.contains("api_key") || body.contains("apikey");
    boolean userCheck =
        body.contains("current_user")
            || body.contains("role")
            || body.contains("is_admin")
            || body.contains("login_required")
            || body.contains("permission")
            || body.contains("jwt")
            || body.contains("g.user");
    if (changes && apiKey && !userCheck) {
      s.report(META, t.parent(node), "an admin action is protected by a shared API key alone");
    }
  }
}
