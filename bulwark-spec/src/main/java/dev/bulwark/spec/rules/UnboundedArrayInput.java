package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.Inputs;
import dev.bulwark.spec.audit.Schemas;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import java.util.Optional;

/**
 * An array input without {@code maxItems} lets one request ask for unbounded work (batch abuse).
 */
public final class UnboundedArrayInput implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-unbounded-array-input")
          .title("Array input without maxItems")
          .lens(Lens.SPEC)
          .category(Category.INPUT_VALIDATION)
          .owasp(OwaspApi2023.API4)
          .cwe(770, 1284)
          .severity(Severity.LOW)
          .confidence(Confidence.HIGH)
          .remediation("Give every array input a maxItems and enforce it when validating.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    Inputs.walk(
        document,
        (op, name, schema, pointer) -> {
          if (Schemas.isType(schema, "array") && schema.getMaxItems() == null) {
            reporter.report(
                META,
                pointer,
                Optional.of(op),
                op.display()
                    + " accepts the array '"
                    + name.orElse("(body)")
                    + "' without maxItems");
          }
        });
  }
}
