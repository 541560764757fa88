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
 * The credentials the user supplied were refused everywhere, so the authenticated part of the scan
 * saw nothing; said plainly so nobody trusts a clean report for the wrong reason. Sends nothing: it
 * reads the crawl.
 */
public final class CredentialsRejected implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-credentials-rejected")
          .title("Supplied credentials were not accepted")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(287)
          .severity(Severity.INFO)
          .remediation(
              "Check the --header value (name, scheme, expiry) or give --auth-command to fetch a"
                  + " fresh token.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    List<Exchange> used =
        log.matching(e -> e.identity() == Identity.PRIMARY && e.response().isPresent());
    if (used.isEmpty() || used.stream().anyMatch(e -> e.status() != 401 && e.status() != 403)) {
      return;
    }
    context
        .finding(META, used.get(0))
        .message("All " + used.size() + " authenticated requests were refused (401/403)")
        .excerpt("status " + used.get(0).status())
        .path("/")
        .anchor("rejected")
        .report();
  }
}
