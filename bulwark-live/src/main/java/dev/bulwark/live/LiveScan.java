package dev.bulwark.live;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Canary;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.LiveCheck;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.check.ScanSession;
import dev.bulwark.live.check.Surface;
import dev.bulwark.live.discovery.Discovery;
import dev.bulwark.live.engine.Credentials;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.HttpEngine;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.MethodPolicy;
import dev.bulwark.live.engine.ProbeRequest;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.spec.model.ApiModel;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * One live scan: preflight, discovery, crawl, then the active checks of the 12 categories in
 * parallel, then every passive check over the whole shared log.
 */
final class LiveScan {
  private static final int MAX_ERRORS = 60;

  private final URI base;
  private final Optional<ApiModel> givenModel;
  private final LiveOptions options;
  private final List<PassiveCheck> passive;
  private final List<ActiveCheck> activeChecks;
  private final AtomicReference<Surface> surfaceRef = new AtomicReference<>();

  LiveScan(
      URI base,
      Optional<ApiModel> model,
      LiveOptions options,
      List<PassiveCheck> passive,
      List<ActiveCheck> activeChecks) {
    this.base = base;
    this.givenModel = model;
    this.options = options;
    this.passive = List.copyOf(passive);
    this.activeChecks = List.copyOf(activeChecks);
  }

