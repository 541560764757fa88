package dev.bulwark.live.engine;

import java.time.Duration;

/**
 * Spaces requests to a steady rate and pauses everyone when the target says it is overloaded (429
 * or 503), for its {@code Retry-After} up to a cap.
 */
final class RateLimiter {
  private final long intervalNanos;
  private final Duration backoffCap;
  private long nextSlot = System.nanoTime();

  RateLimiter(double perSecond, Duration backoffCap) {
    this.intervalNanos = perSecond <= 0 ? 0 : (long) (1_000_000_000L / perSecond);
    this.backoffCap = backoffCap;
  }

  /** Waits for the next slot; false when the wait would pass the deadline. */
  boolean acquire(long deadlineNanos) throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextSlot);
      if (slot - deadlineNanos > 0) {
        return false;
      }
      nextSlot = slot + intervalNanos;
      wait = slot - now;
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    return true;
  }

  /** Pushes the next slot back after an overload answer. */
  void backOff(Duration requested) {
    Duration pause = requested.compareTo(backoffCap) > 0 ? backoffCap : requested;
    synchronized (this) {
      nextSlot = Math.max(nextSlot, System.nanoTime() + pause.toNanos());
    }
  }

  /** A {@code Retry-After} in seconds (dates are treated as one second, the cap bounds both). */
  static Duration retryAfter(String header) {
    try {
      long seconds = Long.parseLong(header.strip());
      return Duration.ofSeconds(Math.max(0, Math.min(seconds, 3600)));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
