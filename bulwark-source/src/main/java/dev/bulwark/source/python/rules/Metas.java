package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;

/** Builds the metadata of a Python rule (lens SOURCE). */
final class Metas {
  private Metas() {}

  static RuleMeta of(
      String id,
      String title,
      Category category,
      OwaspApi2023 owasp,
      Severity severity,
      Confidence confidence,
      String remediation,
      Integer... cwe) {
    return RuleMeta.builder(id)
        .title(title)
        .lens(Lens.SOURCE)
        .category(category)
        .owasp(owasp)
        .cwe(cwe)
        .severity(severity)
        .confidence(confidence)
        .remediation(remediation)
        .build();
  }
}
