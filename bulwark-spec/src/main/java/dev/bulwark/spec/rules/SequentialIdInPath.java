package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.Names;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.ParameterView;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import java.util.Optional;

/**
 * Integer ids in paths ({@code /orders/{id}}) are easy to enumerate: every object is one increment
 * away, so each such operation must check that the caller owns the object. Informational on secured
 * operations (a BOLA surface to test), medium when the operation needs no credentials.
 */
public final class SequentialIdInPath implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-sequential-id-in-path")
          .title("Sequential integer id in a path parameter")
          .lens(Lens.SPEC)
          .category(Category.BOLA)
          .owasp(OwaspApi2023.API1)
          .cwe(639)
          .severity(Severity.INFO)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Check object ownership on every request; prefer random identifiers (UUIDs) in URLs.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      for (ParameterView p : op.parameters()) {
        if (!"path".equals(p.in()) || !p.type().filter("integer"::equals).isPresent()) {
          continue;
        }
        String name = Names.squash(p.name());
        if (!name.equals("id") && !name.endsWith("id")) {
          continue;
        }
        boolean open = op.allowsAnonymous();
        reporter.report(
            META,
            p.pointer(),
            Optional.of(op),
            op.display()
                + " addresses objects by the integer '"
                + p.name()
                + "'"
                + (open ? " and requires no credentials" : ""),
            b -> b.severity(open ? Severity.MEDIUM : Severity.INFO));
      }
    }
  }
}
