package dev.bulwark.live.checks.authz;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.checks.Naming;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.Identity;

/**
 * Admin, internal, export, debug and management functions answering with data to an anonymous
 * caller, or to the second (less privileged) identity.
 */
public final class PrivilegedFunctionExposed implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-privileged-function-exposed")
          .title("Privileged function reachable without the right role")
          .lens(Lens.LIVE)
          .category(Category.BFLA)
          .owasp(OwaspApi2023.API5)
          .cwe(285, 862)
          .severity(Severity.HIGH)
          .remediation(
              "Protect admin blueprints as a whole (a before_request hook that checks the caller's"
                  + " role) and deny by default.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (exchange.identity() == Identity.PRIMARY
        || !exchange.hasData()
        || !exchange.response().get().isJson() // an HTML admin page is usually its login form
        || !Naming.privileged(exchange.template())
        || exchange.request().purpose().startsWith("live-")) {
      return;
    }
    boolean anonymous = exchange.identity() == Identity.ANONYMOUS;
    context
        .finding(META, exchange)
        .message(
            anonymous
                ? "Privileged path answers an anonymous caller with data"
                : "Privileged path answers identity B with data")
        .excerpt(Excerpts.head(exchange.body()))
        .confidence(anonymous ? Confidence.HIGH : Confidence.LOW)
        .anchor(anonymous ? "anonymous" : "identity-b")
        .report();
  }
}
