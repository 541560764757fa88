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
import java.util.Optional;

/**
 * An operation with no security requirement at all, neither its own nor the document's. Weighted by
 * what it does: state-changing methods and admin/export/internal paths are high; a read of an
 * ordinary path is low; login, token, health and documentation paths are expected to be open.
 */
public final class OperationWithoutSecurity implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-operation-without-security")
          .title("Operation declares no security requirement")
          .lens(Lens.SPEC)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2, OwaspApi2023.API5)
          .cwe(306)
          .severity(Severity.HIGH)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Declare a global security requirement and open only the operations that must be"
                  + " public, each with an explicit 'security: []'.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      if (op.securityOnOperation()
          || !op.allowsAnonymous()
          || Sensitivity.publicByNature(op.path())) {
        continue;
      }
      boolean sensitive = Sensitivity.sensitive(op);
      String why =
          Sensitivity.sensitivePath(op.path())
              ? " on a sensitive path"
              : op.changesState()
                  ? " and changes state"
                  : Sensitivity.takesUrl(op) ? " and fetches a URL the caller supplies" : "";
      reporter.report(
          META,
          op.pointer(),
          Optional.of(op),
          op.display() + " requires no credentials" + why,
          b -> b.severity(sensitive ? Severity.HIGH : Severity.LOW));
    }
  }
}
