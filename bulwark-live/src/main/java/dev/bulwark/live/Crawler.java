package dev.bulwark.live;

import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.Surface;
import dev.bulwark.live.checks.Naming;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.HttpEngine;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Fetches every GET operation of the surface once without credentials (always first) and once with
 * each supplied identity, so checks read the log instead of fetching again.
 */
final class Crawler {
  private final HttpEngine engine;
  private final ExecutorService pool;

  Crawler(HttpEngine engine, ExecutorService pool) {
    this.engine = engine;
    this.pool = pool;
  }

  void crawl(Surface surface, ExchangeLog log) {
    Set<String> fetchedAnonymously =
        log.all().stream()
            .filter(e -> e.identity() == Identity.ANONYMOUS && e.method().equals("GET"))
            .map(Exchange::pathAndQuery)
            .collect(Collectors.toSet());
    List<ProbeRequest> requests = new ArrayList<>();
    for (Endpoint endpoint : surface.gets()) {
      if (Naming.stateChanging(endpoint.template())) {
        continue; // never run a "GET /users/1/delete": StateChangingGet asks OPTIONS instead
      }
      ProbeRequest anonymous =
          ProbeRequest.get(endpoint.concretePath(), "crawl").withTemplate(endpoint.template());
      if (!fetchedAnonymously.contains(endpoint.concretePath())) {
        requests.add(anonymous);
      }
      for (Identity identity : List.of(Identity.PRIMARY, Identity.SECOND)) {
        if (engine.credentials().has(identity)) {
          requests.add(anonymous.withIdentity(identity));
        }
      }
    }
    List<Future<Optional<Exchange>>> pending = new ArrayList<>();
    for (ProbeRequest request : requests) {
      pending.add(pool.submit(() -> engine.sendFollowing(request)));
    }
    for (Future<Optional<Exchange>> f : pending) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.util.concurrent.ExecutionException e) {
        // the engine records its own errors; a failed crawl request only means less to inspect
      }
    }
  }
}
