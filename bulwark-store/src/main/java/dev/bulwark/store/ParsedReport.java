package dev.bulwark.store;

import dev.bulwark.core.ApiIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The parts of a JSON report (schema version 1) that the store keeps in columns. */
public record ParsedReport(
    int schemaVersion,
    String toolVersion,
    String scanUid,
    Instant startedAt,
    long durationMs,
    String target,
    Optional<ApiIdentity> api,
    int score,
    String grade,
    List<CategoryResult> categories,
    List<StoredFinding> findings) {
  public ParsedReport {
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(scanUid, "scanUid");
    Objects.requireNonNull(startedAt, "startedAt");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(api, "api");
    Objects.requireNonNull(grade, "grade");
    categories = List.copyOf(categories);
    findings = List.copyOf(findings);
  }
}
