package dev.bulwark.live.checks.auth;

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
import java.util.List;

/**
 * The counterpart of {@link CredentialsRejected}: the report says that the supplied credentials
 * worked, so a reader knows the authenticated surface was really scanned. Sends nothing.
 */
public final class CredentialsAccepted implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-credentials-accepted")
          .title("Supplied credentials were accepted")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(287)
          .severity(Severity.INFO)
          .remediation("Nothing to fix: this records that the authenticated scan saw data.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    List<Exchange> used =
        log.matching(e -> e.identity() == Identity.PRIMARY && e.response().isPresent());
    List<Exchange> accepted =
        used.stream().filter(e -> e.status() >= 200 && e.status() < 300).toList();
    if (accepted.isEmpty()) {
      return;
    }
    context
        .finding(META, accepted.get(0))
        .message(
            accepted.size() + " of " + used.size() + " authenticated requests were answered 2xx")
        .excerpt("status " + accepted.get(0).status())
        .path("/")
        .anchor("accepted")
        .report();
  }
}
