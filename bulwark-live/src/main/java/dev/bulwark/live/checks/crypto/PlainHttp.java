package dev.bulwark.live.checks.crypto;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import java.util.Locale;
import java.util.Optional;

/**
 * The API is served over plain HTTP and does not redirect to HTTPS: keys and data cross the network
 * in clear text. On loopback it is reported low (nothing crosses a network there); reads the
 * preflight exchange and sends nothing.
 */
public final class PlainHttp implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-plain-http")
          .title("API served over plain HTTP without redirect to HTTPS")
          .lens(Lens.LIVE)
          .category(Category.ENCRYPTION)
          .owasp(OwaspApi2023.API8)
          .cwe(319)
          .severity(Severity.HIGH)
          .remediation(
              "Terminate TLS in front of the app and redirect every http:// request to https://"
                  + " (or refuse it), then add HSTS.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!context.base().getScheme().equalsIgnoreCase("http")) {
      return;
    }
    Optional<Exchange> first =
        log
            .matching(e -> e.request().purpose().equals("preflight") && e.response().isPresent())
            .stream()
            .findFirst();
    if (first.isEmpty()) {
      return;
    }
    String location = first.get().header("location").orElse("").toLowerCase(Locale.ROOT);
    if (first.get().status() >= 300
        && first.get().status() < 400
        && location.startsWith("https://")) {
      return;
    }
    boolean loopback = context.loopbackTarget();
    context
        .finding(META, first.get())
        .message(
            loopback
                ? "Served over plain HTTP (loopback: fine for local tests, not for deployment)"
                : "Served over plain HTTP with no redirect to HTTPS")
        .excerpt("GET " + context.base() + " -> " + first.get().status())
        .severity(loopback ? Severity.LOW : Severity.HIGH)
        .confidence(loopback ? Confidence.LOW : Confidence.HIGH)
        .path("/")
        .anchor("plain-http")
        .report();
  }
}
