package dev.bulwark.secrets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** When two patterns match overlapping text, which match stands. */
final class Overlaps {
  private Overlaps() {}

  /** Sorts by offset and drops duplicates and matches overlapped by a more specific one. */
  static List<ByteMatch> resolve(List<ByteMatch> found) {
    if (found.size() <= 1) {
      return found;
    }
    List<ByteMatch> sorted = new ArrayList<>(found);
    sorted.sort(
        Comparator.comparingInt(ByteMatch::start).thenComparing(b -> b.match().rule().id()));
    List<ByteMatch> kept = new ArrayList<>();
    for (ByteMatch candidate : sorted) {
      boolean dropped = false;
      for (int i = kept.size() - 1; i >= 0 && !dropped; i--) {
        ByteMatch other = kept.get(i);
        if (other.end() <= candidate.start()) {
          continue;
        }
        if (rank(candidate) > rank(other)) {
          kept.remove(i);
        } else {
          dropped = true;
        }
      }
      if (!dropped) {
        kept.add(candidate);
      }
    }
    return kept;
  }

  /**
   * Specific formats beat the generic detector; formats with a vendor prefix beat context-based
   * ones; then worse severity, surer confidence, longer secret.
   */
  private static long rank(ByteMatch b) {
    SecretMatch m = b.match();
    long specific = m.rule().equals(GenericSecrets.RULE) ? 0 : 1;
    long prefixed = m.vendorPrefixLength() > 0 ? 1 : 0;
    long severity = Math.round(m.rule().severity().securitySeverity() * 2); // 0..19
    long confidence =
        switch (m.confidence()) {
          case HIGH -> 2;
          case MEDIUM -> 1;
          case LOW -> 0;
        };
    long length = (long) b.end() - b.start();
    return (specific << 42) | (prefixed << 41) | (severity << 34) | (confidence << 32) | length;
  }
}
