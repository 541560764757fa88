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
import java.util.Optional;
import java.util.Set;

/** A SECRET_KEY written in the code signs every session cookie with a key anyone can read. */
public final class HardcodedSecretKey implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "flask-hardcoded-secret-key",
          "Flask SECRET_KEY is hardcoded, short or a placeholder",
          Category.AUTHENTICATION,
          OwaspApi2023.API2,
          Severity.HIGH,
          Confidence.HIGH,
          "Load SECRET_KEY from the environment or a secret manager, generate it with"
              + " secrets.token_hex(32), and rotate it (all sessions signed with the old key end).",
          798,
          321,
          1391);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("assignment", "call");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    if (t.is(node, "assignment")) {
      int left = t.child(node, "left");
      if (isSecretKeyTarget(t, left)) {
        check(s, node, t.child(node, "right"));
      }
      return;
    }
    String callee = Py.callee(s, node);
    if (callee.endsWith("config.update") || callee.endsWith("config.from_mapping")) {
      // from_mapping is the Flask tutorial's way: SECRET_KEY="dev", "overridden by instance
      // config" -- and used as it is wherever that config file is missing
      int value = Py.keyword(t, node, "SECRET_KEY");
      if (value >= 0) {
        check(s, value, value); // on the SECRET_KEY= line, not where the call starts
      }
    } else if (callee.endsWith("config.setdefault")
        && Py.string(t, Py.arg(t, node, 0)).filter("SECRET_KEY"::equals).isPresent()) {
      check(s, node, Py.arg(t, node, 1));
    } else if (callee.equals("os.getenv") || callee.equals("os.environ.get")) {
      Optional<String> name = Py.string(t, Py.arg(t, node, 0));
      if (name.filter(n -> n.equals("SECRET_KEY") || n.equals("FLASK_SECRET_KEY")).isPresent()) {
        int fallback = Py.arg(t, node, 1);
        if (fallback < 0) {
          fallback = Py.keyword(t, node, "default");
        }
        check(s, node, fallback);
      }
    }
  }

  private static boolean isSecretKeyTarget(PyTree t, int left) {
    if (t.is(left, "identifier")) {
      return t.text(left).equals("SECRET_KEY");
    }
    if (t.is(left, "attribute")) {
      String name = t.text(t.child(left, "attribute"));
      return name.equals("secret_key") || name.equals("SECRET_KEY");
    }
    return t.is(left, "subscript")
        && Py.lastName(t, left).equals("SECRET_KEY")
        && t.text(t.child(left, "value")).endsWith("config");
  }

  private static void check(FileScope s, int at, int value) {
    PyTree t = s.tree();
    Optional<String> literal = Py.string(t, value);
    if (literal.isEmpty() && t.is(value, "concatenated_string")) {
      literal = Optional.of(t.text(value));
    }
    if (literal.isEmpty()) {
      return;
    }
    String v = literal.get();
    String lower = v.toLowerCase(Locale.ROOT);
    if (v.isEmpty()) {
      s.report(META, at, "SECRET_KEY is empty");
      return;
    }
    if (lower.contains("change")
        || lower.contains("secret")
        || lower.contains("dev")
        || lower.contains("your")
        || lower.contains("xxx")
        || lower.contains("example")
        || lower.contains("default")) {
      s.reportSecret(META, at, "SECRET_KEY is a placeholder value", v, 0);
    } else if (v.length() < 24) {
      s.reportSecret(META, at, "SECRET_KEY is a short literal (" + v.length() + " chars)", v, 0);
    } else {
      s.reportSecret(META, at, "SECRET_KEY is hardcoded in the source", v, 0);
    }
  }
}
