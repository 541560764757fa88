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
import java.util.Set;

/**
 * A secured operation that documents no 401/403 leaves clients and testers guessing how a refused
 * call looks, and often means the refusal path was never designed or tested.
 */
public final class MissingAuthErrorResponses implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-missing-auth-error-responses")
          .title("Secured operation documents no 401 or 403 response")
          .lens(Lens.SPEC)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2, OwaspApi2023.API8)
          .cwe(1059)
          .severity(Severity.LOW)
          .confidence(Confidence.HIGH)
          .remediation("Document the 401 (no or bad credentials) and 403 (not allowed) responses.")
          .build();

  private static final Set<String> REFUSALS = Set.of("401", "403", "4XX", "4xx", "default");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      var responses = op.operation().getResponses();
      if (op.allowsAnonymous()
          || (responses != null && responses.keySet().stream().anyMatch(REFUSALS::contains))) {
        continue;
      }
      reporter.report(
          META,
          JsonPointers.child(op.pointer(), "responses"),
          Optional.of(op),
          op.display() + " requires credentials but documents no 401 or 403 response");
    }
  }
}
