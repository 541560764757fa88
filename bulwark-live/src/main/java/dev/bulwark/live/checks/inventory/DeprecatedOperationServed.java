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
import dev.bulwark.spec.model.Operation;

/** An operation the spec marks deprecated still answers 2xx. Reads the crawl; sends nothing. */
public final class DeprecatedOperationServed implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-deprecated-operation-served")
          .title("Deprecated operation still served")
          .lens(Lens.LIVE)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9)
          .cwe(1059, 477)
          .severity(Severity.LOW)
          .remediation(
              "Announce a sunset date (Sunset and Deprecation headers), then remove the route or"
                  + " answer 410 Gone.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    for (Endpoint endpoint : context.surface().gets()) {
      if (!endpoint.operation().map(Operation::deprecated).orElse(false)) {
        continue;
      }
      log
          .matching(
              e ->
                  e.succeeded()
                      && e.template().equals(endpoint.template())
                      && e.method().equals("GET"))
          .stream()
          .findFirst()
          .ifPresent(
              e ->
                  context
                      .finding(META, e)
                      .message(
                          endpoint.template() + " is deprecated but still answers " + e.status())
                      .excerpt("GET " + e.pathAndQuery() + " -> " + e.status())
                      .anchor("deprecated")
                      .report());
    }
  }
}
