package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import java.util.Set;

/**
 * A committed .env holds real keys in every clone; loading it in production makes it the source of
 * truth.
 */
public final class DotenvInProduction implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-dotenv-in-production",
          "load_dotenv() in application code of a project that commits a .env file",
          Category.DATA_EXPOSURE,
          OwaspApi2023.API8,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Keep .env out of git (add it to .gitignore, rotate what it held) and inject configuration through the environment in production.",
          538,
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
    String callee = Py.callee(s, node);
    if (!callee.equals("dotenv.load_dotenv") && !callee.equals("dotenv.dotenv_values")) {
      return;
    }
    String file = Py.lower(s.module().file());
    if (s.project().dotEnvFiles() > 0 && !file.contains("test") && !file.contains("conftest")) {
      s.report(META, node, "loads a .env file that is committed with the project");
    }
  }
}
