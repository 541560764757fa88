package dev.bulwark.server.mcp;

import dev.bulwark.core.ScanResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The scans of this server session, newest last, the oldest dropped beyond a bound. */
final class ScanHistory {
  private final Map<String, ScanResult> results;

  ScanHistory(int capacity) {
    this.results =
        new LinkedHashMap<>() {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, ScanResult> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized void add(ScanResult result) {
    results.put(result.scanId(), result);
  }

  synchronized Optional<ScanResult> find(String scanId) {
    return Optional.ofNullable(results.get(scanId));
  }

  synchronized List<ScanResult> all() {
    return new ArrayList<>(results.values());
  }
}
