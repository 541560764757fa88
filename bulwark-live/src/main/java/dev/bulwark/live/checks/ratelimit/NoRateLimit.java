package dev.bulwark.live.checks.ratelimit;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * After a short, bounded burst on one cheap endpoint, no 429 came back and no response announced a
 * limit ({@code RateLimit*}, {@code X-RateLimit-*}, {@code Retry-After}). The burst is small on
 * purpose: the point is to see whether limits exist, not to load the target.
 */
public final class NoRateLimit implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-no-rate-limit")
          .title("No rate limiting observed")
          .lens(Lens.LIVE)
          .category(Category.RATE_LIMITING)
          .owasp(OwaspApi2023.API4)
          .cwe(770, 799)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Limit per key and per IP (Flask-Limiter: @limiter.limit(\"60/minute\")) and announce"
                  + " limits with RateLimit headers.")
          .build();

  static final int BURST = 12;
  private static final List<String> LIMIT_HEADERS =
      List.of(
          "ratelimit",
          "ratelimit-limit",
          "ratelimit-policy",
          "x-ratelimit-limit",
          "x-rate-limit-limit",
          "x-ratelimit-remaining",
          "retry-after");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (log.all().stream().anyMatch(NoRateLimit::limited)) {
      return;
    }
    Optional<Exchange> cheapest =
        log
            .matching(
                e ->
                    e.identity() == Identity.ANONYMOUS
                        && e.succeeded()
                        && e.method().equals("GET")
                        && !e.request().purpose().startsWith("live-"))
            .stream()
            .min(
                Comparator.comparingInt((Exchange e) -> e.body().length())
                    .thenComparingLong(Exchange::id));
    if (cheapest.isEmpty()) {
      return;
    }
    if (context.budgetLeft() < BURST * 2) {
      context.note(
          META, "skipped the rate-limit burst: " + BURST + " requests do not fit the budget left");
      return;
    }
    Exchange last = null;
    for (int i = 0; i < BURST && !context.stopped(); i++) {
      Optional<Exchange> answer =
          context.send(
              ProbeRequest.get(cheapest.get().pathAndQuery(), META.id())
                  .withTemplate(cheapest.get().template()));
      if (answer.isEmpty()) {
        return;
      }
      last = answer.get();
      if (limited(last)) {
        return;
      }
    }
    if (last != null) {
      context
          .finding(META, last)
          .message(BURST + " quick requests: no 429 and no rate-limit headers")
          .excerpt("status " + last.status() + " on request " + BURST + " of " + BURST)
          .anchor("burst")
          .report();
    }
  }

  static boolean limited(Exchange e) {
    return e.status() == 429
        || e.response()
            .map(r -> LIMIT_HEADERS.stream().anyMatch(h -> r.header(h).isPresent()))
            .orElse(false);
  }
}
