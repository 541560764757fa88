package dev.bulwark.core;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/** A {@link ScanContext} that keeps everything it is told, for the assembler to read at the end. */
public final class CollectingScanContext implements ScanContext {
  private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<SuppressedFinding> suppressed = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<ScanError> errors = new ConcurrentLinkedQueue<>();
  private final Set<Category> assessed =
      java.util.Collections.synchronizedSet(EnumSet.noneOf(Category.class));
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final ScanStats stats = new ScanStats();
  private final Redactor redactor;
  private final RulePolicy policy;

  public CollectingScanContext(Redactor redactor, RulePolicy policy) {
    this.redactor = redactor;
    this.policy = policy;
  }

  @Override
  public void report(Finding finding) {
    if (policy.enabled(finding.ruleId())) {
      findings.add(finding);
    }
  }

  @Override
  public void suppress(Finding finding, Suppression suppression) {
    if (policy.enabled(finding.ruleId())) {
      suppressed.add(new SuppressedFinding(finding, suppression));
    }
  }

  @Override
  public void error(ScanError error) {
    errors.add(error);
  }

  @Override
  public void assessed(Category category) {
    assessed.add(category);
  }

  @Override
  public Redactor redactor() {
    return redactor;
  }

  @Override
  public ScanStats stats() {
    return stats;
  }

  @Override
  public RulePolicy policy() {
    return policy;
  }

  @Override
  public boolean cancelled() {
    return cancelled.get();
  }

  public void cancel() {
    cancelled.set(true);
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  public List<SuppressedFinding> suppressed() {
    return List.copyOf(suppressed);
  }

  public List<ScanError> errors() {
    return List.copyOf(errors);
  }

  public Set<Category> assessedCategories() {
    synchronized (assessed) {
      return Set.copyOf(assessed);
    }
  }
}
