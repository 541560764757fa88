package dev.bulwark.live.checks.authz;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Naming;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.Optional;

/**
 * GET operations whose names say they change state (delete, reset, disable…) and that declare no
 * security. Bulwark never calls them with GET (the crawl skips them): it asks OPTIONS, which proves
 * the route exists without running it.
 */
public final class StateChangingGet implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-state-changing-get")
          .title("State-changing function exposed as an unauthenticated GET")
          .lens(Lens.LIVE)
          .category(Category.BFLA)
          .owasp(OwaspApi2023.API5)
          .cwe(650, 352, 862)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Make state changes POST/PUT/DELETE routes behind authentication and CSRF"
                  + " protection; a GET must be safe to repeat, prefetch and crawl.")
          .build();

  private static final int MAX_PROBES = 5;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    int sent = 0;
    for (Endpoint endpoint : context.surface().gets()) {
      if (sent >= MAX_PROBES
          || !Naming.stateChanging(endpoint.template())
          || endpoint.declaresSecurity()) {
        continue;
      }
      sent++;
      Optional<Exchange> answer =
          context.send(
              new ProbeRequest(
                  "OPTIONS",
                  endpoint.concretePath(),
                  Optional.of(endpoint.template()),
                  java.util.List.of(),
                  Optional.empty(),
                  dev.bulwark.live.engine.Identity.ANONYMOUS,
                  META.id()));
      if (answer.isPresent() && answer.get().status() < 400 && answer.get().status() >= 200) {
        String allow = answer.get().header("allow").orElse("");
        context
            .finding(META, answer.get())
            .message("GET " + endpoint.template() + " changes state and declares no security")
            .excerpt(
                "OPTIONS -> "
                    + answer.get().status()
                    + (allow.isEmpty() ? "" : ", Allow: " + allow))
            .anchor("state-changing-get")
            .report();
      }
    }
  }
}
