package dev.bulwark.live;

import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Passes request errors to the scan, each distinct one once, and at most a fixed number: a target
 * that resets every connection must not bury the report in errors.
 */
final class ErrorSink implements Consumer<ScanError> {
  private final ScanContext context;
  private final int max;
  private final Set<ScanError> seen = ConcurrentHashMap.newKeySet();
  private final AtomicInteger count = new AtomicInteger();

  ErrorSink(ScanContext context, int max) {
    this.context = context;
    this.max = max;
  }

  @Override
  public void accept(ScanError error) {
    if (!seen.add(error)) {
      return;
    }
    int n = count.incrementAndGet();
    if (n < max) {
      context.error(error);
    } else if (n == max) {
      context.error(new ScanError("live", "more request errors were left out of the report"));
    }
  }
}
