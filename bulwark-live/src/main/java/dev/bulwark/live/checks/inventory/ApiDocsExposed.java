package dev.bulwark.live.checks.inventory;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API's documentation (the OpenAPI document, Swagger UI, ReDoc) is public. Often intended;
 * reported low so a team decides, with the document's path as proof.
 */
public final class ApiDocsExposed implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-api-docs-exposed")
          .title("API documentation publicly reachable")
          .lens(Lens.LIVE)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9)
          .cwe(200)
          .severity(Severity.LOW)
          .remediation(
              "Publish docs deliberately: serve them only to authenticated users or from an"
                  + " internal host when the API is not public.")
          .build();

  static final List<String> CONSOLES = List.of("/docs", "/swagger-ui/", "/redoc");
  private static final Pattern DOCS = Pattern.compile("(?i)swagger|redoc|openapi");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    log.matching(e -> e.request().purpose().equals("discovery:spec") && e.succeeded()).stream()
        .filter(e -> e.body().contains("openapi") || e.body().contains("swagger"))
        .findFirst()
        .ifPresent(
            e ->
                context
                    .finding(META, e)
                    .message("The OpenAPI document is public at " + e.uri().getRawPath())
                    .excerpt(e.uri().getRawPath() + " -> " + e.status())
                    .anchor("document")
                    .report());
    for (String path : CONSOLES) {
      Optional<Exchange> answer = context.send(ProbeRequest.get(path, META.id()));
      if (answer.isPresent()
          && answer.get().succeeded()
          && DOCS.matcher(answer.get().body()).find()) {
        context
            .finding(META, answer.get())
            .message("A documentation console is public at " + path)
            .excerpt(path + " -> " + answer.get().status())
            .anchor("console")
            .report();
      }
    }
  }
}
