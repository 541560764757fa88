package dev.bulwark.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a demo route sees of a request.
 *
 * @param headers first value of each header, names in lower case
 */
record DemoRequest(
    String method,
    String path,
    Map<String, String> query,
    Map<String, String> headers,
    byte[] body) {

  DemoRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  Optional<String> param(String name) {
    return Optional.ofNullable(query.get(name));
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Parses {@code a=1&b=2}; the first value of a repeated name wins, as in Flask's args.get. */
  static Map<String, String> parseQuery(String raw) {
    Map<String, String> out = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.putIfAbsent(name, value);
    }
    return out;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
