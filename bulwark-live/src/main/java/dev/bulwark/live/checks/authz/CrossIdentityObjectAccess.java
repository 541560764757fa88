package dev.bulwark.live.checks.authz;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Identity;
import java.util.Optional;

/**
 * With two identities: an object endpoint refuses anonymous calls, identity A reads an object, and
 * identity B gets the very same object. Reads the crawl only; sends nothing.
 */
public final class CrossIdentityObjectAccess implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-bola-cross-identity")
          .title("Second identity reads the first identity's object")
          .lens(Lens.LIVE)
          .category(Category.BOLA)
          .owasp(OwaspApi2023.API1)
          .cwe(639, 863)
          .severity(Severity.HIGH)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Scope every object lookup to the caller (filter_by(id=id, owner_id=g.user.id)) and"
                  + " answer 404 for objects of other users.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!context.hasIdentity(Identity.SECOND) || !context.hasIdentity(Identity.PRIMARY)) {
      return;
    }
    for (Exchange a : log.matching(e -> e.identity() == Identity.PRIMARY && e.hasData())) {
      if (!a.template().contains("{") || anonymousAllowed(log, a)) {
        continue;
      }
      Optional<Exchange> b =
          log
              .matching(
                  e -> e.identity() == Identity.SECOND && e.pathAndQuery().equals(a.pathAndQuery()))
              .stream()
              .findFirst();
      if (b.isPresent() && b.get().hasData() && b.get().body().equals(a.body())) {
        context
            .finding(META, b.get())
            .message("Identity B read the object identity A read at " + a.pathAndQuery())
            .excerpt(Excerpts.head(b.get().body()))
            .anchor("cross-identity")
            .report();
      }
    }
  }

  private static boolean anonymousAllowed(ExchangeLog log, Exchange a) {
    return log
        .matching(
            e -> e.identity() == Identity.ANONYMOUS && e.pathAndQuery().equals(a.pathAndQuery()))
        .stream()
        .anyMatch(Exchange::succeeded);
  }
}