  LiveSummary run(ScanContext context) throws BadTargetException {
    long started = System.nanoTime();
    validate(base);
    Credentials credentials = credentials();
    ExchangeLog log = new ExchangeLog();
    ErrorSink errors = new ErrorSink(context, MAX_ERRORS);
    int budget = budget();
    context.stats().addRequestBudget(budget);
    MethodPolicy policy =
        new MethodPolicy(
            options.active(),
            (method, template) ->
                surfaceRef.get() != null && surfaceRef.get().declares(method, template));
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(2, options.concurrency()), LiveScan::daemon);
    try (HttpEngine engine =
            new HttpEngine(
                base,
                options,
                credentials,
                log,
                context.stats(),
                policy,
                budget,
                context::cancelled,
                errors);
        CanaryHolder canary = new CanaryHolder(engine.scope().isLoopback() && !options.dryRun())) {
      List<Exchange> seed = new ArrayList<>();
      if (!options.dryRun()) {
        seed.add(
            engine.preflight(ProbeRequest.get(base.toString(), "preflight").withTemplate("/")));
      }
      Discovery discovery = new Discovery(engine, errors);
      Optional<ApiModel> model = givenModel.isPresent() ? givenModel : discovery.findSpec();
      String prefix = hasPath(base) ? "" : Surface.serverBasePath(model);
      Surface specSurface = Surface.of(model, List.of(), prefix);
      Set<String> known =
          specSurface.endpoints().stream().map(Endpoint::concretePath).collect(Collectors.toSet());
      List<Endpoint> discovered = explore(discovery, known, seed, context);
      Surface surface = Surface.of(model, discovered, prefix);
      surfaceRef.set(surface);
      context.stats().addOperations(surface.operationCount());
      try {
        new Crawler(engine, pool).crawl(surface, log);
      } catch (RuntimeException e) {
        context.error(ScanError.of("live crawl", e));
      }
      ScanSession session =
          new ScanSession(
              context, engine, surface, SecretEngine.builtIn(), options.active(), canary::get);
      runActive(session, log, context, pool);
      runPassive(session, log, context, pool);
      if (!options.dryRun()) {
        markAssessed(context); // a dry run assessed nothing
      }
      if (options.dryRun()) {
        DryRunReport.report(context, engine.planned(), base);
      }
      options
          .harFile()
          .ifPresent(
              file -> HarWriter.write(file, log, credentials, session.proofs()::clean, errors));
      return new LiveSummary(
          budget,
          log.size(),
          engine.refusedCount(),
          surface.operationCount(),
          givenModel.isEmpty() && model.isPresent(),
          credentialsAccepted(log, credentials),
          Duration.ofNanos(System.nanoTime() - started),
          engine.planned(),
          log.all().stream()
              .collect(Collectors.groupingBy(e -> e.request().purpose(), Collectors.counting())));
    } finally {
      pool.shutdownNow();
    }
  }

  /** Discovery that fails on something unexpected costs its findings, never the scan. */
  private static List<Endpoint> explore(
      Discovery discovery, Set<String> known, List<Exchange> seed, ScanContext context) {
    try {
      return discovery.explore(known, seed);
    } catch (RuntimeException e) {
      context.error(ScanError.of("live discovery", e));
      return List.of();
    }
  }

  private void runActive(
      ScanSession session, ExchangeLog log, ScanContext context, ExecutorService pool) {
    Map<Category, List<ActiveCheck>> byCategory = group(activeChecks, context);
    ExecutorService categories =
        Executors.newFixedThreadPool(Math.max(1, byCategory.size()), LiveScan::daemon);
    try {
      List<Future<?>> pending = new ArrayList<>();
      for (List<ActiveCheck> checks : byCategory.values()) {
        pending.add(
            categories.submit(
                () -> {
                  for (ActiveCheck check : checks) {
                    if (session.stopped()) {
                      return;
                    }
                    guarded(check, context, () -> check.probe(log, session));
                  }
                }));
      }
      await(pending);
    } finally {
      categories.shutdownNow();
    }
  }

  private void runPassive(
      ScanSession session, ExchangeLog log, ScanContext context, ExecutorService pool) {
    Map<Category, List<PassiveCheck>> byCategory = group(passive, context);
    List<Exchange> all = log.all();
    List<Future<?>> pending = new ArrayList<>();
    for (List<PassiveCheck> checks : byCategory.values()) {
      pending.add(
          pool.submit(
              () -> {
                for (PassiveCheck check : checks) {
                  for (Exchange exchange : all) {
                    guarded(check, context, () -> check.inspect(exchange, session));
                  }
                }
              }));
    }
    await(pending);
  }

  private static <T extends LiveCheck> Map<Category, List<T>> group(
      List<T> checks, ScanContext context) {
    Map<Category, List<T>> out = new EnumMap<>(Category.class);
    for (T check : checks) {
      if (context.policy().enabled(check.meta().id())) {
        out.computeIfAbsent(check.meta().category(), c -> new ArrayList<>()).add(check);
      }
    }
    return out;
  }

  private static void guarded(LiveCheck check, ScanContext context, Runnable body) {
    try {
      body.run();
    } catch (RuntimeException e) {
      context.error(ScanError.of(check.meta().id(), e));
    }
  }

  private static void await(List<Future<?>> pending) {
    for (Future<?> f : pending) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (java.util.concurrent.ExecutionException e) {
        // guarded() already turned check failures into scan errors
      }
    }
  }

  private void markAssessed(ScanContext context) {
    for (LiveCheck check : passive) {
      context.assessed(check.meta().category());
    }
    for (LiveCheck check : activeChecks) {
      context.assessed(check.meta().category());
    }
  }

  private Credentials credentials() throws BadTargetException {
    for (String line : options.headers()) {
      requireHeader(line, "--header");
    }
    for (String line : options.identityB()) {
      requireHeader(line, "--identity-b");
    }
    return Credentials.parse(options.headers(), options.identityB());
  }

  private static void requireHeader(String line, String flag) throws BadTargetException {
    if (dev.bulwark.live.engine.Header.parse(line).isEmpty()) {
      throw new BadTargetException(flag + " must look like 'Name: value'");
    }
  }

  /** Automatic budget: room for discovery plus a fixed share per operation. */
  int budget() {
    if (options.maxRequests() > 0) {
      return options.maxRequests();
    }
    int operations = givenModel.map(m -> m.operations().size()).orElse(20);
    return Math.min(2000, 150 + 12 * operations);
  }

  private static void validate(URI base) throws BadTargetException {
    String scheme =
        base.getScheme() == null ? "" : base.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
      throw new BadTargetException(base + ": the live lens needs an http:// or https:// URL");
    }
  }

  private static boolean hasPath(URI uri) {
    return uri.getRawPath() != null && !uri.getRawPath().replaceAll("/+$", "").isEmpty();
  }

  private static Optional<Boolean> credentialsAccepted(ExchangeLog log, Credentials credentials) {
    if (!credentials.has(Identity.PRIMARY)) {
      return Optional.empty();
    }
    List<Exchange> used =
        log.matching(e -> e.identity() == Identity.PRIMARY && e.response().isPresent());
    if (used.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(used.stream().anyMatch(e -> e.status() != 401 && e.status() != 403));
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "bulwark-live");
    t.setDaemon(true);
    return t;
  }

  /** The canary listener: opened on first use, and only for a local target. */
  private static final class CanaryHolder implements AutoCloseable {
    private final boolean allowed;
    private Optional<CanaryServer> server = Optional.empty();
    private boolean tried;

    CanaryHolder(boolean allowed) {
      this.allowed = allowed;
    }

    synchronized Optional<Canary> get() {
      if (allowed && !tried) {
        tried = true;
        try {
          server = Optional.of(CanaryServer.start());
        } catch (IOException e) {
          server = Optional.empty();
        }
      }
      return server.map(s -> s);
    }

    @Override
    public synchronized void close() {
      server.ifPresent(CanaryServer::close);
    }
  }
}
