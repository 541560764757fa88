package dev.bulwark.live.engine;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Where requests may go: the target's origin, plus hosts the user allowed. */
public final class Scope {
  private final String scheme;
  private final String host;
  private final int port;
  private final Set<String> allowedHosts;

  public Scope(URI base, List<String> allowHosts) {
    this.scheme = base.getScheme().toLowerCase(Locale.ROOT);
    this.host = base.getHost().toLowerCase(Locale.ROOT);
    this.port = effectivePort(base);
    this.allowedHosts =
        allowHosts.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
  }

  public boolean allows(URI uri) {
    if (uri.getHost() == null || uri.getScheme() == null) {
      return false;
    }
    String otherHost = uri.getHost().toLowerCase(Locale.ROOT);
    if (allowedHosts.contains(otherHost)) {
      return true;
    }
    return otherHost.equals(host)
        && uri.getScheme().equalsIgnoreCase(scheme)
        && effectivePort(uri) == port;
  }

  private static int effectivePort(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  /** True when the target is this machine, where the scanner may open a canary listener. */
  public boolean isLoopback() {
    return host.equals("localhost")
        || host.startsWith("127.")
        || host.equals("[::1]")
        || host.equals("::1");
  }
}
