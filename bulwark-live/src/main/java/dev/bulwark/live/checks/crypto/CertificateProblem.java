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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The HTTPS certificate failed validation on the first request: untrusted issuer (self-signed),
 * expired or not yet valid, or issued for another name. Clients that validate cannot connect;
 * clients that do not are open to interception. Reads the preflight; sends nothing.
 */
public final class CertificateProblem implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-tls-certificate-invalid")
          .title("TLS certificate fails validation")
          .lens(Lens.LIVE)
          .category(Category.ENCRYPTION)
          .owasp(OwaspApi2023.API8)
          .cwe(295, 297)
          .severity(Severity.HIGH)
          .remediation(
              "Serve a certificate from a trusted CA for the API's host name (e.g. Let's Encrypt)"
                  + " and renew it automatically; for an internal CA, scan with --ca-cert.")
          .build();

  /** A fragment of the JDK's validation message and what it means. */
  record Problem(String fragment, String meaning) {}

  static final List<Problem> PROBLEMS =
      List.of(
          new Problem(
              "unable to find valid certification path",
              "issuer not trusted (self-signed or unknown CA)"),
          new Problem("certificate expired", "certificate expired"),
          new Problem("notafter", "certificate expired"),
          new Problem("not yet valid", "certificate not yet valid"),
          new Problem("no subject alternative", "certificate issued for another name"),
          new Problem("no name matching", "certificate issued for another name"));

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!context.base().getScheme().equalsIgnoreCase("https")) {
      return;
    }
    Optional<Exchange> first =
        log.matching(e -> e.request().purpose().equals("preflight")).stream().findFirst();
    if (first.isEmpty() || first.get().error().isEmpty()) {
      return;
    }
    String error = first.get().error().get().toLowerCase(Locale.ROOT);
    PROBLEMS.stream()
        .filter(p -> error.contains(p.fragment()))
        .findFirst()
        .ifPresent(
            p ->
                context
                    .finding(META, first.get())
                    .message("The certificate fails validation: " + p.meaning())
                    .excerpt(first.get().error().get())
                    .path("/")
                    .anchor(p.meaning())
                    .report());
  }
}
