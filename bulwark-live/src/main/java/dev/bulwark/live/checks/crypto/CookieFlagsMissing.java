package dev.bulwark.live.checks.crypto;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.engine.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cookies set without {@code Secure}, {@code HttpOnly} or {@code SameSite}: readable by scripts,
 * sent over plain HTTP, or attached to cross-site requests. Session-like cookies rate medium.
 */
public final class CookieFlagsMissing implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-cookie-flags-missing")
          .title("Cookie set without Secure, HttpOnly or SameSite")
          .lens(Lens.LIVE)
          .category(Category.ENCRYPTION)
          .owasp(OwaspApi2023.API8)
          .cwe(614, 1004, 1275)
          .severity(Severity.LOW)
          .remediation(
              "Set SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True and"
                  + " SESSION_COOKIE_SAMESITE=\"Lax\" (and the same flags on set_cookie).")
          .build();

  private static final Pattern SESSION_LIKE =
      Pattern.compile("(?i)sess|auth|token|jwt|sid|login|remember");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (exchange.response().isEmpty()) {
      return;
    }
    for (String cookie : exchange.response().get().headerValues("set-cookie")) {
      String lower = cookie.toLowerCase(Locale.ROOT);
      int eq = cookie.indexOf('=');
      if (eq <= 0 || lower.contains("max-age=0") || lower.contains("expires=thu, 01 jan 1970")) {
        continue; // a deletion, not a cookie
      }
      String name = cookie.substring(0, eq).strip();
      List<String> missing = new ArrayList<>();
      if (!lower.matches(".*;\\s*secure\\s*(;.*)?$")) {
        missing.add("Secure");
      }
      if (!lower.matches(".*;\\s*httponly\\s*(;.*)?$")) {
        missing.add("HttpOnly");
      }
      if (!lower.contains("samesite=")) {
        missing.add("SameSite");
      }
      if (!missing.isEmpty()) {
        boolean session = SESSION_LIKE.matcher(name).find();
        context
            .finding(META, exchange)
            .message("Cookie " + name + " lacks " + String.join(", ", missing))
            .excerpt("Set-Cookie: " + name + "=…; missing " + String.join(", ", missing))
            .severity(session ? Severity.MEDIUM : Severity.LOW)
            .parameter(name)
            .path("/")
            .anchor(name)
            .report();
      }
    }
  }
}
