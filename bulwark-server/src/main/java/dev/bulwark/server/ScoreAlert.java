package dev.bulwark.server;

import dev.bulwark.core.Severity;
import dev.bulwark.store.ScanDetail;
import dev.bulwark.store.StoredFinding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a rescan deserves a webhook: its score fell below the previous scan's, or it has critical
 * findings (by fingerprint) that the previous scan did not have.
 */
public record ScoreAlert(
    String api, long scanId, int previousScore, int score, List<StoredFinding> newCritical) {
  public ScoreAlert {
    Objects.requireNonNull(api, "api");
    newCritical = List.copyOf(newCritical);
  }

  public static Optional<ScoreAlert> between(ScanDetail previous, ScanDetail current) {
    Set<String> before =
        previous.findings().stream().map(StoredFinding::fingerprint).collect(Collectors.toSet());
    List<StoredFinding> newCritical =
        current.findings().stream()
            .filter(f -> f.severity() == Severity.CRITICAL && !before.contains(f.fingerprint()))
            .toList();
    int was = previous.summary().score();
    int now = current.summary().score();
    if (now >= was && newCritical.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ScoreAlert(current.summary().api(), current.summary().id(), was, now, newCritical));
  }

  public boolean scoreDropped() {
    return score < previousScore;
  }
}
