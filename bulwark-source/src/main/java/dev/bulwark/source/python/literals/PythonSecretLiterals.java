package dev.bulwark.source.python.literals;

import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.secrets.SecretMatch;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.NodeVisitor;
import dev.bulwark.source.python.tree.PyTree;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Secrets that only a Python reader sees: values assembled from pieces ({@code "sk_" + "live_" +
 * ...}, f-strings, {@code "".join}, base64) and literals in Python-only places ({@code
 * app.config["API_KEY"] = ...}, {@code config.update(TOKEN=...)}, dict literals, keyword arguments,
 * {@code os.getenv("KEY", "fallback")}). Plain literals on their own line are the raw text scan's.
 */
public final class PythonSecretLiterals implements NodeVisitor {
  private static final Set<String> OWN_RULE_NAMES = Set.of("SECRET_KEY", "secret_key");
  private static final Set<String> FOLDABLE =
      Set.of(
          "concatenated_string", "binary_operator", "string", "call", "parenthesized_expression");

  private final LiteralJudge judge;

  public PythonSecretLiterals(LiteralJudge judge) {
    this.judge = judge;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of(
        "concatenated_string",
        "binary_operator",
        "string",
        "call",
        "assignment",
        "pair",
        "parenthesized_expression",
        "keyword_argument");
  }

  @Override
  public void visit(int n, FileScope s) {
    PyTree t = s.tree();
    switch (t.type(n)) {
      case "assignment" -> {
        int left = t.child(n, "left");
        if (t.is(left, "subscript")) {
          literalIn(s, plainKey(t, t.child(left, "subscript")), t.child(n, "right"));
        }
      }
      case "pair" -> literalIn(s, plainKey(t, t.child(n, "key")), t.child(n, "value"));
      case "keyword_argument" -> literalIn(s, t.text(t.child(n, "name")), t.child(n, "value"));
      case "call" -> {
        String q = s.qualify(t.child(n, "function"));
        if (q.equals("os.getenv") || q.equals("os.environ.get")) {
          int args = t.child(n, "arguments");
          int name = args < 0 ? -1 : t.firstNamed(args);
          int fallback = name < 0 ? -1 : t.nextNamed(name);
          if (fallback >= 0 && !t.is(fallback, "keyword_argument")) {
            literalIn(s, plainKey(t, name), fallback);
          }
        }
        folded(s, n);
      }
      default -> folded(s, n);
    }
  }

  /** A plain literal judged by the name it is stored under (folded values are handled apart). */
  private void literalIn(FileScope s, String name, int value) {
    PyTree t = s.tree();
    if (name.isEmpty()
        || OWN_RULE_NAMES.contains(name)
        || !t.is(value, "string")
        || t.childOfType(value, "interpolation") >= 0) {
      return;
    }
    Folder folder = new Folder(s, Map.of());
    folder
        .fold(value)
        .flatMap(v -> judge.judgeAssignment(name, v))
        .ifPresent(m -> report(s, value, m, "stored under " + name));
  }

  private void folded(FileScope s, int n) {
    PyTree t = s.tree();
    if (t.is(n, "string") && t.childOfType(n, "interpolation") < 0) {
      return; // a plain literal: the raw scan's
    }
    if (FOLDABLE.contains(t.type(t.parent(n))) || t.is(t.parent(n), "interpolation")) {
      return; // judged at the outermost foldable expression
    }
    if (t.is(n, "call") && !isFoldingCall(s, n)) {
      return;
    }
    Optional<String> value =
        new Folder(s, s.memo(Constants.class, () -> constants(s)).names()).fold(n);
    if (value.isEmpty() || value.get().length() < 8) {
      return;
    }
    String line = t.lineText(t.line(n));
    for (SecretMatch m : judge.findIn(value.get())) {
      if (!line.contains(m.secret())) {
        report(s, n, m, "assembled from pieces");
        return;
      }
    }
    String name = targetName(t, n);
    if (!name.isEmpty() && !OWN_RULE_NAMES.contains(name) && !line.contains(value.get())) {
      judge
          .judgeAssignment(name, value.get())
          .ifPresent(m -> report(s, n, m, "assembled from pieces"));
    }
  }

  private static boolean isFoldingCall(FileScope s, int call) {
    PyTree t = s.tree();
    int fn = t.child(call, "function");
    String method = t.is(fn, "attribute") ? t.text(t.child(fn, "attribute")) : "";
    return method.equals("join")
        || method.equals("format")
        || method.equals("decode")
        || s.qualify(fn).endsWith("b64decode");
  }

  private static String targetName(PyTree t, int n) {
    int p = t.parent(n);
    if (t.is(p, "assignment")) {
      int left = t.child(p, "left");
      if (t.is(left, "identifier")) {
        return t.text(left);
      }
      if (t.is(left, "attribute")) {
        return t.text(t.child(left, "attribute"));
      }
      if (t.is(left, "subscript")) {
        return plainKey(t, t.child(left, "subscript"));
      }
    }
    if (t.is(p, "keyword_argument")) {
      return t.text(t.child(p, "name"));
    }
    if (t.is(p, "pair")) {
      return plainKey(t, t.child(p, "key"));
    }
    return "";
  }

  private static String plainKey(PyTree t, int node) {
    if (!t.is(node, "string") || t.childOfType(node, "interpolation") >= 0) {
      return "";
    }
    int content = t.childOfType(node, "string_content");
    return content < 0 ? "" : t.text(content);
  }

  /** Module-level names bound once to an expression (folded on use). */
  record Constants(Map<String, Integer> names) {}

  private static Constants constants(FileScope s) {
    PyTree t = s.tree();
    Map<String, Integer> out = new HashMap<>();
    for (int stmt = t.firstNamed(t.root()); stmt >= 0; stmt = t.nextNamed(stmt)) {
      int a = t.firstNamed(stmt);
      if (t.is(stmt, "expression_statement")
          && t.is(a, "assignment")
          && t.is(t.child(a, "left"), "identifier")
          && t.child(a, "right") >= 0) {
        out.merge(t.text(t.child(a, "left")), t.child(a, "right"), (x, y) -> -1);
      }
    }
    out.values().removeIf(v -> v < 0);
    return new Constants(out);
  }

  private void report(FileScope s, int node, SecretMatch m, String how) {
    PyTree t = s.tree();
    int lineNo = t.line(node);
    String line = t.lineText(lineNo);
    String masked = mask(t, node, line, m.secret());
    Finding f =
        Finding.builder(m.rule(), SourceLocation.of(s.module().file(), lineNo, t.column(node)))
            .message(m.rule().title() + " (" + how + ")")
            .confidence(m.confidence())
            .evidence(Evidence.secret(s.redactor(), masked, m.secret(), m.vendorPrefixLength()))
            .anchor(masked.replace(m.secret(), "<secret>").strip())
            .build();
    s.emit(f);
  }

  /** The line with every literal piece of the secret blanked, so no fragment leaks. */
  private static String mask(PyTree t, int node, String line, String secret) {
    String out = line;
    int end = t.endByte(node);
    for (int c = node; c < t.size() && t.startByte(c) < end; c++) {
      if (t.is(c, "string_content")) {
        String piece = t.text(c);
        if (!piece.isEmpty() && secret.contains(piece) && !out.contains(secret)) {
          out = out.replace(piece, "<secret>");
        }
      }
    }
    return out;
  }
}
