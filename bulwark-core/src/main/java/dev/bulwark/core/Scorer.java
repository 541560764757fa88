package dev.bulwark.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The published scoring formula; docs/scoring.md explains it and must change with this class.
 *
 * <ol>
 *   <li>Each finding costs {@code points(severity) × factor(confidence)}.
 *   <li>Repeats of one rule in one category diminish: the n-th costliest costs {@code 0.5^(n-1)} of
 *       its price, so ten copies of one mistake weigh at most twice one copy.
 *   <li>A category's score is {@code 100 − cost}, floored at 0; unassessed categories get none.
 *   <li>The total is the weighted mean of assessed category scores (weights in {@link Category}).
 *   <li>Caps: a critical finding (medium or high confidence) caps the total at 69 (grade D); a high
 *       one at 79 (grade C).
 * </ol>
 */
public final class Scorer {
  public static final int CRITICAL_CAP = 69;
  public static final int HIGH_CAP = 79;

  private Scorer() {}

  public static double points(Severity severity) {
    return switch (severity) {
      case CRITICAL -> 40;
      case HIGH -> 20;
      case MEDIUM -> 8;
      case LOW -> 3;
      case INFO -> 0;
    };
  }

  public static double factor(Confidence confidence) {
    return switch (confidence) {
      case HIGH -> 1.0;
      case MEDIUM -> 0.75;
      case LOW -> 0.5;
    };
  }

  public static Score score(Collection<Finding> findings, Set<Category> assessed) {
    Map<Category, List<Finding>> byCategory = new EnumMap<>(Category.class);
    for (Finding f : findings) {
      byCategory.computeIfAbsent(f.category(), k -> new ArrayList<>()).add(f);
    }
    Map<Category, CategoryScore> categories = new EnumMap<>(Category.class);
    double weighted = 0;
    int weights = 0;
    for (Category category : Category.values()) {
      List<Finding> inCategory = byCategory.getOrDefault(category, List.of());
      if (!assessed.contains(category)) {
        categories.put(category, CategoryScore.notAssessed(inCategory.size()));
        continue;
      }
      int value = (int) Math.max(0, Math.round(100 - cost(inCategory)));
      categories.put(category, CategoryScore.of(value, inCategory.size()));
      weighted += (double) value * category.weight();
      weights += category.weight();
    }
    int total = weights == 0 ? 100 : (int) Math.round(weighted / weights);
    List<String> caps = new ArrayList<>();
    if (findings.stream().anyMatch(f -> capping(f, Severity.CRITICAL)) && total > CRITICAL_CAP) {
      total = CRITICAL_CAP;
      caps.add("a critical finding caps the score at " + CRITICAL_CAP);
    } else if (findings.stream().anyMatch(f -> capping(f, Severity.HIGH)) && total > HIGH_CAP) {
      total = HIGH_CAP;
      caps.add("a high finding caps the score at " + HIGH_CAP);
    }
    return new Score(total, Grade.of(total), categories, caps);
  }

  private static boolean capping(Finding f, Severity severity) {
    return f.severity() == severity && f.confidence() != Confidence.LOW;
  }

  /** The cost of one category's findings, with repeats of a rule diminishing. */
  static double cost(List<Finding> findings) {
    Map<String, List<Double>> byRule = new TreeMap<>();
    for (Finding f : findings) {
      byRule
          .computeIfAbsent(f.ruleId(), k -> new ArrayList<>())
          .add(points(f.severity()) * factor(f.confidence()));
    }
    double total = 0;
    for (List<Double> prices : byRule.values()) {
      prices.sort(Comparator.reverseOrder());
      double weight = 1;
      for (double price : prices) {
        total += price * weight;
        weight /= 2;
      }
    }
    return total;
  }
}
