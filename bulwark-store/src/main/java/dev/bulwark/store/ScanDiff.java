package dev.bulwark.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two scans, matched by finding fingerprint: {@code added} appear only in
 * {@code to}, {@code fixed} only in {@code from}, {@code unchanged} in both (as {@code to} has
 * them).
 */
public record ScanDiff(
    ScanSummary from,
    ScanSummary to,
    List<StoredFinding> added,
    List<StoredFinding> fixed,
    List<StoredFinding> unchanged) {
  public ScanDiff {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    added = List.copyOf(added);
    fixed = List.copyOf(fixed);
    unchanged = List.copyOf(unchanged);
  }

  public static ScanDiff between(ScanDetail from, ScanDetail to) {
    Set<String> before = fingerprints(from.findings());
    Set<String> after = fingerprints(to.findings());
    List<StoredFinding> added = new ArrayList<>();
    List<StoredFinding> unchanged = new ArrayList<>();
    for (StoredFinding f : to.findings()) {
      (before.contains(f.fingerprint()) ? unchanged : added).add(f);
    }
    List<StoredFinding> fixed = new ArrayList<>();
    for (StoredFinding f : from.findings()) {
      if (!after.contains(f.fingerprint())) {
        fixed.add(f);
      }
    }
    return new ScanDiff(from.summary(), to.summary(), added, fixed, unchanged);
  }

  private static Set<String> fingerprints(List<StoredFinding> findings) {
    Set<String> set = new HashSet<>();
    findings.forEach(f -> set.add(f.fingerprint()));
    return set;
  }
}
