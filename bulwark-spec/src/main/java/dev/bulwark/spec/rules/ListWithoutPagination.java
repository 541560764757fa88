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
import dev.bulwark.spec.audit.Names;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.ParameterView;
import dev.bulwark.spec.audit.Schemas;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Optional;
import java.util.Set;

/**
 * A GET that returns a list (a top-level array, or an envelope with an {@code items}/{@code data}
 * array) and takes no limit, page, offset or cursor parameter returns everything: the response
 * grows with the data set until it exhausts the server or the client.
 */
public final class ListWithoutPagination implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-list-without-pagination")
          .title("List operation without pagination parameters")
          .lens(Lens.SPEC)
          .category(Category.RATE_LIMITING)
          .owasp(OwaspApi2023.API4)
          .cwe(770, 400)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Paginate list operations (limit with a maximum, plus a cursor or offset) and"
                  + " document the parameters.")
          .build();

  private static final Set<String> PAGINATION =
      Set.of(
          "limit",
          "page",
          "perpage",
          "pagesize",
          "size",
          "offset",
          "cursor",
          "after",
          "before",
          "first",
          "last",
          "top",
          "skip",
          "pagetoken",
          "nexttoken",
          "maxresults",
          "startingafter",
          "endingbefore",
          "pagenumber",
          "count",
          "take");
  private static final Set<String> ENVELOPES =
      Set.of("items", "data", "results", "records", "entries", "content", "values", "list");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      if (!"GET".equals(op.method()) || paginated(op)) {
        continue;
      }
      for (Located body : Bodies.responseSchemas(document.openApi(), op, s -> s.startsWith("2"))) {
        if (isList(document.openApi(), body)) {
          reporter.report(
              META,
              op.pointer(),
              Optional.of(op),
              op.display() + " returns a list but takes no pagination parameter");
          break;
        }
      }
    }
  }

  private static boolean paginated(OperationView op) {
    for (ParameterView p : op.parameters()) {
      if (PAGINATION.contains(Names.squash(p.name()))) {
        return true;
      }
    }
    return false;
  }

  @SuppressWarnings("rawtypes")
  private static boolean isList(OpenAPI api, Located body) {
    Schema<?> schema = body.schema();
    if (Schemas.isType(schema, "array")) {
      return true;
    }
    if (schema.getProperties() == null) {
      return false;
    }
    for (var entry : schema.getProperties().entrySet()) {
      Schema property = Schemas.resolve(api, entry.getValue(), "").schema();
      if (ENVELOPES.contains(Names.squash(entry.getKey())) && Schemas.isType(property, "array")) {
        return true;
      }
    }
    return false;
  }
}
