package dev.bulwark.scan.cache;

import dev.bulwark.core.Category;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanStats;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.core.Suppression;

/**
 * What a lens reports, held back: everything goes into a record (with every rule enabled, so the
 * record does not depend on the user's rule policy) and is handed to the real context by {@link
 * #replayInto}. Cancellation, the redactor and the live file counts come from the real context.
 */
final class RecordingContext implements ScanContext {
  private final ScanContext outer;
  private final CollectingScanContext record;

  RecordingContext(ScanContext outer) {
    this.outer = outer;
    this.record = new CollectingScanContext(outer.redactor(), RulePolicy.DEFAULT);
  }

  @Override
  public void report(Finding finding) {
    record.report(finding);
  }

  @Override
  public void suppress(Finding finding, Suppression suppression) {
    record.suppress(finding, suppression);
  }

  @Override
  public void error(ScanError error) {
    record.error(error);
  }

  @Override
  public void assessed(Category category) {
    record.assessed(category);
  }

  @Override
  public Redactor redactor() {
    return outer.redactor();
  }

  /** The record's counts; {@link #replayInto} adds them to the real context's. */
  @Override
  public ScanStats stats() {
    return record.stats();
  }

  @Override
  public RulePolicy policy() {
    return RulePolicy.DEFAULT;
  }

  @Override
  public boolean cancelled() {
    return outer.cancelled();
  }

  CollectingScanContext record() {
    return record;
  }

  /** Hands everything recorded in {@code from} to {@code to}, as the lens would have. */
  static void replayInto(CollectingScanContext from, ScanContext to) {
    from.assessedCategories().forEach(to::assessed);
    from.findings().forEach(to::report);
    for (SuppressedFinding s : from.suppressed()) {
      to.suppress(s.finding(), s.suppression());
    }
    from.errors().forEach(to::error);
    ScanStats.Snapshot stats = from.stats().snapshot();
    addStats(to.stats(), stats);
  }

  static void addStats(ScanStats to, ScanStats.Snapshot stats) {
    to.addFiles(stats.files(), stats.bytes());
  }
}
