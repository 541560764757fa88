package dev.bulwark.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored scan, without its findings. {@code id} is the store's key, {@code scanUid} the
 * report's.
 */
public record ScanSummary(
    long id,
    String scanUid,
    String api,
    String version,
    Instant startedAt,
    int score,
    String grade,
    int findingCount,
    String target) {
  public ScanSummary {
    Objects.requireNonNull(scanUid, "scanUid");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(grade, "grade");
    Objects.requireNonNull(target, "target");
  }
}
