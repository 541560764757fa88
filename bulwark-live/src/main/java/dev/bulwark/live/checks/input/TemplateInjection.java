package dev.bulwark.live.checks.input;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.Optional;

/**
 * A template expression in a parameter gets evaluated ({@code {{7*191}}} comes back as {@code
 * 1337}): server-side template injection, which in Jinja leads to code execution.
 */
public final class TemplateInjection implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-template-injection")
          .title("Template expression in input is evaluated")
          .lens(Lens.LIVE)
          .category(Category.INPUT_VALIDATION)
          .owasp(OwaspApi2023.API8)
          .cwe(1336, 94)
          .severity(Severity.CRITICAL)
          .remediation(
              "Never pass user input to render_template_string; render fixed templates and give"
                  + " input only as variables.")
          .build();

  static final String PAYLOAD = "bwk{{7*191}}x${7*191}";
  private static final int MAX_SLOTS = 3;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    for (InputProbes.Slot slot : InputProbes.slots(context, MAX_SLOTS)) {
      if (slot.inPath()) {
        continue;
      }
      Optional<Exchange> answer =
          context.send(
              ProbeRequest.get(slot.url(PAYLOAD), META.id())
                  .withTemplate(slot.endpoint().template()));
      if (answer.isPresent()
          && (answer.get().body().contains("bwk1337x") || answer.get().body().contains("x1337"))) {
        context
            .finding(META, answer.get())
            .message(slot.parameter() + "=" + PAYLOAD + " came back evaluated (1337)")
            .excerpt("sent " + PAYLOAD + ", received …1337…")
            .parameter(slot.parameter())
            .anchor(slot.parameter())
            .report();
      }
    }
  }
}
