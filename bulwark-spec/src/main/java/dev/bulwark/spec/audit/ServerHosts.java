package dev.bulwark.spec.audit;

import dev.bulwark.spec.load.JsonPointers;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The document's servers with their pointers, and what kind of host each names. */
public final class ServerHosts {
  private static final Pattern PRIVATE_V4 =
      Pattern.compile("^(10\\.\\d+|172\\.(1[6-9]|2\\d|3[01])|192\\.168|169\\.254)\\.\\d+\\.\\d+$");
  private static final List<String> PRIVATE_SUFFIXES =
      List.of(".internal", ".local", ".corp", ".lan", ".intranet", ".intra", ".home.arpa");

  private ServerHosts() {}

  /** A declared server: its URL (variables replaced by defaults) and where it is written. */
  public record DeclaredServer(String url, String pointer) {
    public Optional<String> host() {
      try {
        String u = url.replaceAll("\\{[^}]*}", "x");
        return Optional.ofNullable(URI.create(u).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    public boolean plainHttp() {
      return url.toLowerCase(Locale.ROOT).startsWith("http://");
    }
  }

  public static List<DeclaredServer> declared(OpenAPI api) {
    List<DeclaredServer> out = new ArrayList<>();
    if (api.getServers() == null) {
      return out;
    }
    for (int i = 0; i < api.getServers().size(); i++) {
      Server server = api.getServers().get(i);
      if (server == null || server.getUrl() == null) {
        continue;
      }
      String url = server.getUrl();
      if (server.getVariables() != null) {
        for (var variable : server.getVariables().entrySet()) {
          if (variable.getValue() != null && variable.getValue().getDefault() != null) {
            url = url.replace("{" + variable.getKey() + "}", variable.getValue().getDefault());
          }
        }
      }
      out.add(new DeclaredServer(url, JsonPointers.child("/servers", i)));
    }
    return out;
  }

  /** localhost and loopback addresses: a developer's machine. */
  public static boolean loopback(String host) {
    String h = stripBrackets(host);
    return "localhost".equals(h)
        || h.endsWith(".localhost")
        || h.startsWith("127.")
        || "::1".equals(h)
        || "0.0.0.0".equals(h);
  }

  /** RFC 1918 / link-local addresses and internal-only DNS names. */
  public static boolean privateHost(String host) {
    String h = stripBrackets(host);
    if (PRIVATE_V4.matcher(h).matches()) {
      return true;
    }
    boolean ipv6 = h.contains(":");
    if (ipv6 && (h.startsWith("fc") || h.startsWith("fd") || h.startsWith("fe80"))) {
      return true;
    }
    return PRIVATE_SUFFIXES.stream().anyMatch(h::endsWith);
  }

  private static String stripBrackets(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
