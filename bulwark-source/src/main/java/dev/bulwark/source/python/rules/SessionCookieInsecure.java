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
import java.util.regex.Pattern;

/**
 * Without the Secure flag the session cookie is sent over plain HTTP, where anyone on the path can
 * take it.
 */
public final class SessionCookieInsecure implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-session-cookie-insecure",
          "Production config without secure session cookies or HTTPS enforcement",
          Category.ENCRYPTION,
          OwaspApi2023.API8,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "In production set SESSION_COOKIE_SECURE = True (and SESSION_COOKIE_HTTPONLY, SESSION_COOKIE_SAMESITE) and redirect HTTP to HTTPS (e.g. Flask-Talisman).",
          614,
          319);

  /** ProductionConfig, ProdSettings, Production — not Product or ProductCodes. */
  private static final Pattern PRODUCTION_CONFIG =
      Pattern.compile("(?i).*prod(uction)?_?(config|settings|env)?");

  /** A Flask config class assigns upper-case settings such as DEBUG or SECRET_KEY. */
  private static final Pattern CONFIG_ATTRIBUTE = Pattern.compile("(?m)^\\s*[A-Z][A-Z0-9_]+\\s*=");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("class_definition", "assignment");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    if (t.is(node, "assignment")) {
      int left = t.child(node, "left");
      String name = t.is(left, "subscript") ? Py.lastName(t, left) : t.text(left);
      if ((name.equals("SESSION_COOKIE_SECURE") || name.endsWith(".session_cookie_secure"))
          && Py.isFalse(t, t.child(node, "right"))
          && !devContext(s, node)) {
        s.report(META, node, "session cookies are allowed over plain HTTP");
      }
      return;
    }
    String cls = t.text(t.child(node, "name"));
    String body = t.text(t.child(node, "body"));
    if (!PRODUCTION_CONFIG.matcher(cls).matches() || !CONFIG_ATTRIBUTE.matcher(body).find()) {
      return;
    }
    if (!body.contains("SESSION_COOKIE_SECURE")) {
      s.report(META, node, cls + " does not set SESSION_COOKIE_SECURE = True");
    }
  }

  private static boolean devContext(FileScope s, int node) {
    PyTree t = s.tree();
    int cls = t.ancestor(node, "class_definition");
    String owner = Py.lower(cls >= 0 ? t.text(t.child(cls, "name")) : s.module().file());
    return owner.contains("dev") || owner.contains("test") || owner.contains("local");
  }
}
