package dev.bulwark.server;

import dev.bulwark.core.RuleRegistry;
import dev.bulwark.store.ScanStore;
import java.util.Objects;

/**
 * How to run the dashboard.
 *
 * @param store the scan history (the caller opens and closes it)
 * @param rules every rule the scanner knows, for the rule pages
 * @param host the address to listen on; loopback by default. On a loopback address over plain HTTP
 *     the session cookie is sent without the Secure flag (browsers would drop it otherwise); on any
 *     other address the cookie is Secure and a TLS-terminating proxy must front the server.
 * @param port the port, 0 for any free port
 * @param maxUploadBytes uploads larger than this are refused with 413
 */
public record DashboardConfig(
    ScanStore store, RuleRegistry rules, String host, int port, long maxUploadBytes) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 7878;
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 16L * 1024 * 1024;

  public DashboardConfig {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535: " + port);
    }
    if (maxUploadBytes < 1024) {
      throw new IllegalArgumentException("maxUploadBytes must be at least 1024");
    }
  }

  public static DashboardConfig of(ScanStore store, RuleRegistry rules, String host, int port) {
    return new DashboardConfig(store, rules, host, port, DEFAULT_MAX_UPLOAD_BYTES);
  }
}
