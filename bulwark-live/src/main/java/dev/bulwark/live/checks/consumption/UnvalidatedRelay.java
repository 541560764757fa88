package dev.bulwark.live.checks.consumption;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.checks.ssrf.ServerSideRequestForgery;
import dev.bulwark.live.engine.Exchange;

/**
 * The API fetched third-party content (Bulwark's canary) and relayed it verbatim to the caller,
 * with no validation of what came back. Reads the SSRF probes' answers; sends nothing.
 */
public final class UnvalidatedRelay implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-unvalidated-relay")
          .title("Third-party content relayed without validation")
          .lens(Lens.LIVE)
          .category(Category.UNSAFE_CONSUMPTION)
          .owasp(OwaspApi2023.API10)
          .cwe(20, 345)
          .severity(Severity.MEDIUM)
          .remediation(
              "Treat upstream responses as untrusted input: check status and content type, parse"
                  + " into a schema, cap the size, and return only the fields you expect.")
          .build();

  static final String CANARY_MARK = "bulwark-canary-";

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (!exchange.request().purpose().equals(ServerSideRequestForgery.PURPOSE)) {
      return;
    }
    int at = exchange.body().indexOf(CANARY_MARK);
    if (exchange.succeeded() && at >= 0) {
      context
          .finding(META, exchange)
          .message("The canary's body came back verbatim in the API's response")
          .excerpt(Excerpts.around(exchange.body(), at, at + CANARY_MARK.length()))
          .anchor("relay")
          .report();
    }
  }
}
