package dev.bulwark.live.checks.input;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.List;
import java.util.Optional;

/**
 * Unexpected input (a quote, the wrong type, an out-of-range number) makes the API fail with a 5xx
 * instead of a 400: input reaches code that never validated it. Short, harmless values only.
 */
public final class ServerErrorOnInput implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-server-error-on-input")
          .title("Unvalidated input causes a server error")
          .lens(Lens.LIVE)
          .category(Category.INPUT_VALIDATION)
          .owasp(OwaspApi2023.API8)
          .cwe(20, 754)
          .severity(Severity.MEDIUM)
          .remediation(
              "Validate every parameter before use (request.args.get(\"id\", type=int), a"
                  + " marshmallow schema) and answer 400 on bad input.")
          .build();

  static final List<String> VALUES = List.of("'\"", "abc", "99999999999999999999");
  private static final int MAX_SLOTS = 4;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    for (InputProbes.Slot slot : InputProbes.slots(context, MAX_SLOTS)) {
      for (String value : VALUES) {
        Optional<Exchange> answer =
            context.send(
                ProbeRequest.get(slot.url(value), META.id())
                    .withTemplate(slot.endpoint().template()));
        if (answer.isPresent() && answer.get().status() >= 500) {
          context
              .finding(META, answer.get())
              .message(
                  slot.parameter() + "=" + value + " makes the API answer " + answer.get().status())
              .excerpt(Excerpts.head(answer.get().body()))
              .parameter(slot.parameter())
              .anchor(slot.parameter())
              .report();
          break;
        }
      }
    }
  }
}
