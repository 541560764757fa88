package dev.bulwark.server.mcp;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

/**
 * Decides which hosts the MCP server may send requests to: loopback and private addresses always
 * (where teams test before they ship), anything else only when the configuration allow-lists it.
 * Link-local addresses (cloud metadata lives there) count as public.
 */
final class HostPolicy {
  private final List<String> allowed;

  HostPolicy(List<String> allowedHosts) {
    this.allowed = allowedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT).trim()).toList();
  }

  /**
   * Checks a URL's host.
   *
   * @throws ToolException naming the host and how to allow it, when it is not allowed
   */
  void check(URI url) throws ToolException {
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      throw new ToolException("the URL " + url + " has no host");
    }
    String name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
    if (allowListed(name)) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(name);
    } catch (UnknownHostException e) {
      throw new ToolException("cannot resolve the host " + name);
    }
    for (InetAddress address : addresses) {
      if (!isLocalOrPrivate(address)) {
        throw new ToolException(
            "the host "
                + name
                + " is neither loopback nor private; add it to the MCP server's allowed hosts"
                + " (bulwark mcp --allow-host "
                + name
                + ") to scan it");
      }
    }
  }

  private boolean allowListed(String host) {
    for (String entry : allowed) {
      if (entry.equals(host) || (entry.startsWith("*.") && host.endsWith(entry.substring(1)))) {
        return true;
      }
    }
    return false;
  }

  static boolean isLocalOrPrivate(InetAddress address) {
    if (address.isLoopbackAddress() || address.isSiteLocalAddress()) {
      return true;
    }
    if (address instanceof Inet6Address) {
      // Unique local addresses fc00::/7, the IPv6 private range.
      return (address.getAddress()[0] & 0xfe) == 0xfc;
    }
    byte[] ip = address.getAddress();
    // 100.64.0.0/10, carrier-grade NAT: private to its network.
    return (ip[0] & 0xff) == 100 && (ip[1] & 0xc0) == 64;
  }
}
