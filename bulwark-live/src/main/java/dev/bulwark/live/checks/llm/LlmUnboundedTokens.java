package dev.bulwark.live.checks.llm;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.discovery.JsonLinks;
import dev.bulwark.live.engine.Exchange;

/**
 * The probes ask for at most {@value #ASKED} tokens; a reply whose reported usage exceeds that
 * shows the endpoint ignores the caller's cap and sets none of its own (OWASP LLM10, unbounded
 * consumption). Reads the probe replies' {@code usage}; sends nothing.
 */
public final class LlmUnboundedTokens implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-llm-unbounded-tokens")
          .title("LLM endpoint ignores token limits")
          .lens(Lens.LIVE)
          .category(Category.LLM_SECURITY)
          .owasp(OwaspApi2023.API4)
          .cwe(770, 400)
          .severity(Severity.MEDIUM)
          .remediation(
              "Set max_tokens server-side (and a per-key daily budget) instead of trusting the"
                  + " request's value.")
          .build();

  static final int ASKED = 200;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (!exchange.request().purpose().startsWith(LlmEndpointUnauthenticated.META.id() + ":")
        || !exchange.succeeded()) {
      return;
    }
    int completion =
        JsonLinks.parse(exchange.body())
            .map(n -> n.path("usage").path("completion_tokens").asInt(0))
            .orElse(0);
    if (completion > ASKED) {
      context
          .finding(META, exchange)
          .message("Asked for at most " + ASKED + " tokens, the reply used " + completion)
          .excerpt("usage.completion_tokens = " + completion)
          .anchor("unbounded")
          .report();
    }
  }
}
