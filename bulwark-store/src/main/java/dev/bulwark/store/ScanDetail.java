package dev.bulwark.store;

import java.util.List;
import java.util.Objects;

/** One scan with its per-category scores and its findings (worst severity first). */
public record ScanDetail(
    ScanSummary summary, List<CategoryResult> categories, List<StoredFinding> findings) {
  public ScanDetail {
    Objects.requireNonNull(summary, "summary");
    categories = List.copyOf(categories);
    findings = List.copyOf(findings);
  }
}
