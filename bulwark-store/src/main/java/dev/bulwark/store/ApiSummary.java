package dev.bulwark.store;

import java.util.List;
import java.util.Objects;

/**
 * One API on the overview: its latest scan and the scores of its recent scans, oldest first.
 *
 * @param trend up to the last 12 scores, oldest first, for a sparkline
 */
public record ApiSummary(
    String name, int versionCount, int scanCount, ScanSummary latest, List<Integer> trend) {
  public ApiSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(latest, "latest");
    trend = List.copyOf(trend);
  }

  /** Latest score minus the one before it; zero with a single scan. */
  public int delta() {
    return trend.size() < 2 ? 0 : trend.get(trend.size() - 1) - trend.get(trend.size() - 2);
  }
}
