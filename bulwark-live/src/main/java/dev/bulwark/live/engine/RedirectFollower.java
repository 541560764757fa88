package dev.bulwark.live.engine;

import java.net.URI;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Follows redirects for the crawl: only inside the scope, at most a few hops, loops detected; each
 * hop is a request of its own through the engine (budget, rate, log).
 */
final class RedirectFollower {
  private final HttpEngine engine;
  private final int maxRedirects;

  RedirectFollower(HttpEngine engine, int maxRedirects) {
    this.engine = engine;
    this.maxRedirects = maxRedirects;
  }

  Optional<Exchange> send(ProbeRequest request) {
    Optional<Exchange> current = engine.send(request);
    Set<String> seen = new HashSet<>();
    for (int hop = 0; current.isPresent() && hop <= maxRedirects; hop++) {
      Exchange exchange = current.get();
      Optional<String> location =
          exchange.response().filter(ResponseData::isRedirect).flatMap(r -> r.header("location"));
      if (location.isEmpty()) {
        return current;
      }
      URI next;
      try {
        next = exchange.uri().resolve(location.get().strip());
      } catch (IllegalArgumentException e) {
        engine.error(
            exchange.method() + " " + exchange.pathAndQuery(), "invalid redirect location");
        return current;
      }
      if (!engine.scope().allows(next)) {
        engine.error(
            exchange.method() + " " + exchange.pathAndQuery(),
            "redirect off scope not followed: " + next.getScheme() + "://" + next.getHost());
        return current;
      }
      if (!seen.add(next.toString()) || hop == maxRedirects) {
        engine.error(
            exchange.method() + " " + exchange.pathAndQuery(),
            "redirect loop or too many redirects");
        return current;
      }
      current = engine.send(request.withTarget(next.toString()));
    }
    return current;
  }
}
