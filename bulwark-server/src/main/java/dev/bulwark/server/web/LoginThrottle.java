package dev.bulwark.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses sign-in attempts from an address after too many recent failures, so that guessing
 * passwords is slow and each guess's PBKDF2 cost cannot be turned against the server.
 */
final class LoginThrottle {
  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  boolean allowed(String address) {
    Deque<Instant> recent = failures.get(address);
    if (recent == null) {
      return true;
    }
    synchronized (recent) {
      prune(recent);
      return recent.size() < MAX_FAILURES;
    }
  }

  void failed(String address) {
    Deque<Instant> recent = failures.computeIfAbsent(address, k -> new ArrayDeque<>());
    synchronized (recent) {
      prune(recent);
      recent.addLast(clock.instant());
    }
  }

  void succeeded(String address) {
    failures.remove(address);
  }

  private void prune(Deque<Instant> recent) {
    Instant cutoff = clock.instant().minus(WINDOW);
    while (!recent.isEmpty() && recent.peekFirst().isBefore(cutoff)) {
      recent.removeFirst();
    }
  }
}
