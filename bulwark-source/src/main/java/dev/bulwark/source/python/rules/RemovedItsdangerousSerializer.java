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

/** Token code written against an API that no longer exists fails open or not at all. */
public final class RemovedItsdangerousSerializer implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-removed-itsdangerous-serializer",
          "itsdangerous TimedJSONWebSignatureSerializer (removed in itsdangerous 2.1)",
          Category.AUTHENTICATION,
          OwaspApi2023.API2,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Issue tokens with a maintained JWT library (PyJWT with an explicit algorithm and exp claim) or itsdangerous.URLSafeTimedSerializer.",
          327,
          477);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("import_from_statement", "attribute");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    if (t.is(node, "import_from_statement")) {
      if (t.text(node).contains("TimedJSONWebSignatureSerializer")) {
        s.report(
            META, node, "imports TimedJSONWebSignatureSerializer, which itsdangerous 2.1 removed");
      }
    } else if (t.text(t.child(node, "attribute")).equals("TimedJSONWebSignatureSerializer")) {
      s.report(META, node, "uses TimedJSONWebSignatureSerializer, which itsdangerous 2.1 removed");
    }
  }
}
