package dev.bulwark.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one scan produced, ready for the reporters and the store. Lists are sorted (see {@link
 * FindingOrder}) and immutable.
 *
 * @param score the score over every finding that counts, baseline-accepted ones included
 * @param baseline present when a baseline was given: its score judges the thresholds
 * @param findings findings that count (with a baseline: only the new ones)
 * @param suppressed findings accepted by an inline comment, the configuration or the baseline
 */
public record ScanResult(
    int schemaVersion,
    ToolInfo tool,
    String scanId,
    Instant startedAt,
    long durationMs,
    List<Target> targets,
    Optional<ApiIdentity> api,
    Score score,
    Optional<BaselineSummary> baseline,
    List<Finding> findings,
    List<SuppressedFinding> suppressed,
    List<ScanError> errors,
    ScanStats.Snapshot stats) {

  public static final int SCHEMA_VERSION = 1;

  public ScanResult {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(scanId, "scanId");
    Objects.requireNonNull(startedAt, "startedAt");
    targets = List.copyOf(targets);
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(baseline, "baseline");
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    errors = List.copyOf(errors);
    Objects.requireNonNull(stats, "stats");
  }

  /** The score that thresholds judge: the baseline's (new findings only) when there is one. */
  public Score gateScore() {
    return baseline.map(BaselineSummary::score).orElse(score);
  }
}
