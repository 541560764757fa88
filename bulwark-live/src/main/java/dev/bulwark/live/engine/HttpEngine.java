package dev.bulwark.live.engine;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanStats;
import dev.bulwark.live.LiveOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The one gate every request of a live scan goes through. It owns the HTTP client, the request
 * budget, the rate limiter (with back-off on 429/503), the concurrency bound, the per-request
 * timeout, the scan's deadline, the response-size cap, the scope and the method policy, and it
 * records every exchange in the shared {@link ExchangeLog}.
 */
public final class HttpEngine implements AutoCloseable {
  private static final String USER_AGENT = "Bulwark/0.1 (+security scan; read-only)";
  private static final int MAX_REDIRECTS = 3;

  private final URI base;
  private final LiveOptions options;
  private final Credentials credentials;
  private final ExchangeLog log;
  private final ScanStats stats;
  private final Scope scope;
  private final MethodPolicy policy;
  private final RateLimiter rate;
  private final Semaphore slots;
  private final AtomicInteger budget;
  private final int budgetLimit;
  private final long deadlineNanos;
  private final BooleanSupplier cancelled;
  private final Consumer<ScanError> errors;
  private final AuthRefresher refresher;
  private final ExecutorService executor;
  private final HttpClient client;
  private final AtomicLong ids = new AtomicLong();
  private final AtomicInteger refused = new AtomicInteger();
  private final ConcurrentLinkedQueue<PlannedRequest> planned = new ConcurrentLinkedQueue<>();

