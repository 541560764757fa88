package dev.bulwark.core;

import java.util.List;
import java.util.Map;

/**
 * The result of {@link Scorer}: 0–100 (higher is safer), a grade, a score per category, and the
 * caps that lowered the total (so a reader sees why a 92 became a 69).
 */
public record Score(
    int value, Grade grade, Map<Category, CategoryScore> categories, List<String> caps) {
  public Score {
    if (value < 0 || value > 100) {
      throw new IllegalArgumentException("score out of range: " + value);
    }
    categories = Map.copyOf(categories);
    caps = List.copyOf(caps);
  }
}
