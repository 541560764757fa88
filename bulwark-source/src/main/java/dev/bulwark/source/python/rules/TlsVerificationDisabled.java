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

/** Without certificate checks, anyone on the path reads the key the request carries. */
public final class TlsVerificationDisabled implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-tls-verification-disabled",
          "TLS certificate verification disabled on an outbound connection",
          Category.ENCRYPTION,
          OwaspApi2023.API10,
          Severity.HIGH,
          Confidence.HIGH,
          "Keep verify=True (the default); trust a private CA with verify=\"/path/ca.pem\".",
          295);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("call", "assignment", "keyword_argument");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    switch (t.type(node)) {
      case "call" -> {
        String callee = Py.callee(s, node);
        if (callee.equals("ssl._create_unverified_context")) {
          s.report(META, node, "ssl._create_unverified_context() skips certificate checks");
        } else if (Py.isFalse(t, Py.keyword(t, node, "verify")) && isClient(callee)) {
          s.report(META, node, "verify=False turns certificate checks off");
        }
      }
      case "assignment" -> {
        String left = t.text(t.child(node, "left"));
        int right = t.child(node, "right");
        if (left.endsWith(".check_hostname")
                && Py.isFalse(t, right)
                && !noHostnameBranch(t, node)
                && !serverContext(s, node)
            || left.endsWith(".verify_mode") && s.qualify(right).endsWith("CERT_NONE")
            || left.endsWith(".verify") && Py.isFalse(t, right) && !left.startsWith("self.")) {
          s.report(META, node, left + " disables certificate checks");
        } else if (left.equals("ssl._create_default_https_context")) {
          s.report(META, node, "the default HTTPS context is replaced");
        }
      }
      default -> {
        String name = t.text(t.child(node, "name"));
        if (name.equals("cert_reqs") && s.qualify(t.child(node, "value")).endsWith("CERT_NONE")) {
          s.report(META, node, "cert_reqs=CERT_NONE turns certificate checks off");
        }
      }
    }
  }

  /**
   * {@code if not server_hostname: ctx.check_hostname = False} is how libraries handle a connection
   * without a name to check; the certificate is still verified.
   */
  private static boolean noHostnameBranch(PyTree t, int node) {
    int branch = t.ancestor(node, "if_statement");
    return branch >= 0 && t.text(t.child(branch, "condition")).contains("hostname");
  }

  /**
   * A server checks no hostname: {@code ctx.check_hostname = False} on a context made by {@code
   * ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)} or {@code
   * ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)} in the same function changes nothing.
   */
  private static boolean serverContext(FileScope s, int node) {
    PyTree t = s.tree();
    int target = t.child(t.child(node, "left"), "object");
    String variable = t.text(target);
    int fn = Py.function(t, node);
    int scope = fn < 0 ? t.root() : fn;
    for (int n = 0; n < t.size(); n++) {
      if (t.is(n, "assignment")
          && t.within(n, scope)
          && Py.function(t, n) == fn
          && t.text(t.child(n, "left")).equals(variable)
          && isServerContext(s, t.child(n, "right"))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isServerContext(FileScope s, int value) {
    PyTree t = s.tree();
    if (!t.is(value, "call")) {
      return false;
    }
    String callee = Py.callee(s, value);
    if (callee.endsWith("SSLContext")) {
      int protocol = Py.arg(t, value, 0);
      protocol = protocol >= 0 ? protocol : Py.keyword(t, value, "protocol");
      return protocol >= 0 && s.qualify(protocol).endsWith("PROTOCOL_TLS_SERVER");
    }
    if (callee.endsWith("create_default_context")) {
      int purpose = Py.arg(t, value, 0);
      purpose = purpose >= 0 ? purpose : Py.keyword(t, value, "purpose");
      return purpose >= 0 && s.qualify(purpose).endsWith("Purpose.CLIENT_AUTH");
    }
    return false;
  }

  private static boolean isClient(String callee) {
    return callee.startsWith("requests.")
        || callee.startsWith("httpx.")
        || callee.contains("ession")
        || callee.contains("lient")
        || callee.startsWith("aiohttp.")
        || callee.endsWith(".get")
        || callee.endsWith(".post")
        || callee.endsWith(".request");
  }
}
