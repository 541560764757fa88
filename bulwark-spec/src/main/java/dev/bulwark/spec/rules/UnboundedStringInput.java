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
import io.swagger.v3.oas.models.media.Schema;
import java.util.Optional;
import java.util.Set;

/**
 * A string input without {@code maxLength} (and without an enum, a bounded format or a bounded
 * pattern) lets one request carry megabytes into parsers, databases and logs.
 */
public final class UnboundedStringInput implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-unbounded-string-input")
          .title("String input without maxLength")
          .lens(Lens.SPEC)
          .category(Category.INPUT_VALIDATION)
          .owasp(OwaspApi2023.API4, OwaspApi2023.API8)
          .cwe(1284, 770)
          .severity(Severity.LOW)
          .confidence(Confidence.HIGH)
          .remediation("Give every string input a maxLength and enforce it when validating.")
          .build();

  private static final Set<String> BOUNDED_FORMATS =
      Set.of("date", "date-time", "time", "uuid", "ipv4", "ipv6", "int32", "int64", "binary");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    Inputs.walk(
        document,
        (op, name, schema, pointer) -> {
          if (Schemas.isType(schema, "string") && unbounded(schema)) {
            reporter.report(
                META,
                pointer,
                Optional.of(op),
                op.display()
                    + " accepts the string '"
                    + name.orElse("(body)")
                    + "' without maxLength");
          }
        });
  }

  static boolean unbounded(Schema<?> schema) {
    if (schema.getMaxLength() != null || schema.getEnum() != null || schema.getConst() != null) {
      return false;
    }
    if (schema.getFormat() != null && BOUNDED_FORMATS.contains(schema.getFormat())) {
      return false;
    }
    String pattern = schema.getPattern();
    return pattern == null
        || pattern.contains("*")
        || pattern.contains("+")
        || pattern.contains(",}");
  }
}
