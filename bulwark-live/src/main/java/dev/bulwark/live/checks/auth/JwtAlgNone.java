package dev.bulwark.live.checks.auth;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.engine.Exchange;
import java.util.Locale;

/** A JWT whose header says {@code alg: none}: anyone can mint one. */
public final class JwtAlgNone implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-jwt-alg-none")
          .title("Unsigned JWT (alg none) in use")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(347, 327)
          .severity(Severity.HIGH)
          .remediation(
              "Sign tokens and verify with an explicit algorithm list: jwt.decode(token, key,"
                  + " algorithms=[\"HS256\"]).")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    for (JwtTokens.Seen seen : JwtTokens.in(exchange)) {
      if (seen.jwt().alg().toLowerCase(Locale.ROOT).equals("none")) {
        context
            .finding(META, exchange)
            .message("A JWT with alg \"none\" appears in the " + seen.where())
            .secret(seen.jwt().token(), seen.jwt().token(), 3)
            .path(seen.where().startsWith("request") ? "/" : exchange.template())
            .anchor("alg-none:" + seen.where())
            .report();
      }
    }
  }
}
