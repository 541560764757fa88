package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.flow.Sources;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Optional;
import java.util.Set;

/** A key sent over plain http:// crosses every network hop in clear text. */
public final class CredentialsOverHttp implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-credentials-over-http",
          "Credentials sent to a plain http:// URL",
          Category.ENCRYPTION,
          OwaspApi2023.API8,
          Severity.HIGH,
          Confidence.MEDIUM,
          "Use https:// for every request that carries a key, token or password.",
          319);
  private static final Set<String> METHODS =
      Set.of("get", "post", "put", "patch", "delete", "head", "request");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("call");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    String callee = Py.callee(s, node);
    if (!METHODS.contains(Py.method(s, node))
        || !(callee.startsWith("requests.") || callee.startsWith("httpx."))) {
      return;
    }
    int url = Py.method(s, node).equals("request") ? Py.arg(t, node, 1) : Py.arg(t, node, 0);
    if (url < 0) {
      url = Py.keyword(t, node, "url");
    }
    String text = url < 0 ? "" : t.text(url);
    int at = text.indexOf("http://");
    if (at < 0 || at > 3 || text.contains("localhost") || text.contains("127.0.0.1")) {
      return;
    }
    if (Py.keyword(t, node, "auth") >= 0
        || carriesKey(s, Py.keyword(t, node, "headers"))
        || carriesKey(s, Py.keyword(t, node, "params"))
        || s.key(url).isPresent()) {
      s.report(META, node, "credentials are sent over plain http");
    }
  }

  private static boolean carriesKey(FileScope s, int dict) {
    PyTree t = s.tree();
    if (dict < 0) {
      return false;
    }
    if (s.key(dict).isPresent()) {
      return true;
    }
    if (!t.is(dict, "dictionary")) {
      return false;
    }
    for (int p = t.firstNamed(dict); p >= 0; p = t.nextNamed(p)) {
      Optional<String> name = Py.string(t, t.child(p, "key"));
      if (name.filter(Sources::isSecretName).isPresent()) {
        return true;
      }
    }
    return false;
  }
}
