package dev.bulwark.secrets;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleDocs;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The secrets module's rules: one per catalog pattern ({@code secret-<pattern-id>}), the generic
 * detector, and the committed {@code .env} file. Pattern explanations are built from the catalog
 * data, so the catalog file stays the one source of truth.
 */
public final class SecretRules implements RuleCatalog {
  /** A {@code .env} file that git tracks, or that no {@code .gitignore} covers. */
  public static final RuleMeta ENV_FILE_COMMITTED =
      RuleMeta.builder("env-file-committed")
          .title("Environment file committed to the repository")
          .lens(Lens.SOURCE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8)
          .cwe(538)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.HIGH)
          .remediation(
              "Remove the file from git (git rm --cached), add it to .gitignore, commit an"
                  + " .env.example with placeholder values instead, and rotate what it held.")
          .build();

  private final SecretEngine engine;

  public SecretRules() {
    this(SecretEngine.builtIn());
  }

  public SecretRules(SecretEngine engine) {
    this.engine = engine;
  }

  @Override
  public List<RuleMeta> rules() {
    List<RuleMeta> out = new ArrayList<>();
    engine.patterns().forEach(p -> out.add(p.rule()));
    out.add(GenericSecrets.RULE);
    out.add(ENV_FILE_COMMITTED);
    out.sort(Comparator.comparing(RuleMeta::id));
    return List.copyOf(out);
  }

  @Override
  public Optional<String> doc(String ruleId) {
    return engine.patterns().stream()
        .filter(p -> p.rule().id().equals(ruleId))
        .findFirst()
        .map(SecretRules::explain)
        .or(() -> RuleDocs.load(ruleId));
  }

  static String explain(SecretPattern p) {
    String cwe = p.cwe().stream().map(c -> "CWE-" + c).collect(Collectors.joining(", "));
    return "# "
        + p.rule().title()
        + "\n\n"
        + "A "
        + p.title()
        + " ("
        + p.provider()
        + ") is written in the scanned material. Anyone who can read the repository, its history,"
        + " a build log or a container image holds it and can act as your application at "
        + p.provider()
        + ": read data, spend money, or pivot further. Deleting the line does not help: git"
        + " history and every clone keep it.\n\n"
        + "## Revoke and rotate\n\n"
        + p.rotate()
        + "\n\n"
        + "## Then keep it out of the code\n\n"
        + "```python\n"
        + "import os\n\n"
        + "from flask import Flask\n\n"
        + "app = Flask(__name__)\n"
        + "# Injected by the platform's secret store or a git-ignored .env file\n"
        + "app.config[\"PROVIDER_KEY\"] = os.environ[\"PROVIDER_KEY\"]\n"
        + "```\n\n"
        + "Add a pre-commit hook (`bulwark scan --staged`) so the next key is caught before it is"
        + " committed.\n\n"
        + "## Classification\n\n"
        + "- Severity: "
        + p.severity().id()
        + ", confidence: "
        + p.confidence().id()
        + "\n- "
        + cwe
        + "; OWASP API8:2023 (Security Misconfiguration), API2:2023 (Broken Authentication)\n"
        + "\n## References\n\n"
        + "- https://cwe.mitre.org/data/definitions/798.html\n"
        + "- https://owasp.org/API-Security/editions/2023/en/0xa8-security-misconfiguration/\n";
  }
}
