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
import java.util.Optional;

/**
 * A parameter's value comes back unescaped in an HTML response: reflected cross-site scripting.
 * JSON responses that echo input are not reported (browsers do not render them as HTML).
 */
public final class ReflectedInput implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-reflected-input")
          .title("Input reflected unescaped in an HTML response")
          .lens(Lens.LIVE)
          .category(Category.INPUT_VALIDATION)
          .owasp(OwaspApi2023.API8)
          .cwe(79, 116)
          .severity(Severity.MEDIUM)
          .remediation(
              "Return JSON (jsonify) from APIs, and render HTML only through Jinja templates with"
                  + " autoescaping; never build HTML with f-strings.")
          .build();

  static final String MARKER = "<bwk7x data-probe=\"1\">";
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
              ProbeRequest.get(slot.url(MARKER), META.id())
                  .withTemplate(slot.endpoint().template()));
      if (answer.isPresent()
          && answer.get().response().get().contentType().contains("html")
          && answer.get().body().contains(MARKER)) {
        int at = answer.get().body().indexOf(MARKER);
        context
            .finding(META, answer.get())
            .message(slot.parameter() + " is reflected unescaped in HTML")
            .excerpt(Excerpts.around(answer.get().body(), at, at + MARKER.length()))
            .parameter(slot.parameter())
            .anchor(slot.parameter())
            .report();
      }
    }
  }
}
