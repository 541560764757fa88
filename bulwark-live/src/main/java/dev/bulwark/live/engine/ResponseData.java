package dev.bulwark.live.engine;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A response as the engine read it: status, headers (names lower-cased), and the body decoded as
 * UTF-8, cut at the size cap.
 */
public record ResponseData(
    int status, String version, Map<String, List<String>> headers, String body, boolean truncated) {

  public ResponseData {
    TreeMap<String, List<String>> lower = new TreeMap<>();
    headers.forEach(
        (name, values) ->
            lower
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                .addAll(values));
    lower.replaceAll((k, v) -> List.copyOf(v));
    headers = java.util.Collections.unmodifiableMap(lower);
  }

  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  public List<String> headerValues(String name) {
    return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  public boolean isRedirect() {
    return status >= 300 && status < 400 && header("location").isPresent();
  }

  public String contentType() {
    return header("content-type").orElse("").toLowerCase(Locale.ROOT);
  }

  public boolean isJson() {
    String type = contentType();
    if (type.contains("json")) {
      return true;
    }
    String start = body.stripLeading();
    return type.isEmpty() && (start.startsWith("{") || start.startsWith("["));
  }

  /** A 2xx with a body worth reading (not an empty list or object). */
  public boolean hasData() {
    String trimmed = body.strip();
    return isSuccess()
        && !trimmed.isEmpty()
        && !trimmed.equals("{}")
        && !trimmed.equals("[]")
        && !trimmed.equals("null");
  }
}
