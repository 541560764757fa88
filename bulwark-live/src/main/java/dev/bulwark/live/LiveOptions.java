package dev.bulwark.live;

import java.time.Duration;
import java.util.List;

/**
 * Limits and identity of a live scan.
 *
 * @param headers extra request headers ({@code Name: value}) for an authenticated scan; values
 *     already resolved (the CLI resolves {@code env:VAR} and {@code @file})
 * @param active allow methods beyond GET/HEAD/OPTIONS on operations the spec declares
 */
public record LiveOptions(
    List<String> headers,
    List<String> identityB,
    boolean active,
    int maxRequests,
    int concurrency,
    double ratePerSecond,
    Duration timeout,
    Duration maxDuration,
    List<String> allowHosts,
    boolean dryRun) {

  public LiveOptions {
    headers = List.copyOf(headers);
    identityB = List.copyOf(identityB);
    allowHosts = List.copyOf(allowHosts);
  }

  public static LiveOptions defaults() {
    return new LiveOptions(
        List.of(),
        List.of(),
        false,
        0,
        4,
        20.0,
        Duration.ofSeconds(10),
        Duration.ofMinutes(2),
        List.of(),
        false);
  }
}
