package dev.bulwark.live.checks.inventory;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Identity;

/**
 * Endpoints that answer with data but are missing from the spec: shadow APIs nobody reviews. Only
 * meaningful with a spec; reads discovery's exchanges and sends nothing.
 */
public final class ShadowEndpoint implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-shadow-endpoint")
          .title("Undocumented endpoint answers (shadow API)")
          .lens(Lens.LIVE)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9)
          .cwe(1059, 912)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Document every route in the OpenAPI document or remove it; generate the document"
                  + " from the code (flask-smorest, apispec) so they cannot drift.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!context.surface().hasSpec()) {
      return;
    }
    for (Endpoint endpoint : context.surface().endpoints()) {
      if (endpoint.documented() || endpoint.template().matches(".*/v\\d+$")) {
        continue;
      }
      log
          .matching(
              e ->
                  e.identity() == Identity.ANONYMOUS
                      && e.hasData()
                      && e.uri().getRawPath().equals(endpoint.concretePath()))
          .stream()
          .findFirst()
          .ifPresent(
              e ->
                  context
                      .finding(META, e)
                      .message(endpoint.template() + " answers but is not in the spec")
                      .excerpt(Excerpts.head(e.body()))
                      .anchor("shadow")
                      .report());
    }
  }
}
