package dev.bulwark.live.checks.auth;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.discovery.JsonLinks;
import dev.bulwark.live.engine.Exchange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A cookie whose value is plain or base64-encoded JSON with no signature: the client can edit it
 * (change {@code user_id}, set {@code is_admin}) and the server trusts it. Flask's signed session
 * ({@code payload.timestamp.signature}) is not flagged.
 */
public final class UnsignedSessionCookie implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-unsigned-session-cookie")
          .title("Session cookie holds unsigned, editable data")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(565, 345)
          .severity(Severity.HIGH)
          .remediation(
              "Use Flask's signed session (SECRET_KEY from the environment) or an opaque random"
                  + " session id; never trust data the client can edit.")
          .build();

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
      int eq = cookie.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String name = cookie.substring(0, eq).strip();
      int end = cookie.indexOf(';', eq);
      String value = cookie.substring(eq + 1, end < 0 ? cookie.length() : end).strip();
      unsignedJson(value)
          .ifPresent(
              json ->
                  context
                      .finding(META, exchange)
                      .message("Cookie " + name + " is unsigned JSON the client can edit")
                      .excerpt(name + " decodes to " + json)
                      .parameter(name)
                      .path("/")
                      .anchor(name)
                      .report());
    }
  }

  /** The decoded JSON object when the value is unsigned JSON, plain or base64. */
  static Optional<String> unsignedJson(String raw) {
    String value = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    if (value.startsWith("\"") && value.endsWith("\"") && value.length() > 1) {
      value = value.substring(1, value.length() - 1);
    }
    if (value.startsWith("{") && isObject(value)) {
      return Optional.of(value);
    }
    if (value.contains(".") || value.length() < 8) {
      return Optional.empty(); // signed formats put the signature after a dot
    }
    for (Base64.Decoder decoder :
        new Base64.Decoder[] {Base64.getDecoder(), Base64.getUrlDecoder()}) {
      try {
        String decoded = new String(decoder.decode(value), StandardCharsets.UTF_8).strip();
        if (decoded.startsWith("{") && isObject(decoded)) {
          return Optional.of(decoded);
        }
      } catch (IllegalArgumentException e) {
        // not this alphabet
      }
    }
    return Optional.empty();
  }

  private static boolean isObject(String text) {
    return JsonLinks.parse(text).map(n -> n.isObject() && n.size() > 0).orElse(false);
  }
}
