package dev.bulwark.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Limits and identity of a live scan.
 *
 * @param headers extra request headers ({@code Name: value}) for an authenticated scan; values
 *     already resolved (the CLI resolves {@code env:VAR} and {@code @file})
 * @param identityB headers of a second identity, for cross-user BOLA/BFLA checks
 * @param active allow methods beyond GET/HEAD/OPTIONS on operations the spec declares
 * @param maxRequests the request budget; 0 means automatic (scaled to the number of operations)
 * @param ratePerSecond the steady request rate; 0 or less means unlimited
 * @param timeout per request, from sending to the last byte of the body
 * @param maxDuration the whole scan's time limit
 * @param allowHosts hosts besides the target's own that requests may go to
 * @param dryRun plan the requests without sending any
 * @param maxResponseBytes the largest body read from one response (after decompression)
 * @param retryAfterCap the longest a {@code Retry-After} is honoured
 * @param proxy an HTTP proxy as {@code host:port}
 * @param caCert a PEM file of extra certificate authorities to trust
 * @param clientCert a PKCS#12 file holding the client certificate and key for mTLS
 * @param clientCertPassword the PKCS#12 file's password (may be empty)
 * @param authCommand a command whose first output line is a fresh credential ({@code Header:
 *     value}, or a bare token sent as a bearer token), run when the credentials expire mid-scan
 * @param harFile where to write every exchange, redacted, as HAR 1.2
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
    boolean dryRun,
    long maxResponseBytes,
    Duration retryAfterCap,
    Optional<String> proxy,
    Optional<Path> caCert,
    Optional<Path> clientCert,
    String clientCertPassword,
    List<String> authCommand,
    Optional<Path> harFile) {

  public LiveOptions {
    headers = List.copyOf(headers);
    identityB = List.copyOf(identityB);
    allowHosts = List.copyOf(allowHosts);
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(maxDuration, "maxDuration");
    Objects.requireNonNull(retryAfterCap, "retryAfterCap");
    Objects.requireNonNull(proxy, "proxy");
    Objects.requireNonNull(caCert, "caCert");
    Objects.requireNonNull(clientCert, "clientCert");
    Objects.requireNonNull(clientCertPassword, "clientCertPassword");
    authCommand = List.copyOf(authCommand);
    Objects.requireNonNull(harFile, "harFile");
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1");
    }
    if (maxRequests < 0) {
      throw new IllegalArgumentException("max requests must be 0 (automatic) or more");
    }
  }

  /** The compatible constructor of the first contract; the new limits take their defaults. */
  public LiveOptions(
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
    this(
        headers,
        identityB,
        active,
        maxRequests,
        concurrency,
        ratePerSecond,
        timeout,
        maxDuration,
        allowHosts,
        dryRun,
        DEFAULT_MAX_RESPONSE_BYTES,
        Duration.ofSeconds(5),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "",
        List.of(),
        Optional.empty());
  }

  public static final long DEFAULT_MAX_RESPONSE_BYTES = 1024L * 1024;

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

  public LiveOptions withHeaders(List<String> value) {
    return LiveOptionsBuilder.from(this).headers(value).build();
  }

  public LiveOptions withIdentityB(List<String> value) {
    return LiveOptionsBuilder.from(this).identityB(value).build();
  }

  public LiveOptions withActive(boolean value) {
    return LiveOptionsBuilder.from(this).active(value).build();
  }

  public LiveOptions withMaxRequests(int value) {
    return LiveOptionsBuilder.from(this).maxRequests(value).build();
  }

  public LiveOptions withRate(double value) {
    return LiveOptionsBuilder.from(this).ratePerSecond(value).build();
  }

  public LiveOptions withTimeout(Duration value) {
    return LiveOptionsBuilder.from(this).timeout(value).build();
  }

  public LiveOptions withMaxDuration(Duration value) {
    return LiveOptionsBuilder.from(this).maxDuration(value).build();
  }

  public LiveOptions withDryRun(boolean value) {
    return LiveOptionsBuilder.from(this).dryRun(value).build();
  }

  public LiveOptions withMaxResponseBytes(long value) {
    return LiveOptionsBuilder.from(this).maxResponseBytes(value).build();
  }

  public LiveOptions withRetryAfterCap(Duration value) {
    return LiveOptionsBuilder.from(this).retryAfterCap(value).build();
  }

  public LiveOptions withAllowHosts(List<String> value) {
    return LiveOptionsBuilder.from(this).allowHosts(value).build();
  }

  public LiveOptions withAuthCommand(List<String> value) {
    return LiveOptionsBuilder.from(this).authCommand(value).build();
  }

  public LiveOptions withHarFile(Optional<Path> value) {
    return LiveOptionsBuilder.from(this).harFile(value).build();
  }

  public LiveOptions withConcurrency(int value) {
    return LiveOptionsBuilder.from(this).concurrency(value).build();
  }

  public LiveOptions withTls(
      Optional<String> proxyValue,
      Optional<Path> caCertValue,
      Optional<Path> clientCertValue,
      String password) {
    return LiveOptionsBuilder.from(this)
        .proxy(proxyValue)
        .caCert(caCertValue)
        .clientCert(clientCertValue)
        .clientCertPassword(password)
        .build();
  }
}
