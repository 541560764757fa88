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
  private static final Pattern STRONG =
      Pattern.compile(
          "(api_?key|secret|signature|hmac|password|passwd|auth_?token|access_?token"
              + "|bearer|x-api-key|^sig$|hmac_?digest|^digest$)");

  /** A container of keys or tokens: {@code CUSTOMER_KEYS}, {@code valid_tokens}. */
  private static final Pattern SECRET_CONTAINER =
      Pattern.compile("(^|_)(keys|tokens|secrets|passwords|signatures)$");

  private static final Pattern KEY_NAME = Pattern.compile("(key|token)");

  private static final Pattern WEAK = Pattern.compile("(^expected|token$)");

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
    int leftKey = keyish(s, left);
    int rightKey = keyish(s, right);
    boolean tainted = s.key(left).isPresent() || s.key(right).isPresent();
    boolean fires;
    if (op.equals("in")) {
      fires =
          (leftKey == 2 || s.key(left).isPresent())
              && (t.is(right, "identifier") || t.is(right, "list") || t.is(right, "set"));
    } else {
      fires =
          tainted && leftKey + rightKey > 0
              || leftKey == 2 && rightKey > 0
              || rightKey == 2 && leftKey > 0
              || leftKey > 0 && rightKey > 0 && inAuthFunction(t, node)
              || keyAgainstSecretLoop(s, left, right)
              || keyAgainstSecretLoop(s, right, left);
    }
    if (fires) {
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
        || t.is(n, "call") && t.text(t.child(n, "function")).equals("len")
        || isConstantContainer(t, n);
  }

  /** {@code {"", "-"}}: membership in a handful of constants is not a secret comparison. */
  private static boolean isConstantContainer(PyTree t, int n) {
    if (!t.is(n, "set") && !t.is(n, "list") && !t.is(n, "tuple")) {
      return false;
    }
    for (int c = t.firstNamed(n); c >= 0; c = t.nextNamed(c)) {
      if (!isConstant(t, c)) {
        return false;
      }
    }
    return true;
  }

  /** 2 for a name that surely holds a secret, 1 for a weaker hint (token, expected), else 0. */
  private static int keyish(FileScope s, int n) {
    PyTree t = s.tree();
    if (s.key(n).isPresent()) {
      return 2;
    }
    String name = Py.lastName(t, n);
    if (t.is(n, "call")) {
      name = Py.method(s, n).equals("get") ? Py.string(t, Py.arg(t, n, 0)).orElse("") : "";
    }
    if (t.is(n, "identifier")) {
      int loop = loopOverSecrets(s, n);
      if (loop > 0) {
        return loop;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.isEmpty()
        || lower.contains("type")
        || lower.endsWith("_name")
        || lower.endsWith("len")) {
      return 0;
    }
    return STRONG.matcher(lower).find() ? 2 : WEAK.matcher(lower).find() ? 1 : 0;
  }

  /**
   * {@code for known in list(CUSTOMER_KEYS) + [ADMIN_API_KEY]}: the loop variable takes each secret
   * in turn. 2 when the iterable names a secret or carries a key, 1 for a constant holding keys or
   * tokens ({@code API_KEYS}), else 0.
   */
  private static int loopOverSecrets(FileScope s, int n) {
    PyTree t = s.tree();
    String name = t.text(n);
    for (int loop = t.ancestor(n, "for_statement");
        loop >= 0;
        loop = t.ancestor(loop, "for_statement")) {
      int variable = t.child(loop, "left");
      if (variable >= 0 && t.is(variable, "identifier") && t.text(variable).equals(name)) {
        return iterableRank(s, t.child(loop, "right"), false);
      }
    }
    return 0;
  }

  /**
   * {@code for known in API_KEYS: if key == known}: a name that says key or token, checked against
   * each secret in turn, is a key check even when the flow cannot say where the name came from.
   */
  private static boolean keyAgainstSecretLoop(FileScope s, int candidate, int loopVariable) {
    PyTree t = s.tree();
    return t.is(candidate, "identifier")
        && t.is(loopVariable, "identifier")
        && KEY_NAME.matcher(Py.lower(t.text(candidate))).find()
        && loopOverSecrets(s, loopVariable) > 0;
  }

  /**
   * How surely an iterable yields secrets. A container name ({@code API_KEYS}) or a literal list
   * holding secret names ({@code [ADMIN_API_KEY]}) does; a single secret ({@code for c in
   * password}) yields its characters and does not.
   */
  private static int iterableRank(FileScope s, int iterable, boolean element) {
    PyTree t = s.tree();
    if (iterable < 0) {
      return 0;
    }
    if (t.is(iterable, "identifier") || t.is(iterable, "attribute")) {
      String name = Py.lastName(t, iterable);
      String lower = name.toLowerCase(Locale.ROOT);
      if (element) {
        return s.key(iterable).isPresent() || STRONG.matcher(lower).find() ? 2 : 0;
      }
      return SECRET_CONTAINER.matcher(lower).find() ? 1 : 0;
    }
    boolean literal = t.is(iterable, "list") || t.is(iterable, "set") || t.is(iterable, "tuple");
    if (!literal
        && !t.is(iterable, "call")
        && !t.is(iterable, "argument_list")
        && !t.is(iterable, "binary_operator")
        && !t.is(iterable, "parenthesized_expression")) {
      return 0;
    }
    int rank = 0;
    for (int c = t.firstNamed(iterable); c >= 0; c = t.nextNamed(c)) {
      if (t.is(iterable, "call") && c == t.child(iterable, "function")) {
        continue;
      }
      rank = Math.max(rank, iterableRank(s, c, literal));
    }
    return rank;
  }

  private static boolean inAuthFunction(PyTree t, int node) {
    int fn = Py.function(t, node);
    String name = fn < 0 ? "" : t.text(t.child(fn, "name")).toLowerCase(Locale.ROOT);
    return name.contains("verify")
        || name.contains("auth")
        || name.contains("check")
        || name.contains("valid");
  }
}
