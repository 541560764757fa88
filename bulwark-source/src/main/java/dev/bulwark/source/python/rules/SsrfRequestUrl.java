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
import java.util.Set;

/** A URL taken from the request lets the caller make the server fetch internal addresses. */
public final class SsrfRequestUrl implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-ssrf-request-url",
          "Request-controlled URL reaches an outbound HTTP call (SSRF)",
          Category.SSRF,
          OwaspApi2023.API7,
          Severity.HIGH,
          Confidence.MEDIUM,
          "Allow-list the hosts the server may call, resolve and reject private addresses, and"
              + " never pass a URL from the request straight to requests/httpx/urllib.",
          918);
  private static final Set<String> METHODS =
      Set.of("get", "post", "put", "patch", "delete", "head", "request", "urlopen", "stream");

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
    boolean client =
        callee.startsWith("requests.")
            || callee.startsWith("httpx.")
            || callee.startsWith("urllib.request.")
            || callee.startsWith("aiohttp.")
            || callee.contains("session.")
            || callee.contains("Session().");
    if (!client || !METHODS.contains(Py.method(s, node))) {
      return;
    }
    int url = Py.method(s, node).equals("request") ? Py.arg(t, node, 1) : Py.arg(t, node, 0);
    if (url < 0) {
      url = Py.keyword(t, node, "url");
    }
    if (guardedByAllowList(t, node)) {
      return;
    }
    s.taint(url)
        .filter(x -> x.kind() == Taint.Kind.REQUEST)
        .ifPresent(
            x ->
                s.reportFlow(
                    META,
                    node,
                    x,
                    "fetched by " + callee,
                    "a request-controlled URL is fetched by " + callee));
  }

  /**
   * An allow-list checked before the fetch, with an early exit, is the fix this rule asks for:
   * {@code if parsed.hostname not in ALLOWED: return ...} (or {@code raise}/{@code abort}) in the
   * same function, above the call.
   */
  private static boolean guardedByAllowList(PyTree t, int call) {
    int fn = Py.function(t, call);
    int body = fn < 0 ? -1 : t.child(fn, "body");
    if (body < 0) {
      return false;
    }
    for (int stmt = t.firstNamed(body); stmt >= 0; stmt = t.nextNamed(stmt)) {
      if (t.startByte(stmt) >= t.startByte(call)) {
        return false;
      }
      if (!t.is(stmt, "if_statement")) {
        continue;
      }
      String condition = t.text(t.child(stmt, "condition"));
      String then = t.text(t.child(stmt, "consequence"));
      boolean allowList =
          condition.contains(" not in ")
              || condition.contains(" in ")
              || condition.contains("startswith(");
      boolean exits = then.contains("return") || then.contains("raise") || then.contains("abort(");
      if (allowList && exits) {
        return true;
      }
    }
    return false;
  }
}
