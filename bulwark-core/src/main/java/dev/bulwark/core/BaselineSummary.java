package dev.bulwark.core;

import java.util.Objects;

/**
 * How a scan compares with its baseline: the findings are split into new ones (which judge the
 * scan) and ones the baseline already accepted; {@code score} is the score of the new ones alone.
 */
public record BaselineSummary(String file, int newFindings, int acceptedFindings, Score score) {
  public BaselineSummary {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(score, "score");
  }
}
