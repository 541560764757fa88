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

/**
 * A star import copies every key of the settings module into the importer, where it is easy to log
 * or return.
 */
public final class StarImportOfSettings implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-star-import-of-settings",
          "Settings or secrets pulled into a module with a star import",
          Category.DATA_EXPOSURE,
          OwaspApi2023.API8,
          Severity.LOW,
          Confidence.MEDIUM,
          "Import the names you need (from settings import DATABASE_URL) or read keys through one accessor.",
          200);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("import_from_statement");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    if (t.childOfType(node, "wildcard_import") < 0) {
      return;
    }
    String module = Py.lower(t.text(t.child(node, "module_name")));
    String last = module.substring(module.lastIndexOf(46) + 1);
    if (last.contains("settings")
        || last.contains("config")
        || last.contains("secret")
        || last.equals("keys")
        || last.equals("credentials")
        || last.equals("env")) {
      s.report(META, node, "every name of " + module + ", keys included, lands in this module");
    }
  }
}
