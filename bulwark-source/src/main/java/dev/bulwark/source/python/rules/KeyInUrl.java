package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.flow.Sources;
import dev.bulwark.source.python.flow.Taint;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Optional;
import java.util.Set;

/** URLs are logged by every proxy, server and browser on the way: a key in one is a leaked key. */
public final class KeyInUrl implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-key-in-url",
          "API key sent or accepted in a URL query string or path",
          Category.AUTHENTICATION,
          OwaspApi2023.API2,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Send keys in a header (Authorization or X-API-Key) and accept them only from headers.",
          598,
          200);
  private static final Set<String> HTTP_CALLS =
      Set.of("get", "post", "put", "patch", "delete", "head", "request", "options", "stream");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("call", "decorator", "binary_operator", "string");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    switch (t.type(node)) {
      case "call" -> call(s, node);
      case "decorator" -> {
        String text = t.text(node);
        int lt = text.indexOf('<');
        while (lt >= 0) {
          int gt = text.indexOf('>', lt);
          String var = gt > lt ? text.substring(lt + 1, gt) : "";
          var = var.contains(":") ? var.substring(var.indexOf(':') + 1) : var;
          if (Sources.isSecretName(var)
              && Py.routeDecorator(t, t.nextNamed(node) >= 0 ? lastDef(t, node) : -1).length()
                  > 0) {
            s.report(META, node, "the route takes the key " + var + " as a path segment");
            return;
          }
          lt = text.indexOf('<', lt + 1);
        }
      }
      default -> urlBuilt(s, node);
    }
  }

  private static int lastDef(PyTree t, int decorator) {
    int d = t.parent(decorator);
    return t.child(d, "definition");
  }

  private static void call(FileScope s, int call) {
    PyTree t = s.tree();
    String callee = Py.callee(s, call);
    String method = Py.method(s, call);
    if (HTTP_CALLS.contains(method) && isHttpClient(callee)) {
      int params = Py.keyword(t, call, "params");
      if (t.is(params, "dictionary")) {
        for (int p = t.firstNamed(params); p >= 0; p = t.nextNamed(p)) {
          Optional<String> name = Py.string(t, t.child(p, "key"));
          if (name.filter(Sources::isSecretName).isPresent()
              || s.key(t.child(p, "value")).isPresent()) {
            s.report(META, call, "the key is sent as a query parameter");
            return;
          }
        }
      }
    }
    if (method.equals("format")) {
      int receiver = t.child(t.child(call, "function"), "object");
      String text = t.text(receiver);
      if (t.is(receiver, "string")
          && text.contains("=")
          && (text.contains("http") || text.contains("?"))) {
        s.key(t.child(call, "arguments"))
            .ifPresent(
                k ->
                    s.reportFlow(
                        META, call, k, "put into a URL", k.label() + " is put into a URL"));
      }
    }
    if ((callee.equals("flask.request.args.get") || callee.equals("request.args.get"))
        && Py.string(t, Py.arg(t, call, 0)).filter(Sources::isSecretName).isPresent()) {
      s.report(META, call, "the key is read from the query string instead of a header");
    }
  }

  private static boolean isHttpClient(String callee) {
    return callee.startsWith("requests.")
        || callee.startsWith("httpx.")
        || callee.contains("session.")
        || callee.contains("Session().")
        || callee.contains("client.")
        || callee.startsWith("aiohttp.");
  }

  /** A key concatenated or formatted into a string that looks like a URL with a query. */
  private static void urlBuilt(FileScope s, int node) {
    PyTree t = s.tree();
    if (t.is(node, "string") && t.childOfType(node, "interpolation") < 0) {
      return;
    }
    if (t.is(node, "binary_operator") && t.is(t.parent(node), "binary_operator")) {
      return; // judged at the outermost operator
    }
    String text = t.text(node);
    if (!(text.contains("http://") || text.contains("https://") || text.contains("?"))
        || !text.contains("=")) {
      return;
    }
    Optional<Taint> key = t.is(node, "string") ? interpolatedKey(s, node) : s.key(node);
    key.ifPresent(
        k -> s.reportFlow(META, node, k, "put into a URL", k.label() + " is put into a URL"));
  }

  private static Optional<Taint> interpolatedKey(FileScope s, int str) {
    PyTree t = s.tree();
    for (int c = t.firstNamed(str); c >= 0; c = t.nextNamed(c)) {
      if (t.is(c, "interpolation")) {
        Optional<Taint> k = s.key(t.firstNamed(c));
        if (k.isPresent()) {
          return k;
        }
      }
    }
    return Optional.empty();
  }
}
