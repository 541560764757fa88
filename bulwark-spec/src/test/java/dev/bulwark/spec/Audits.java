package dev.bulwark.spec;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.Severity;
import dev.bulwark.secrets.SecretMatch;
import dev.bulwark.spec.audit.SecretFinder;
import dev.bulwark.spec.audit.SpecRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers: load and audit a document into a collecting context. */
final class Audits {
  /** Stands for a live key in fixture files, which must never hold one; replaced at test time. */
  static final String SECRET_PLACEHOLDER = "FIXTURE_LIVE_KEY";

  /** A key with a live-looking shape, assembled here so no file in the repo holds one. */
  static final String ASSEMBLED_KEY = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";

  static final RuleMeta FAKE_PATTERN =
      RuleMeta.builder("test-fake-live-key")
          .title("Fake live key")
          .lens(Lens.SOURCE)
          .category(Category.DATA_EXPOSURE)
          .cwe(798)
          .severity(Severity.HIGH)
          .remediation("test")
          .build();

  private static final Pattern FAKE = Pattern.compile("sk_live_[A-Za-z0-9]{24}");

  /** The real engine plus a fake pattern, so fixtures work before and after the catalog lands. */
  static final SecretFinder FINDER =
      (name, value) -> {
        List<SecretMatch> out = new ArrayList<>(SecretFinder.engine().find(name, value));
        Matcher m = FAKE.matcher(value);
        while (m.find()) {
          out.add(new SecretMatch(FAKE_PATTERN, m.group(), m.start(), m.end(), 8, Confidence.HIGH));
        }
        return out;
      };

  static final List<SpecRule> RULES = SpecRules.build(FINDER);

  private Audits() {}

  static CollectingScanContext auditText(String text, String origin) throws BadTargetException {
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    String withKey = text.replace(SECRET_PLACEHOLDER, ASSEMBLED_KEY);
    SpecLens.audit(
        SpecLoader.parseDocument(withKey, origin, SpecOptions.defaults()), context, RULES);
    return context;
  }
}
