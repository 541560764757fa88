package dev.bulwark.live.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/**
 * Every exchange of one scan, shared by all checks: passive checks read it, active checks look up
 * what was already fetched instead of fetching it again. Thread-safe.
 */
public final class ExchangeLog {
  private final ConcurrentLinkedQueue<Exchange> exchanges = new ConcurrentLinkedQueue<>();

  public void add(Exchange exchange) {
    exchanges.add(exchange);
  }

  /** Every exchange so far, in the order sent. */
  public List<Exchange> all() {
    List<Exchange> copy = new ArrayList<>(exchanges);
    copy.sort(Comparator.comparingLong(Exchange::id));
    return List.copyOf(copy);
  }

  public List<Exchange> matching(Predicate<Exchange> filter) {
    return all().stream().filter(filter).toList();
  }

  /** Exchanges with a response, anonymous, whose status was 2xx. */
  public List<Exchange> anonymousSuccesses() {
    return matching(e -> e.identity() == Identity.ANONYMOUS && e.succeeded());
  }

  public int size() {
    return exchanges.size();
  }
}
