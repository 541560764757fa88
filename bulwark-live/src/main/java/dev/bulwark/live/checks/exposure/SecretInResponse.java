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
    for (SecretMatch match : context.secrets().findIn(own)) {
      report(exchange, context, own, match, "body");
    }
    for (Map.Entry<String, List<String>> header : exchange.response().get().headers().entrySet()) {
      for (String value : header.getValue()) {
        String text = context.scrub(value);
        for (SecretMatch match : context.secrets().findIn(text)) {
          report(exchange, context, header.getKey() + ": " + text, match, header.getKey());
        }
      }
    }
  }

  private static void report(
      Exchange exchange, CheckContext context, String text, SecretMatch match, String where) {
    String window =
        text.startsWith(where + ": ") ? text : Excerpts.around(text, match.start(), match.end());
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
