package dev.bulwark.live.checks.crypto;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.engine.Exchange;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTPS response without {@code Strict-Transport-Security}, or with a max-age under 180 days:
 * the first request of each visit can be downgraded. Plain-HTTP answers are left to {@link
 * PlainHttp} (browsers ignore HSTS there).
 */
public final class HstsMissing implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-hsts-missing")
          .title("HSTS missing or too short")
          .lens(Lens.LIVE)
          .category(Category.ENCRYPTION)
          .owasp(OwaspApi2023.API8)
          .cwe(319, 523)
          .severity(Severity.MEDIUM)
          .remediation(
              "Send Strict-Transport-Security: max-age=31536000; includeSubDomains on every HTTPS"
                  + " response (flask-talisman does it).")
          .build();

  static final long MIN_AGE = 15_552_000L;
  private static final Pattern MAX_AGE = Pattern.compile("(?i)max-age\\s*=\\s*\"?(\\d{1,12})");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (!exchange.uri().getScheme().equalsIgnoreCase("https") || exchange.response().isEmpty()) {
      return;
    }
    Optional<String> hsts = exchange.header("strict-transport-security");
    if (hsts.isEmpty()) {
      report(exchange, context, "No Strict-Transport-Security header", "missing");
      return;
    }
    Matcher m = MAX_AGE.matcher(hsts.get());
    if (!m.find() || Long.parseLong(m.group(1)) < MIN_AGE) {
      report(exchange, context, "HSTS max-age below 180 days: " + hsts.get(), "short");
    }
  }

  private static void report(
      Exchange exchange, CheckContext context, String message, String anchor) {
    context
        .finding(META, exchange)
        .message(message)
        .excerpt(message)
        .path("/")
        .anchor(anchor)
        .report();
  }
}
