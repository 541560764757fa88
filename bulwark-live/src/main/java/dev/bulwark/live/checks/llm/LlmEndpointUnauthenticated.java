package dev.bulwark.live.checks.llm;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Header;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.MethodPolicy;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds LLM chat endpoints (declared, discovered, or at a few common paths), reports those that
 * answer anonymous callers, and sends them the bounded probe set that the prompt-injection checks
 * read. At most two endpoints, six requests each.
 */
public final class LlmEndpointUnauthenticated implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-llm-endpoint-unauthenticated")
          .title("LLM endpoint answers anonymous callers")
          .lens(Lens.LIVE)
          .category(Category.LLM_SECURITY)
          .owasp(OwaspApi2023.API2, OwaspApi2023.API4)
          .cwe(306, 770)
          .severity(Severity.MEDIUM)
          .remediation(
              "Require a key on chat endpoints, rate-limit per key, and cap max_tokens server-side:"
                  + " every anonymous call spends your model budget.")
          .build();

  static final List<String> COMMON_PATHS = List.of("/api/chat", "/chat", "/v1/chat/completions");
  private static final Pattern REPLY =
      Pattern.compile(
          "\"(?:reply|response|answer|content|choices|completion|output|text|message)\"\\s*:");
  private static final int MAX_ENDPOINTS = 2;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    int found = 0;
    for (String path : candidates(context)) {
      if (found >= MAX_ENDPOINTS || context.stopped()) {
        return;
      }
      Optional<Exchange> hello = send(context, path, LlmProbe.HELLO);
      if (hello.isEmpty()
          || !hello.get().succeeded()
          || !REPLY.matcher(hello.get().body()).find()) {
        continue;
      }
      found++;
      context
          .finding(META, hello.get())
          .message("Chat endpoint " + path + " answers without credentials")
          .excerpt(Excerpts.head(hello.get().body()))
          .anchor("anonymous")
          .report();
      for (LlmProbe probe : LlmProbe.ATTACKS) {
        send(context, path, probe);
      }
    }
  }

  private static Optional<Exchange> send(ProbeContext context, String path, LlmProbe probe) {
    return context.send(
        new ProbeRequest(
            "POST",
            path,
            Optional.of(path),
            List.of(new Header("Content-Type", "application/json")),
            Optional.of(probe.body()),
            Identity.ANONYMOUS,
            probe.purpose()));
  }

  private static Set<String> candidates(ProbeContext context) {
    Set<String> out = new LinkedHashSet<>();
    for (Endpoint e : context.surface().endpoints()) {
      if (MethodPolicy.looksLikeLlmPath(e.template())
          && !e.template().contains("{")
          && (e.method().equals("POST") || e.operation().isEmpty())) {
        out.add(e.concretePath());
      }
    }
    if (!context.surface().hasSpec()) {
      out.addAll(COMMON_PATHS);
    }
    return out;
  }
}
