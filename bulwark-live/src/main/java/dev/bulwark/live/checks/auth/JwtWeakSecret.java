package dev.bulwark.live.checks.auth;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.engine.Exchange;
import java.util.List;

/**
 * An HMAC-signed JWT whose key is a common secret, found offline from a short wordlist: anyone can
 * forge tokens for any user. No request is sent.
 */
public final class JwtWeakSecret implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-jwt-weak-secret")
          .title("JWT signed with a guessable secret")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(521, 798, 347)
          .severity(Severity.CRITICAL)
          .remediation(
              "Sign with a random key of at least 32 bytes (secrets.token_urlsafe(32)) loaded from"
                  + " the environment, and rotate it now: every token signed with it is forgeable.")
          .build();

  /** Secrets that tutorials, templates and defaults put in production. */
  static final List<String> WORDLIST =
      List.of(
          "secret",
          "secretkey",
          "secret-key",
          "secret_key",
          "supersecret",
          "super-secret",
          "changeme",
          "change-me",
          "password",
          "123456",
          "12345678",
          "qwerty",
          "jwt",
          "jwtsecret",
          "jwt-secret",
          "jwt_secret",
          "your-256-bit-secret",
          "your_secret_key",
          "your-secret-key",
          "mysecret",
          "my-secret",
          "my_secret",
          "key",
          "private",
          "default",
          "test",
          "testing",
          "dev",
          "development",
          "admin",
          "flask",
          "django",
          "api",
          "apikey",
          "token",
          "s3cr3t",
          "hello",
          "letmein",
          "keyboard cat",
          "shhhhh",
          "topsecret",
          "app-secret",
          "auth");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    for (JwtTokens.Seen seen : JwtTokens.in(exchange)) {
      for (String candidate : WORDLIST) {
        if (seen.jwt().signedWith(candidate)) {
          context
              .finding(META, exchange)
              .message(
                  "The JWT in the "
                      + seen.where()
                      + " is signed with a common secret ("
                      + candidate.length()
                      + " chars, in Bulwark's wordlist)")
              .secret(seen.jwt().token(), seen.jwt().token(), 3)
              .path(seen.where().startsWith("request") ? "/" : exchange.template())
              .anchor("weak:" + seen.where())
              .report();
          return;
        }
      }
    }
  }
}
