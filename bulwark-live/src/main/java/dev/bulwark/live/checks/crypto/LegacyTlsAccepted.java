package dev.bulwark.live.checks.crypto;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HTTPS endpoint still completes handshakes with TLS 1.0 or 1.1, deprecated since RFC 8996.
 * Asked with Bouncy Castle's TLS client (the JDK refuses these versions), one handshake each.
 */
public final class LegacyTlsAccepted implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-legacy-tls-accepted")
          .title("Deprecated TLS version accepted (TLS 1.0/1.1)")
          .lens(Lens.LIVE)
          .category(Category.ENCRYPTION)
          .owasp(OwaspApi2023.API8)
          .cwe(326, 327)
          .severity(Severity.MEDIUM)
          .remediation(
              "Allow TLS 1.2 and 1.3 only at the terminating proxy (nginx: ssl_protocols TLSv1.2"
                  + " TLSv1.3;) or in gunicorn's ssl context.")
          .build();

  static final List<String> VERSIONS = List.of("TLSv1", "TLSv1.1");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!context.base().getScheme().equalsIgnoreCase("https")) {
      return;
    }
    List<String> accepted = new ArrayList<>();
    for (String version : VERSIONS) {
      if (context.acceptsLegacyTls(version, META.id()).orElse(false)) {
        accepted.add(version);
      }
    }
    Optional<Exchange> anchor =
        log.matching(e -> e.request().purpose().equals("preflight")).stream().findFirst();
    if (!accepted.isEmpty() && anchor.isPresent()) {
      context
          .finding(META, anchor.get())
          .message("The server completes handshakes with " + String.join(" and ", accepted))
          .excerpt("handshake accepted: " + String.join(", ", accepted))
          .path("/")
          .anchor("legacy-tls")
          .report();
    }
  }
}
