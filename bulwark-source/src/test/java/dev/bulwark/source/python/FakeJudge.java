package dev.bulwark.source.python;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.secrets.SecretMatch;
import dev.bulwark.source.python.flow.Sources;
import dev.bulwark.source.python.literals.LiteralJudge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stand-in for the secrets engine: one catalog format and a simple generic heuristic. */
final class FakeJudge implements LiteralJudge {
  static final RuleMeta CATALOG = meta("test-catalog-secret");
  static final RuleMeta GENERIC = meta("test-generic-secret");
  private static final Pattern STRIPE = Pattern.compile("sk_live_[0-9A-Za-z]{20,}");

  private static RuleMeta meta(String id) {
    return RuleMeta.builder(id)
        .title(id)
        .lens(Lens.SOURCE)
        .category(Category.DATA_EXPOSURE)
        .cwe(798)
        .severity(Severity.HIGH)
        .confidence(Confidence.HIGH)
        .remediation("rotate")
        .build();
  }

  @Override
  public List<SecretMatch> findIn(String text) {
    List<SecretMatch> out = new ArrayList<>();
    Matcher m = STRIPE.matcher(text);
    while (m.find()) {
      out.add(new SecretMatch(CATALOG, m.group(), m.start(), m.end(), 8, Confidence.HIGH));
    }
    return out;
  }

  @Override
  public Optional<SecretMatch> judgeAssignment(String name, String value) {
    boolean looksSecret =
        Sources.isSecretName(name)
            && value.length() >= 16
            && value.chars().anyMatch(Character::isDigit)
            && value.chars().anyMatch(Character::isLetter)
            && !value.toLowerCase(java.util.Locale.ROOT).contains("change")
            && !value.contains("<")
            && !value.contains("xxxx");
    return looksSecret
        ? Optional.of(new SecretMatch(GENERIC, value, 0, value.length(), 0, Confidence.MEDIUM))
        : Optional.empty();
  }
}
