package dev.bulwark.live.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Same-origin paths mentioned in a JSON body ({@code "next": "/api/users?page=2"}, links). */
public final class JsonLinks {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~/-]{1,120}");
  private static final int MAX_NODES = 5000;

  private JsonLinks() {}

  /** Parses a JSON body; empty when it is not JSON. */
  public static Optional<JsonNode> parse(String body) {
    try {
      return Optional.ofNullable(MAPPER.readTree(body));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Paths on {@code base}'s origin found in string values, at most {@code limit}. */
  public static Set<String> paths(JsonNode root, URI base, int limit) {
    Set<String> out = new LinkedHashSet<>();
    java.util.ArrayDeque<JsonNode> queue = new java.util.ArrayDeque<>();
    queue.add(root);
    int visited = 0;
    while (!queue.isEmpty() && out.size() < limit && visited++ < MAX_NODES) {
      JsonNode node = queue.poll();
      if (node.isTextual()) {
        toPath(node.asText(), base).ifPresent(out::add);
      } else {
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
          queue.add(it.next());
        }
      }
    }
    return out;
  }

  private static Optional<String> toPath(String text, URI base) {
    String value = text.strip();
    if (value.startsWith("http://") || value.startsWith("https://")) {
      try {
        URI uri = URI.create(value);
        if (!base.getHost().equalsIgnoreCase(uri.getHost()) || uri.getPort() != base.getPort()) {
          return Optional.empty();
        }
        value = uri.getRawPath() == null ? "" : uri.getRawPath();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    } else {
      int query = value.indexOf('?');
      value = query >= 0 ? value.substring(0, query) : value;
    }
    if (!PATH.matcher(value).matches() || value.contains("//") || value.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(value);
  }
}
