package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Optional;
import java.util.Set;

/**
 * A token whose signature is not checked, or is checked with a key in the source, proves nothing.
 */
public final class JwtInsecure implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-jwt-insecure",
          "JWT decoded without verification, with alg none, or signed with a hardcoded secret",
          Category.AUTHENTICATION,
          OwaspApi2023.API2,
          Severity.HIGH,
          Confidence.HIGH,
          "Decode with jwt.decode(token, key, algorithms=[\"HS256\"]) and a key loaded from the environment; never disable verification or allow none.",
          347,
          798);

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
    if (!callee.equals("jwt.decode") && !callee.equals("jwt.encode")) {
      return;
    }
    String args = t.text(t.child(node, "arguments")).replace(" ", "");
    if (callee.equals("jwt.decode")) {
      if (args.contains("\"verify_signature\":False")
          || args.contains("'verify_signature':False")
          || Py.isFalse(t, Py.keyword(t, node, "verify"))) {
        s.report(META, node, "the token is decoded without verifying its signature");
      } else if (args.toLowerCase(java.util.Locale.ROOT).contains("\"none\"")
          || args.toLowerCase(java.util.Locale.ROOT).contains("'none'")) {
        s.report(META, node, "the none algorithm is accepted");
      }
    }
    int key = Py.arg(t, node, 1);
    if (key < 0) {
      key = Py.keyword(t, node, "key");
    }
    Optional<String> literal = Py.string(t, key);
    if (literal.isPresent() && !literal.get().isEmpty()) {
      s.reportSecret(META, node, "the token key is hardcoded", literal.get(), 0);
    }
  }
}
