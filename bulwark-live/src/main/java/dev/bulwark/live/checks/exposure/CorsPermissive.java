package dev.bulwark.live.checks.exposure;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.Optional;

/**
 * CORS that lets any web page read responses with the visitor's credentials: the request's {@code
 * Origin} reflected (or {@code null} allowed) together with {@code
 * Access-Control-Allow-Credentials: true}. A wildcard without credentials is a public API and stays
 * silent.
 */
public final class CorsPermissive implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-cors-permissive")
          .title("CORS allows any origin")
          .lens(Lens.LIVE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8)
          .cwe(942, 346)
          .severity(Severity.HIGH)
          .remediation(
              "List the allowed origins explicitly (flask-cors origins=[...]) and never echo the"
                  + " request's Origin when credentials are allowed.")
          .build();

  static final String PROBE_ORIGIN = "https://bulwark-cors-probe.invalid";

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    String target =
        log.matching(e -> e.identity() == Identity.ANONYMOUS && e.succeeded()).stream()
            .filter(e -> !e.request().purpose().startsWith("live-"))
            .map(Exchange::pathAndQuery)
            .findFirst()
            .orElse("/");
    Optional<Exchange> answer =
        context.send(ProbeRequest.get(target, META.id()).withHeader("Origin", PROBE_ORIGIN));
    if (answer.isEmpty()) {
      return;
    }
    Exchange exchange = answer.get();
    String allowed = exchange.header("access-control-allow-origin").orElse("");
    boolean credentials =
        exchange.header("access-control-allow-credentials").orElse("").equalsIgnoreCase("true");
    if (allowed.equals(PROBE_ORIGIN)) {
      context
          .finding(META, exchange)
          .message(
              credentials
                  ? "Any origin is reflected with credentials allowed"
                  : "Any origin is reflected (without credentials)")
          .excerpt(
              "Access-Control-Allow-Origin: "
                  + allowed
                  + (credentials ? "\nAccess-Control-Allow-Credentials: true" : ""))
          .severity(credentials ? Severity.HIGH : Severity.LOW)
          .path("/")
          .anchor("reflected:" + credentials)
          .report();
    } else if (allowed.equals("*") && credentials) {
      context
          .finding(META, exchange)
          .message("Wildcard origin combined with credentials")
          .excerpt("Access-Control-Allow-Origin: *\nAccess-Control-Allow-Credentials: true")
          .severity(Severity.MEDIUM)
          .path("/")
          .anchor("wildcard-credentials")
          .report();
    }
  }
}
