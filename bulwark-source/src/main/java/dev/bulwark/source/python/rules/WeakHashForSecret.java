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
import java.util.Set;

/** Fast hashes of low-entropy secrets are reversed by brute force; MD5 and SHA-1 collide. */
public final class WeakHashForSecret implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-weak-hash-for-secret",
          "Password, key or token hashed with a fast or broken hash (MD5/SHA-1/plain SHA-256)",
          Category.AUTHENTICATION,
          OwaspApi2023.API2,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Hash passwords with a slow KDF (argon2, bcrypt, scrypt or hashlib.pbkdf2_hmac); use HMAC-SHA256 for keyed digests.",
          327,
          328,
          916);

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
    boolean weak =
        callee.equals("hashlib.md5")
            || callee.equals("hashlib.sha1")
            || callee.equals("hashlib.sha256") && isPassword(s, Py.arg(t, node, 0));
    if (!weak) {
      return;
    }
    int arg = Py.arg(t, node, 0);
    if (arg >= 0 && (s.key(arg).isPresent() || isSecretNamed(s, arg))) {
      s.report(META, node, callee + " is used on a secret");
    }
  }

  private static boolean isPassword(FileScope s, int arg) {
    return arg >= 0 && Py.lower(s.tree().text(arg)).contains("passw");
  }

  private static boolean isSecretNamed(FileScope s, int arg) {
    PyTree t = s.tree();
    int n = arg;
    if (t.is(n, "call") && Py.method(s, n).equals("encode")) {
      n = t.child(t.child(n, "function"), "object");
    }
    String name = Py.lastName(t, n);
    return !name.isEmpty() && Sources.isSecretName(name);
  }
}
