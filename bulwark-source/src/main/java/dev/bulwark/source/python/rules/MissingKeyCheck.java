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

/**
 * A missing key turns into the string None in a header, and the failure shows up far from its
 * cause.
 */
public final class MissingKeyCheck implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-missing-key-check",
          "Key read with os.getenv and used without a presence check",
          Category.AUTHENTICATION,
          OwaspApi2023.API2,
          Severity.LOW,
          Confidence.MEDIUM,
          "Fail fast at startup when the key is missing (key = os.environ[\"API_KEY\"] or an explicit check that raises).",
          252,
          476);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("assignment");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    int right = t.child(node, "right");
    int left = t.child(node, "left");
    if (!t.is(right, "call") || !t.is(left, "identifier")) {
      return;
    }
    String callee = Py.callee(s, right);
    if (!(callee.equals("os.getenv") || callee.equals("os.environ.get"))
        || Py.arg(t, right, 1) >= 0
        || Py.keyword(t, right, "default") >= 0) {
      return;
    }
    if (Py.string(t, Py.arg(t, right, 0)).filter(Sources::isSecretName).isEmpty()) {
      return;
    }
    String name = t.text(left);
    int block = t.parent(t.parent(node));
    boolean checked = false;
    boolean usedInText = false;
    for (int stmt = t.nextNamed(t.parent(node)); stmt >= 0; stmt = t.nextNamed(stmt)) {
      String text = t.text(stmt);
      if (!text.contains(name)) {
        continue;
      }
      if (t.is(stmt, "if_statement")
          || t.is(stmt, "assert_statement")
          || text.contains(name + " or ")
          || text.contains(name + " is None")) {
        checked = true;
        break;
      }
      usedInText |=
          text.contains("{" + name + "}")
              || text.contains("+ " + name)
              || text.contains("% " + name)
              || text.contains(": " + name);
    }
    if (!checked && usedInText && block >= 0) {
      s.report(META, node, name + " may be None and is then sent as the text None");
    }
  }
}
