package dev.bulwark.live.support;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.ScanError;
import dev.bulwark.live.LiveOptions;
import dev.bulwark.live.LiveSummary;
import java.time.Duration;
import java.util.List;

/** What a test scan produced. */
public record Scans(
    List<Finding> findings, List<ScanError> errors, LiveSummary summary, long requests) {

  /** Short limits so a hostile server cannot slow the suite down. */
  public static LiveOptions fast() {
    return LiveOptions.defaults()
        .withRate(0)
        .withTimeout(Duration.ofMillis(800))
        .withMaxDuration(Duration.ofSeconds(20))
        .withRetryAfterCap(Duration.ofMillis(200));
  }

  public static Scans of(CollectingScanContext context, LiveSummary summary) {
    return new Scans(
        context.findings(), context.errors(), summary, context.stats().snapshot().requests());
  }

  public static CollectingScanContext context() {
    return new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
  }

  public List<Finding> of(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  public long sentBy(String ruleId) {
    return summary.requestsBy(ruleId);
  }

  /** Thrown-through helper for lambdas. */
  public interface Run {
    LiveSummary run(CollectingScanContext context) throws BadTargetException;
  }
}
