package dev.bulwark.live;

import dev.bulwark.live.engine.PlannedRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a live run did, for the report header: the budget and its use, whether the supplied
 * credentials were accepted, and (in a dry run) the requests it would have sent.
 *
 * @param requestsByPurpose requests sent per check id or scan phase
 * @param credentialsAccepted empty when no credentials were supplied or none was used
 */
public record LiveSummary(
    int budget,
    long requestsSent,
    int requestsRefused,
    int operations,
    boolean specDiscovered,
    Optional<Boolean> credentialsAccepted,
    Duration elapsed,
    List<PlannedRequest> planned,
    Map<String, Long> requestsByPurpose) {
  public LiveSummary {
    planned = List.copyOf(planned);
    requestsByPurpose = Collections.unmodifiableMap(new TreeMap<>(requestsByPurpose));
  }

  /** Requests a check (by rule id) or a phase (preflight, discovery, crawl) sent. */
  public long requestsBy(String purpose) {
    return requestsByPurpose.getOrDefault(purpose, 0L);
  }
}
