package dev.bulwark.core;

import java.util.Comparator;

/**
 * The one order findings appear in everywhere: worst first, then by place, so runs diff cleanly.
 */
public final class FindingOrder {
  private FindingOrder() {}

  public static final Comparator<Finding> STANDARD =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::confidence)
          .thenComparing(f -> f.category().ordinal())
          .thenComparing(f -> f.location().kind())
          .thenComparing(f -> f.location().file())
          .thenComparingInt(f -> f.location().line())
          .thenComparing(f -> f.location().display())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::fingerprint);

  /** By place first, for grouping by file. */
  public static final Comparator<Finding> BY_LOCATION =
      Comparator.comparing((Finding f) -> f.location().kind())
          .thenComparing(f -> f.location().file())
          .thenComparingInt(f -> f.location().line())
          .thenComparing(f -> f.location().display())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::fingerprint);
}
