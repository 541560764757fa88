package dev.bulwark.live.checks.consumption;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Naming;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Webhook and callback receivers that take unsigned payloads. In {@code --active} mode Bulwark
 * posts a harmless test event without a signature; otherwise it reports receivers whose spec
 * declares no signature header (after an OPTIONS that shows the route exists).
 */
public final class UnsignedWebhook implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-unsigned-webhook")
          .title("Webhook receiver accepts unsigned payloads")
          .lens(Lens.LIVE)
          .category(Category.UNSAFE_CONSUMPTION)
          .owasp(OwaspApi2023.API10)
          .cwe(345, 347)
          .severity(Severity.MEDIUM)
          .remediation(
              "Verify the sender's HMAC signature header with hmac.compare_digest over the raw"
                  + " body, and reject stale timestamps.")
          .build();

  private static final int MAX_RECEIVERS = 3;
  static final String EVENT =
      "{\"type\":\"bulwark.test\",\"id\":\"evt_bulwark_probe\",\"data\":{}}";

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    int n = 0;
    for (Endpoint endpoint : context.surface().endpoints()) {
      if (!endpoint.method().equals("POST")
          || !Naming.WEBHOOK.matcher(endpoint.template()).matches()
          || n >= MAX_RECEIVERS) {
        continue;
      }
      n++;
      if (context.active()) {
        Optional<Exchange> answer =
            context.send(
                new ProbeRequest(
                    "POST",
                    endpoint.concretePath(),
                    Optional.of(endpoint.template()),
                    List.of(new dev.bulwark.live.engine.Header("Content-Type", "application/json")),
                    Optional.of(EVENT),
                    Identity.ANONYMOUS,
                    META.id()));
        if (answer.isPresent() && answer.get().succeeded()) {
          report(
              context,
              answer.get(),
              "accepted an unsigned test event (" + answer.get().status() + ")",
              Confidence.HIGH);
        }
      } else if (!declaresSignature(endpoint)) {
        Optional<Exchange> answer =
            context.send(
                new ProbeRequest(
                    "OPTIONS",
                    endpoint.concretePath(),
                    Optional.of(endpoint.template()),
                    List.of(),
                    Optional.empty(),
                    Identity.ANONYMOUS,
                    META.id()));
        if (answer.isPresent() && answer.get().status() < 400 && answer.get().status() >= 200) {
          report(context, answer.get(), "declares no signature header", Confidence.LOW);
        }
      }
    }
  }

  private static void report(
      ProbeContext context, Exchange exchange, String what, Confidence confidence) {
    context
        .finding(META, exchange)
        .message("Webhook receiver " + exchange.template() + " " + what)
        .excerpt(exchange.method() + " " + exchange.pathAndQuery() + " -> " + exchange.status())
        .confidence(confidence)
        .anchor("unsigned")
        .report();
  }

  private static boolean declaresSignature(Endpoint endpoint) {
    return endpoint.operation().stream()
        .flatMap(o -> o.parameters().stream())
        .anyMatch(
            p ->
                p.in().equals("header") && p.name().toLowerCase(Locale.ROOT).contains("signature"));
  }
}