  public HttpEngine(
      URI base,
      LiveOptions options,
      Credentials credentials,
      ExchangeLog log,
      ScanStats stats,
      MethodPolicy policy,
      int budget,
      BooleanSupplier cancelled,
      Consumer<ScanError> errors)
      throws BadTargetException {
    this.base = base;
    this.options = options;
    this.credentials = credentials;
    this.log = log;
    this.stats = stats;
    this.scope = new Scope(base, options.allowHosts());
    this.policy = policy;
    this.rate = new RateLimiter(options.ratePerSecond(), options.retryAfterCap());
    this.slots = new Semaphore(options.concurrency());
    this.budget = new AtomicInteger(budget);
    this.budgetLimit = budget;
    this.deadlineNanos = System.nanoTime() + options.maxDuration().toNanos();
    this.cancelled = cancelled;
    this.errors = errors;
    this.refresher = new AuthRefresher(options.authCommand(), options.timeout());
    this.executor =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "bulwark-http");
              t.setDaemon(true);
              return t;
            });
    this.client = HttpClientFactory.build(options, executor);
  }

  public URI base() {
    return base;
  }

  public Scope scope() {
    return scope;
  }

  public Credentials credentials() {
    return credentials;
  }

  public int budgetLimit() {
    return budgetLimit;
  }

  public int budgetLeft() {
    return Math.max(0, budget.get());
  }

  public int refusedCount() {
    return refused.get();
  }

  public List<PlannedRequest> planned() {
    return List.copyOf(planned);
  }

  /** True once the deadline passed or the user stopped the scan. */
  public boolean stopped() {
    return cancelled.getAsBoolean() || System.nanoTime() - deadlineNanos > 0;
  }

  /**
   * The first request of a scan, which proves the target answers at all.
   *
   * @throws BadTargetException when the host does not resolve or refuses connections
   */
  public Exchange preflight(ProbeRequest request) throws BadTargetException {
    URI uri = resolve(request.target());
    budget.decrementAndGet();
    Attempt attempt = execute(request, uri);
    Throwable failure = attempt.failure();
    if (failure != null && Failures.isUnreachable(failure)) {
      throw new BadTargetException(
          base + ": cannot connect (" + Failures.unreachableReason(failure) + ")", failure);
    }
    return attempt.exchange();
  }

  /**
   * Sends a request if policy, scope, budget and time allow; the exchange is recorded in the log.
   * Empty when the request was not sent (refused, or planned only in a dry run).
   */
  public Optional<Exchange> send(ProbeRequest request) {
    URI uri;
    try {
      uri = resolve(request.target());
    } catch (IllegalArgumentException e) {
      error(request.purpose(), "not a valid URL: " + credentials.scrub(request.target()));
      return Optional.empty();
    }
    if (!scope.allows(uri)) {
      refused.incrementAndGet();
      return Optional.empty();
    }
    Optional<String> denied = policy.refusal(request, uri.getRawPath());
    if (denied.isPresent() || stopped()) {
      refused.incrementAndGet();
      return Optional.empty();
    }
    if (budget.getAndDecrement() <= 0) {
      budget.incrementAndGet();
      refused.incrementAndGet();
      return Optional.empty();
    }
    if (options.dryRun()) {
      planned.add(
          new PlannedRequest(
              request.method(),
              credentials.scrub(uri.toString()),
              request.identity().name().toLowerCase(java.util.Locale.ROOT),
              request.purpose()));
      return Optional.empty();
    }
    Attempt attempt = execute(request, uri);
    if (attempt.failure() != null) {
      error(
          request.method() + " " + credentials.scrub(uri.getRawPath()),
          Failures.oneLine(Failures.rootCause(attempt.failure())));
    }
    if (request.identity() == Identity.PRIMARY
        && attempt.exchange().status() == 401
        && refresher.configured()) {
      Optional<Header> fresh = refresher.refresh();
      if (fresh.isPresent()) {
        credentials.refreshPrimary(List.of(fresh.get()));
        return send(request);
      }
    }
    return Optional.of(attempt.exchange());
  }

  /**
   * Sends a request and follows in-scope redirects (each hop costs budget); a redirect off scope or
   * a loop is recorded as an error and not followed.
   */
  public Optional<Exchange> sendFollowing(ProbeRequest request) {
    return new RedirectFollower(this, MAX_REDIRECTS).send(request);
  }

  /**
   * Whether the target completes a TLS handshake with a legacy version ({@code TLSv1}, {@code
   * TLSv1.1}); costs one request of the budget. Empty when not asked (not https, budget, dry run,
   * time) or when the host could not be reached.
   */
  public Optional<Boolean> acceptsLegacyTls(String versionName, String purpose) {
    Optional<org.bouncycastle.tls.ProtocolVersion> version = TlsVersionProber.version(versionName);
    if (version.isEmpty() || !"https".equalsIgnoreCase(base.getScheme()) || stopped()) {
      return Optional.empty();
    }
    if (budget.getAndDecrement() <= 0) {
      budget.incrementAndGet();
      refused.incrementAndGet();
      return Optional.empty();
    }
    int port = base.getPort() == -1 ? 443 : base.getPort();
    if (options.dryRun()) {
      planned.add(
          new PlannedRequest(
              "TLS",
              "https://" + base.getHost() + ":" + port + "/",
              "anonymous",
              purpose + " " + versionName));
      return Optional.empty();
    }
    try {
      stats.addRequest();
      return Optional.of(
          TlsVersionProber.accepts(base.getHost(), port, version.get(), options.timeout()));
    } catch (IOException e) {
      error("TLS " + versionName, Failures.oneLine(Failures.rootCause(e)));
      return Optional.empty();
    }
  }

  private record Attempt(Exchange exchange, Throwable failure) {}

  private Attempt execute(ProbeRequest request, URI uri) {
    List<Header> sent = new ArrayList<>();
    sent.add(new Header("User-Agent", USER_AGENT));
    sent.addAll(credentials.headersFor(request.identity()));
    sent.addAll(request.headers());
    long started = System.nanoTime();
    boolean acquired = false;
    try {
      slots.acquire();
      acquired = true;
      if (!rate.acquire(deadlineNanos)) {
        return failed(request, uri, sent, started, new TimeoutException("scan time limit reached"));
      }
      HttpRequest.Builder builder =
          HttpRequest.newBuilder(uri)
              .timeout(options.timeout())
              .method(
                  request.method(),
                  request
                      .body()
                      .map(b -> HttpRequest.BodyPublishers.ofString(b, StandardCharsets.UTF_8))
                      .orElse(HttpRequest.BodyPublishers.noBody()));
      for (Header h : sent) {
        builder.header(h.name(), h.value());
      }
      stats.addRequest();
      CompletableFuture<HttpResponse<CappedBodySubscriber.Body>> future =
          client.sendAsync(
              builder.build(), info -> new CappedBodySubscriber(options.maxResponseBytes()));
      HttpResponse<CappedBodySubscriber.Body> response;
      try {
        response = future.get(options.timeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        future.cancel(true);
        return failed(
            request,
            uri,
            sent,
            started,
            new TimeoutException("timed out after " + options.timeout().toMillis() + " ms"));
      }
      ResponseData data = toData(response, uri);
      backOffIfOverloaded(data);
      Exchange exchange = record(request, uri, sent, Optional.of(data), Optional.empty(), started);
      return new Attempt(exchange, null);
    } catch (ExecutionException e) {
      return failed(request, uri, sent, started, e.getCause() == null ? e : e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(request, uri, sent, started, e);
    } catch (IOException | RuntimeException e) {
      return failed(request, uri, sent, started, e);
    } finally {
      if (acquired) {
        slots.release();
      }
    }
  }

  private ResponseData toData(HttpResponse<CappedBodySubscriber.Body> response, URI uri)
      throws IOException {
    CappedBodySubscriber.Body raw = response.body();
    String encoding = response.headers().firstValue("content-encoding").orElse("");
    BodyDecoder.Decoded decoded;
    try {
      decoded = BodyDecoder.decode(raw.bytes(), encoding, options.maxResponseBytes());
    } catch (IOException e) {
      error("GET " + uri.getRawPath(), "undecodable " + encoding + " body");
      decoded = new BodyDecoder.Decoded(new byte[0], true);
    }
    boolean truncated = raw.truncated() || decoded.truncated();
    if (truncated) {
      error(
          response.request().method() + " " + credentials.scrub(uri.getRawPath()),
          "response larger than " + options.maxResponseBytes() + " bytes, cut at the cap");
    }
    return new ResponseData(
        response.statusCode(),
        response.version().name(),
        response.headers().map(),
        new String(decoded.bytes(), StandardCharsets.UTF_8),
        truncated);
  }

  private void backOffIfOverloaded(ResponseData data) {
    if (data.status() == 429 || data.status() == 503) {
      rate.backOff(
          data.header("retry-after").map(RateLimiter::retryAfter).orElse(Duration.ofMillis(500)));
    }
  }

  private Attempt failed(
      ProbeRequest request, URI uri, List<Header> sent, long started, Throwable failure) {
    Exchange exchange =
        record(
            request,
            uri,
            sent,
            Optional.empty(),
            Optional.of(Failures.oneLine(Failures.rootCause(failure))),
            started);
    return new Attempt(exchange, failure);
  }

  private Exchange record(
      ProbeRequest request,
      URI uri,
      List<Header> sent,
      Optional<ResponseData> response,
      Optional<String> error,
      long started) {
    Exchange exchange =
        new Exchange(
            ids.incrementAndGet(),
            request,
            uri,
            sent,
            response,
            error,
            Duration.ofNanos(System.nanoTime() - started));
    log.add(exchange);
    return exchange;
  }

  private URI resolve(String target) {
    if (target.startsWith("http://") || target.startsWith("https://")) {
      return URI.create(target);
    }
    String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
    String path = target.startsWith("/") ? target : "/" + target;
    if (!basePath.isEmpty() && path.startsWith(basePath + "/")) {
      path = path.substring(basePath.length());
    }
    return URI.create(base.getScheme() + "://" + base.getRawAuthority() + basePath + path);
  }

  void error(String source, String message) {
    errors.accept(new ScanError(credentials.scrub(source), credentials.scrub(message)));
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
