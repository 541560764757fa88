package dev.bulwark.live.checks.auth;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.Identity;
import java.util.Optional;

/**
 * The spec says an operation needs credentials, yet it answers an anonymous call with 2xx and data:
 * the security is declared but not enforced.
 */
public final class AuthNotEnforced implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-auth-not-enforced")
          .title("Declared authentication not enforced")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(306, 287)
          .severity(Severity.HIGH)
          .remediation(
              "Check the key on every route (a before_request hook or a decorator on each view) and"
                  + " answer 401 before any data is read.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (exchange.identity() != Identity.ANONYMOUS || !exchange.hasData()) {
      return;
    }
    Optional<Endpoint> endpoint =
        context.surface().endpoints().stream()
            .filter(e -> e.method().equals(exchange.method()))
            .filter(e -> e.template().equals(exchange.template()))
            .findFirst();
    if (endpoint.isPresent() && endpoint.get().declaresSecurity()) {
      context
          .finding(META, exchange)
          .message(
              "The spec requires credentials but an anonymous call got "
                  + exchange.status()
                  + " with data")
          .excerpt(Excerpts.head(exchange.body()))
          .anchor("declared-not-enforced")
          .report();
    }
  }
}
