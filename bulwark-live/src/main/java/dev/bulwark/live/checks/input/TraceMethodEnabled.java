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
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The server advertises TRACE (or TRACK) in {@code Allow}: it echoes requests, headers included,
 * which helps steal cookies and credentials through cross-site tracing. Asks OPTIONS once.
 */
public final class TraceMethodEnabled implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-trace-method-enabled")
          .title("TRACE method enabled")
          .lens(Lens.LIVE)
          .category(Category.INPUT_VALIDATION)
          .owasp(OwaspApi2023.API8)
          .cwe(693, 200)
          .severity(Severity.LOW)
          .remediation(
              "Disable TRACE/TRACK in the reverse proxy and declare only the methods each route"
                  + " serves (@app.route(..., methods=[\"GET\"])).")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    String path =
        log
            .matching(
                e ->
                    e.identity() == Identity.ANONYMOUS
                        && e.succeeded()
                        && !e.request().purpose().startsWith("live-"))
            .stream()
            .map(Exchange::pathAndQuery)
            .findFirst()
            .orElse("/");
    Optional<Exchange> answer =
        context.send(
            new ProbeRequest(
                "OPTIONS",
                path,
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Identity.ANONYMOUS,
                META.id()));
    if (answer.isEmpty()) {
      return;
    }
    String allow = answer.get().header("allow").orElse("").toUpperCase(Locale.ROOT);
    if (allow.matches(".*\\bTRAC[EK]\\b.*")) {
      context
          .finding(META, answer.get())
          .message("Allow lists TRACE")
          .excerpt("Allow: " + allow)
          .path("/")
          .anchor("trace")
          .report();
    }
  }
}
