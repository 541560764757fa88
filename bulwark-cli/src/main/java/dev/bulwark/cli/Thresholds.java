package dev.bulwark.cli;

import dev.bulwark.core.Finding;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The CI gate: a minimum score and a severity that must not appear. With a baseline both judge the
 * new findings only (see docs/scoring.md).
 */
record Thresholds(Optional<Integer> failBelow, Optional<Severity> failOn) {

  /** The reasons the result fails the gate; empty when it passes. */
  List<String> failures(ScanResult result) {
    List<String> reasons = new ArrayList<>();
    String scope = result.baseline().isPresent() ? " (new findings, against the baseline)" : "";
    int score = result.gateScore().value();
    failBelow.ifPresent(
        min -> {
          if (score < min) {
            reasons.add("score " + score + " is below --fail-below " + min + scope);
          }
        });
    failOn.ifPresent(
        severity -> {
          long count =
              result.findings().stream()
                  .map(Finding::severity)
                  .filter(s -> s.atLeast(severity))
                  .count();
          if (count > 0) {
            reasons.add(count + " finding(s) at or above --fail-on " + severity.id() + scope);
          }
        });
    return reasons;
  }
}
