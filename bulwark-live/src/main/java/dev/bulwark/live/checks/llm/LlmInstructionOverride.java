package dev.bulwark.live.checks.llm;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.engine.Exchange;

/**
 * The model obeyed an injected instruction (plain or base64-encoded) and answered with Bulwark's
 * token: user input overrides the application's instructions (OWASP LLM01, prompt injection).
 */
public final class LlmInstructionOverride implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-llm-prompt-injection")
          .title("LLM endpoint follows injected instructions")
          .lens(Lens.LIVE)
          .category(Category.LLM_SECURITY)
          .owasp(OwaspApi2023.API8)
          .cwe(1427, 74)
          .severity(Severity.HIGH)
          .remediation(
              "Treat model output as untrusted: never let it call tools or reach data the caller"
                  + " could not reach, separate instructions from user text, and filter replies.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    String purpose = exchange.request().purpose();
    if (!purpose.startsWith(LlmEndpointUnauthenticated.META.id() + ":")
        || !exchange.succeeded()
        || LlmProbe.isEcho(exchange.request().purpose(), exchange.body())) {
      return;
    }
    String body = exchange.body();
    String token =
        body.contains(LlmProbe.OVERRIDE_TOKEN)
            ? LlmProbe.OVERRIDE_TOKEN
            : body.contains(LlmProbe.ENCODED_TOKEN) ? LlmProbe.ENCODED_TOKEN : "";
    if (!token.isEmpty()) {
      context
          .finding(META, exchange)
          .message(
              "The "
                  + purpose.substring(purpose.indexOf(':') + 1)
                  + " probe's instruction was obeyed")
          .excerpt("reply contains " + token)
          .anchor(token)
          .report();
    }
  }
}
