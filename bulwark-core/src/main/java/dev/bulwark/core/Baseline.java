package dev.bulwark.core;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Findings a team has accepted, by fingerprint. With a baseline, only new findings judge a scan.
 *
 * @param origin the file the baseline was read from, for messages
 */
public record Baseline(String origin, List<Entry> entries) {

  /** One accepted finding; ruleId and where are kept so a human can read the file. */
  public record Entry(
      String fingerprint, String ruleId, String where, String reason, Optional<LocalDate> expires) {
    public Entry {
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(expires, "expires");
    }
  }

  public Baseline {
    Objects.requireNonNull(origin, "origin");
    entries = List.copyOf(entries);
  }

  /** The suppression that accepts {@code finding} today, if any. */
  public Optional<Suppression> match(Finding finding, LocalDate today) {
    Entry entry = index().get(finding.fingerprint());
    if (entry == null) {
      return Optional.empty();
    }
    Suppression s =
        new Suppression(Suppression.Kind.BASELINE, entry.reason(), entry.expires(), origin);
    return s.activeOn(today) ? Optional.of(s) : Optional.empty();
  }

  private Map<String, Entry> index() {
    Map<String, Entry> map = new HashMap<>();
    for (Entry e : entries) {
      map.putIfAbsent(e.fingerprint(), e);
    }
    return map;
  }

  /** A baseline that accepts every finding of {@code result}, with one reason for all. */
  public static Baseline of(String origin, List<Finding> findings, String reason) {
    return new Baseline(
        origin,
        findings.stream()
            .sorted(FindingOrder.BY_LOCATION)
            .map(
                f ->
                    new Entry(
                        f.fingerprint(),
                        f.ruleId(),
                        f.location().display(),
                        reason,
                        Optional.empty()))
            .toList());
  }
}
