package dev.bulwark.live.checks.inventory;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.engine.ExchangeLog;

/**
 * A documented operation without path parameters answers 404 to every identity: the spec and the
 * deployment drifted apart. Reads the crawl; sends nothing.
 */
public final class DocumentedEndpointMissing implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-documented-endpoint-missing")
          .title("Documented endpoint not served")
          .lens(Lens.LIVE)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9)
          .cwe(1059)
          .severity(Severity.LOW)
          .remediation(
              "Keep the document and the deployment in step: generate the spec from the routes or"
                  + " test every documented path in CI.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    for (Endpoint endpoint : context.surface().gets()) {
      if (!endpoint.documented() || endpoint.template().contains("{")) {
        continue;
      }
      var answers =
          log.matching(
              e ->
                  e.response().isPresent()
                      && e.uri().getRawPath().equals(endpoint.concretePath())
                      && e.method().equals("GET"));
      if (!answers.isEmpty() && answers.stream().allMatch(e -> e.status() == 404)) {
        context
            .finding(META, answers.get(0))
            .message(endpoint.template() + " is documented but answers 404")
            .excerpt("GET " + endpoint.concretePath() + " -> 404")
            .anchor("missing")
            .report();
      }
    }
  }
}
