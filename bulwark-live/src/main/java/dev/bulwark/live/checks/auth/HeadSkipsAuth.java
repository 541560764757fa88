package dev.bulwark.live.checks.auth;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
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
import java.util.Optional;

/**
 * Another method on a protected path skips the check: GET answers 401/403, yet HEAD (which Flask
 * routes to the same view) answers 2xx, so the check is tied to the method (an {@code if
 * request.method == "GET"} guard) and the view still runs for anonymous callers.
 */
public final class HeadSkipsAuth implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-method-skips-auth")
          .title("Another method on a protected path skips authentication")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2, OwaspApi2023.API5)
          .cwe(650, 287)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Authenticate in a before_request hook or a decorator that ignores the method, never"
                  + " inside an if on request.method.")
          .build();

  private static final int MAX_PATHS = 3;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    List<Exchange> refused = ProtectedEndpoints.refusedAnonymously(log);
    for (Exchange get : refused.subList(0, Math.min(MAX_PATHS, refused.size()))) {
      Optional<Exchange> head =
          context.send(
              new ProbeRequest(
                  "HEAD",
                  get.pathAndQuery(),
                  get.request().pathTemplate(),
                  List.of(),
                  Optional.empty(),
                  Identity.ANONYMOUS,
                  META.id()));
      if (head.isPresent() && head.get().succeeded()) {
        context
            .finding(META, head.get())
            .message("GET answers " + get.status() + " but HEAD answers " + head.get().status())
            .excerpt("GET -> " + get.status() + ", HEAD -> " + head.get().status())
            .anchor("head")
            .report();
      }
    }
  }
}
