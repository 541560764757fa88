package dev.bulwark.store;

import java.util.List;
import java.util.Objects;

/** Everything stored about one API: its versions (sorted) and its scans, oldest first. */
public record ApiHistory(String name, List<String> versions, List<ScanSummary> scans) {
  public ApiHistory {
    Objects.requireNonNull(name, "name");
    versions = List.copyOf(versions);
    scans = List.copyOf(scans);
  }
}
