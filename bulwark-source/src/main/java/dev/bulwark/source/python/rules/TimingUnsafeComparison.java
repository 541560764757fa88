package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** {@code ==} stops at the first differing byte, so response times reveal a key byte by byte. */
public final class TimingUnsafeComparison implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-timing-unsafe-key-comparison",
          "Key, token or signature compared with == instead of a constant-time comparison",
          Category.AUTHENTICATION,
          OwaspApi2023.API2,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Compare secrets with hmac.compare_digest(a, b) (or secrets.compare_digest).",
          208);
  private static final Pattern KEYISH =
      Pattern.compile(
          "(api_?key|secret|signature|hmac|password|passwd|auth_?token|access_?token"
              + "|bearer|x-api-key|^expected|provided_token|^token$|_token$|^sig$|digest)");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("comparison_operator");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    int left = t.firstNamed(node);
    int right = left < 0 ? -1 : t.nextNamed(left);
    if (right < 0 || t.nextNamed(right) >= 0) {
      return;
    }
    String op = operator(t, node);
    if (!op.equals("==") && !op.equals("!=") && !op.equals("in")) {
      return;
    }
    if (isConstant(t, left) || isConstant(t, right) || isEqualityMethod(t, node)) {
      return;
    }
    boolean leftKey = keyish(s, left);
    boolean rightKey = keyish(s, right);
    if (op.equals("in")
        ? leftKey && t.is(right, "identifier") || leftKey && t.is(right, "list")
        : leftKey && rightKey
            || (leftKey || rightKey) && (s.key(left).isPresent() || s.key(right).isPresent())) {
      s.report(META, node, "a secret is compared with " + op + ", which leaks timing");
    }
  }

  /** {@code __eq__} compares objects for equality, not a caller's guess against a secret. */
  private static boolean isEqualityMethod(PyTree t, int node) {
    int fn = Py.function(t, node);
    String name = fn < 0 ? "" : t.text(t.child(fn, "name"));
    return name.equals("__eq__") || name.equals("__ne__") || name.equals("__hash__");
  }

  private static String operator(PyTree t, int node) {
    for (int c = t.firstChild(node); c >= 0; c = t.nextSibling(c)) {
      if (!t.named(c)) {
        return t.type(c);
      }
    }
    return "";
  }

  private static boolean isConstant(PyTree t, int n) {
    return t.is(n, "none")
        || t.is(n, "integer")
        || t.is(n, "true")
        || t.is(n, "false")
        || t.is(n, "string") && t.text(n).length() <= 4
        || t.is(n, "call") && t.text(t.child(n, "function")).equals("len");
  }

  private static boolean keyish(FileScope s, int n) {
    PyTree t = s.tree();
    if (s.key(n).isPresent()) {
      return true;
    }
    String name = Py.lastName(t, n);
    if (t.is(n, "call")) {
      name =
          Py.method(s, n).equals("get")
              ? Py.string(t, Py.arg(t, n, 0)).orElse("")
              : Py.method(s, n);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return !lower.isEmpty()
        && KEYISH.matcher(lower).find()
        && !lower.contains("type")
        && !lower.endsWith("_name")
        && !lower.endsWith("len");
  }
}
