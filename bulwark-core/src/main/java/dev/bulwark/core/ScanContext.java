package dev.bulwark.core;

/**
 * How rules and checks hand back what they found. Implementations are thread-safe: lenses call them
 * from many threads at once. Rules never print, score or decide suppressions themselves.
 */
public interface ScanContext {
  /** Reports a finding; findings of disabled rules are dropped here. */
  void report(Finding finding);

  /** Reports a finding that a suppression in the scanned material itself accepts. */
  void suppress(Finding finding, Suppression suppression);

  /** Records a problem that did not stop the scan. */
  void error(ScanError error);

  /** Marks a category as assessed by the scan, so its score means something. */
  void assessed(Category category);

  Redactor redactor();

  ScanStats stats();

  RulePolicy policy();

  /** True once the user asked to stop (Ctrl-C) or the time limit passed. */
  boolean cancelled();
}
