package dev.bulwark.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs a pattern's samples through the real matching pipeline (prefilter, regex, entropy,
 * placeholders): each positive sample must be found by the pattern, no negative one may be.
 */
public final class SampleCheck {
  private SampleCheck() {}

  /** The problems with the pattern's samples; empty when every sample behaves. */
  public static List<String> run(SecretPattern pattern) {
    SecretEngine engine = SecretEngine.of(List.of(pattern));
    List<String> problems = new ArrayList<>();
    for (String template : pattern.positiveSamples()) {
      String sample = SampleTemplate.expand(template);
      boolean found = engine.findIn(sample).stream().anyMatch(m -> m.rule().equals(pattern.rule()));
      if (!found) {
        problems.add("positive sample not found: " + template);
      }
    }
    for (String template : pattern.negativeSamples()) {
      String sample = SampleTemplate.expand(template);
      boolean found = engine.findIn(sample).stream().anyMatch(m -> m.rule().equals(pattern.rule()));
      if (found) {
        problems.add("negative sample found: " + template);
      }
    }
    return problems;
  }
}
