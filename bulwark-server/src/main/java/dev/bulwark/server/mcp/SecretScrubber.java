package dev.bulwark.server.mcp;

import java.util.Comparator;
import java.util.List;

/**
 * Removes values the caller handed over as secrets (header values of an authenticated scan) from
 * any text before it leaves the server, in case a lens or an error message quoted one.
 */
final class SecretScrubber {
  static final SecretScrubber NONE = new SecretScrubber(List.of());
  private static final int MIN_LENGTH = 4;

  private final List<String> secrets;

  SecretScrubber(List<String> secrets) {
    this.secrets =
        secrets.stream()
            .map(String::strip)
            .filter(s -> s.length() >= MIN_LENGTH)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();
  }

  /** The values of {@code Name: value} headers. */
  static SecretScrubber forHeaders(List<String> headers) {
    return new SecretScrubber(
        headers.stream()
            .filter(h -> h.indexOf(':') > 0)
            .map(h -> h.substring(h.indexOf(':') + 1))
            .toList());
  }

  boolean isEmpty() {
    return secrets.isEmpty();
  }

  String scrub(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, "[redacted]");
    }
    return out;
  }
}
