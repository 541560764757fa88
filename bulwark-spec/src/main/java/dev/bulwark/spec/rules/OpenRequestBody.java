package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.Bodies;
import dev.bulwark.spec.audit.Located;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.Schemas;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import java.util.Optional;

/**
 * A writable request body whose object schema does not set {@code additionalProperties: false}
 * accepts fields it never declared; a handler that copies the body into a model ({@code
 * User(**request.json)}) then lets callers set anything (mass assignment).
 */
public final class OpenRequestBody implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-open-request-body")
          .title("Request body accepts undeclared properties (mass assignment surface)")
          .lens(Lens.SPEC)
          .category(Category.PROPERTY_AUTHORIZATION)
          .owasp(OwaspApi2023.API3)
          .cwe(915)
          .severity(Severity.LOW)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Set additionalProperties: false on request bodies and validate against the schema;"
                  + " bind only the declared fields.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      if (!op.changesState() || "DELETE".equals(op.method())) {
        continue;
      }
      for (Located body : Bodies.requestSchemas(document.openApi(), op)) {
        var schema = body.schema();
        if (Schemas.isObjectLike(schema)
            && schema.getProperties() != null
            && !Schemas.closed(schema)) {
          reporter.report(
              META,
              body.pointer(),
              Optional.of(op),
              op.display() + " accepts a body object without additionalProperties: false");
        }
      }
    }
  }
}
