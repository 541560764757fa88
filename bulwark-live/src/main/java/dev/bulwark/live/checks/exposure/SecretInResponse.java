package dev.bulwark.live.checks.exposure;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.secrets.SecretMatch;
import java.util.List;
import java.util.Map;

/** A credential (API key, token, private key) in a response body or header. */
public final class SecretInResponse implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-secret-in-response")
          .title("Secret returned in an API response")
          .lens(Lens.LIVE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API3, OwaspApi2023.API8)
          .cwe(200, 522)
          .severity(Severity.HIGH)
          .remediation(
              "Never serialise keys or tokens into responses; return an id or a masked value and"
                  + " rotate the exposed secret.")
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
    String body = exchange.body();
    // The scanner's own credentials echoed back are not a leak of the API's secrets.
    String own = context.scrub(body);
    List<SecretMatch> inBody = context.secrets().findIn(own);
    for (SecretMatch match : inBody) {
      report(exchange, context, own, match, "body", inBody);
    }
    for (Map.Entry<String, List<String>> header : exchange.response().get().headers().entrySet()) {
      for (String value : header.getValue()) {
        String text = context.scrub(value);
        List<SecretMatch> inHeader = context.secrets().findIn(text);
        for (SecretMatch match : inHeader) {
          report(
              exchange, context, header.getKey() + ": " + text, match, header.getKey(), inHeader);
        }
      }
    }
  }

  private static void report(
      Exchange exchange,
      CheckContext context,
      String text,
      SecretMatch match,
      String where,
      List<SecretMatch> all) {
    String window =
        text.startsWith(where + ": ")
            ? text
            : Excerpts.aroundOnLine(text, match.start(), match.end());
    // Other secrets in the same window are redacted too: evidence never carries a whole secret.
    for (SecretMatch other : all) {
      if (!other.secret().equals(match.secret()) && !match.secret().contains(other.secret())) {
        window =
            window.replace(
                other.secret(),
                context.redactor().redact(other.secret(), other.vendorPrefixLength()).render());
      }
    }
    context
        .finding(META, exchange)
        .message(match.rule().title() + " in the response " + where)
        .secret(window, match.secret(), match.vendorPrefixLength())
        .confidence(match.confidence())
        .parameter(where)
        .anchor(match.rule().id() + ":" + context.redactor().redact(match.secret(), 0).hmac())
        .report();
  }
}
