package dev.bulwark.live.checks.llm;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat endpoint hands out its system prompt when asked (OWASP LLM07, system prompt leakage): the
 * instructions, and often the secrets and internal rules in them, become public.
 */
public final class LlmSystemPromptLeak implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-llm-system-prompt-leak")
          .title("LLM endpoint reveals its system prompt")
          .lens(Lens.LIVE)
          .category(Category.LLM_SECURITY)
          .owasp(OwaspApi2023.API8)
          .cwe(200, 1427)
          .severity(Severity.HIGH)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Keep secrets and policy out of the system prompt, filter replies that echo it, and"
                  + " enforce rules in code rather than in instructions to the model.")
          .build();

  private static final Pattern LEAK =
      Pattern.compile(
          "(?i)\\byou are (?:a|an|the) [\\w ,'-]{0,60}(?:assistant|bot|agent|model)\\b"
              + "|\\bsystem prompt\\s*[:=]|<<SYS>>|\\bmy (?:system )?instructions (?:are|say)\\b");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (!exchange.request().purpose().startsWith(LlmEndpointUnauthenticated.META.id() + ":")
        || exchange.request().purpose().endsWith(":hello")
        || !exchange.succeeded()
        || LlmProbe.isEcho(exchange.request().purpose(), exchange.body())) {
      return;
    }
    Matcher m = LEAK.matcher(exchange.body());
    if (m.find()) {
      context
          .finding(META, exchange)
          .message("Asked for its system prompt, the model repeated it")
          .excerpt(Excerpts.around(exchange.body(), m.start(), m.end()))
          .anchor("system-prompt")
          .report();
    }
  }
}
