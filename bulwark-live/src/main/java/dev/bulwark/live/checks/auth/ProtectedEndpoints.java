package dev.bulwark.live.checks.auth;

import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Identity;
import java.util.List;
import java.util.Optional;

/**
 * Operations that refuse anonymous calls (401/403): the only ones where key and token attacks mean
 * something, else every public endpoint becomes a false critical.
 */
final class ProtectedEndpoints {
  private ProtectedEndpoints() {}

  static List<Exchange> refusedAnonymously(ExchangeLog log) {
    return log.matching(
        e ->
            e.identity() == Identity.ANONYMOUS
                && e.method().equals("GET")
                && (e.status() == 401 || e.status() == 403)
                && !e.request().purpose().startsWith("live-"));
  }

  /** The primary identity's successful call of the same path, when there is one. */
  static Optional<Exchange> acceptedWithCredentials(ExchangeLog log, Exchange refused) {
    return log
        .matching(
            e ->
                e.identity() == Identity.PRIMARY
                    && e.succeeded()
                    && e.pathAndQuery().equals(refused.pathAndQuery()))
        .stream()
        .findFirst();
  }
}
