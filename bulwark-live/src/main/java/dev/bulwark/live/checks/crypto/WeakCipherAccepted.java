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
 * The HTTPS endpoint picks a weak cipher suite (RC4, 3DES, NULL, export, anonymous, single DES)
 * when a client offers nothing better. Asked with Bouncy Castle's TLS client offering only one
 * family at a time: three handshakes. CBC with SHA-1 on TLS 1.2 is not reported: it is dated but
 * not broken in practice, and flagging it would bury the real problems.
 */
public final class WeakCipherAccepted implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-weak-cipher-accepted")
          .title("Weak TLS cipher suite accepted")
          .lens(Lens.LIVE)
          .category(Category.ENCRYPTION)
          .owasp(OwaspApi2023.API8)
          .cwe(327, 326)
          .severity(Severity.MEDIUM)
          .remediation(
              "Offer only AEAD suites (ECDHE with AES-GCM or ChaCha20-Poly1305) at the terminating"
                  + " proxy (nginx: ssl_ciphers HIGH:!aNULL:!eNULL:!RC4:!3DES:!DES:!EXPORT;).")
          .build();

  static final List<String> FAMILIES = List.of("RC4", "3DES", "NULL/export/anonymous/DES");

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
    for (String family : FAMILIES) {
      if (context.acceptsWeakCiphers(family, META.id()).orElse(false)) {
        accepted.add(family);
      }
    }
    Optional<Exchange> anchor =
        log.matching(e -> e.request().purpose().equals("preflight")).stream().findFirst();
    if (!accepted.isEmpty() && anchor.isPresent()) {
      context
          .finding(META, anchor.get())
          .message(
              "The server picks a weak cipher suite when offered only "
                  + String.join(" or ", accepted)
                  + " suites")
          .excerpt("weak suites selected: " + String.join(", ", accepted))
          .path("/")
          .anchor("weak-cipher")
          .report();
    }
  }
}
