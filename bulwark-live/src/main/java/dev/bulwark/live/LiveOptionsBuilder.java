package dev.bulwark.live;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Builds {@link LiveOptions} one component at a time, starting from the defaults or a copy. */
public final class LiveOptionsBuilder {
  private List<String> headers;
  private List<String> identityB;
  private boolean active;
  private int maxRequests;
  private int concurrency;
  private double ratePerSecond;
  private Duration timeout;
  private Duration maxDuration;
  private List<String> allowHosts;
  private boolean dryRun;
  private long maxResponseBytes;
  private Duration retryAfterCap;
  private Optional<String> proxy;
  private Optional<Path> caCert;
  private Optional<Path> clientCert;
  private String clientCertPassword;
  private List<String> authCommand;
  private Optional<Path> harFile;

  private LiveOptionsBuilder() {}

  public static LiveOptionsBuilder defaults() {
    return from(LiveOptions.defaults());
  }

  public static LiveOptionsBuilder from(LiveOptions o) {
    LiveOptionsBuilder b = new LiveOptionsBuilder();
    b.headers = o.headers();
    b.identityB = o.identityB();
    b.active = o.active();
    b.maxRequests = o.maxRequests();
    b.concurrency = o.concurrency();
    b.ratePerSecond = o.ratePerSecond();
    b.timeout = o.timeout();
    b.maxDuration = o.maxDuration();
    b.allowHosts = o.allowHosts();
    b.dryRun = o.dryRun();
    b.maxResponseBytes = o.maxResponseBytes();
    b.retryAfterCap = o.retryAfterCap();
    b.proxy = o.proxy();
    b.caCert = o.caCert();
    b.clientCert = o.clientCert();
    b.clientCertPassword = o.clientCertPassword();
    b.authCommand = o.authCommand();
    b.harFile = o.harFile();
    return b;
  }

  public LiveOptionsBuilder headers(List<String> value) {
    this.headers = value;
    return this;
  }

  public LiveOptionsBuilder identityB(List<String> value) {
    this.identityB = value;
    return this;
  }

  public LiveOptionsBuilder active(boolean value) {
    this.active = value;
    return this;
  }

  public LiveOptionsBuilder maxRequests(int value) {
    this.maxRequests = value;
    return this;
  }

  public LiveOptionsBuilder concurrency(int value) {
    this.concurrency = value;
    return this;
  }

  public LiveOptionsBuilder ratePerSecond(double value) {
    this.ratePerSecond = value;
    return this;
  }

  public LiveOptionsBuilder timeout(Duration value) {
    this.timeout = value;
    return this;
  }

  public LiveOptionsBuilder maxDuration(Duration value) {
    this.maxDuration = value;
    return this;
  }

  public LiveOptionsBuilder allowHosts(List<String> value) {
    this.allowHosts = value;
    return this;
  }

  public LiveOptionsBuilder dryRun(boolean value) {
    this.dryRun = value;
    return this;
  }

  public LiveOptionsBuilder maxResponseBytes(long value) {
    this.maxResponseBytes = value;
    return this;
  }

  public LiveOptionsBuilder retryAfterCap(Duration value) {
    this.retryAfterCap = value;
    return this;
  }

  public LiveOptionsBuilder proxy(Optional<String> value) {
    this.proxy = value;
    return this;
  }

  public LiveOptionsBuilder caCert(Optional<Path> value) {
    this.caCert = value;
    return this;
  }

  public LiveOptionsBuilder clientCert(Optional<Path> value) {
    this.clientCert = value;
    return this;
  }

  public LiveOptionsBuilder clientCertPassword(String value) {
    this.clientCertPassword = value;
    return this;
  }

  public LiveOptionsBuilder authCommand(List<String> value) {
    this.authCommand = value;
    return this;
  }

  public LiveOptionsBuilder harFile(Optional<Path> value) {
    this.harFile = value;
    return this;
  }

  public LiveOptions build() {
    return new LiveOptions(
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
        maxResponseBytes,
        retryAfterCap,
        proxy,
        caCert,
        clientCert,
        clientCertPassword,
        authCommand,
        harFile);
  }
}
