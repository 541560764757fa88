package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.Sensitivity;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.load.JsonPointers;
import java.util.Optional;

/**
 * An explicit {@code security: []} (or an empty alternative {@code {}}) opens an operation to
 * anonymous callers on purpose; on a state-changing or admin-like operation that is rarely right.
 */
public final class SecurityDisabledOnSensitiveOperation implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-security-disabled-on-sensitive-operation")
          .title("Sensitive operation explicitly opened to anonymous callers")
          .lens(Lens.SPEC)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2, OwaspApi2023.API5)
          .cwe(306, 862)
          .severity(Severity.HIGH)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Remove the empty security requirement from the operation, or move it behind an"
                  + " authenticated route.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      if (op.securityOnOperation()
          && op.allowsAnonymous()
          && Sensitivity.sensitive(op)
          && !Sensitivity.publicByNature(op.path())) {
        reporter.report(
            META,
            JsonPointers.child(op.pointer(), "security"),
            Optional.of(op),
            op.display()
                + " overrides security with an empty requirement"
                + (Sensitivity.takesUrl(op) ? " and fetches a URL the caller supplies" : ""));
      }
    }
  }
}
