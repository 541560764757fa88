package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.load.JsonPointers;
import java.util.Optional;

/**
 * A deprecated operation that is still documented is still deployed: old code paths keep old
 * weaknesses and get less attention than the current ones.
 */
public final class DeprecatedOperation implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-deprecated-operation")
          .title("Deprecated operation still exposed")
          .lens(Lens.SPEC)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9)
          .cwe(1059, 477)
          .severity(Severity.LOW)
          .confidence(Confidence.HIGH)
          .remediation(
              "Set a removal date (Sunset header), monitor its use, then remove the route and its"
                  + " documentation.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      if (op.deprecated()) {
        reporter.report(
            META,
            JsonPointers.child(op.pointer(), "deprecated"),
            Optional.of(op),
            op.display() + " is deprecated but still documented");
      }
    }
  }
}
