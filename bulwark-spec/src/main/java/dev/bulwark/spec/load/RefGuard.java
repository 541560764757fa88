package dev.bulwark.spec.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.core.BadTargetException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks at every {@code $ref} before the OpenAPI parser does: refuses chains of references that
 * only point at each other (the parser would loop), and, unless the user allows it, removes
 * references to other hosts so nothing is fetched from them.
 */
public final class RefGuard {
  private static final int MAX_CHAIN = 64;

  private RefGuard() {}

  /**
   * Checks and rewrites {@code root} in place.
   *
   * @return one message per remote reference removed
   */
  public static List<String> apply(JsonNode root, String origin, boolean allowRemote)
      throws BadTargetException {
    List<String> removed = new ArrayList<>();
    Optional<String> originHost = hostOf(origin);
    walk(root, root, "", origin, originHost, allowRemote, removed, 0);
    return removed;
  }

  /** True when the document refers to anything outside itself (another file or a URL). */
  public static boolean hasExternalRefs(JsonNode node) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual() && !ref.asText().startsWith("#")) {
        return true;
      }
    }
    for (JsonNode child : node) {
      if (child.isContainerNode() && hasExternalRefs(child)) {
        return true;
      }
    }
    return false;
  }

  private static void walk(
      JsonNode root,
      JsonNode node,
      String pointer,
      String origin,
      Optional<String> originHost,
      boolean allowRemote,
      List<String> removed,
      int depth)
      throws BadTargetException {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        String target = ref.asText();
        if (target.startsWith("#")) {
          checkChain(root, pointer, target, origin);
        } else if (!allowRemote && isForeignHost(target, originHost)) {
          object.remove("$ref");
          object.put("description", "remote $ref not fetched: " + target);
          removed.add("remote $ref not fetched (use allowRemoteRefs): " + target);
        }
      }
      for (Map.Entry<String, JsonNode> field : iterable(object)) {
        if (field.getValue().isContainerNode()) {
          walk(
              root,
              field.getValue(),
              JsonPointers.child(pointer, field.getKey()),
              origin,
              originHost,
              allowRemote,
              removed,
              depth + 1);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (node.get(i).isContainerNode()) {
          walk(
              root,
              node.get(i),
              JsonPointers.child(pointer, i),
              origin,
              originHost,
              allowRemote,
              removed,
              depth + 1);
        }
      }
    }
  }

  /** Follows a local reference through nodes that are nothing but another reference. */
  private static void checkChain(JsonNode root, String from, String target, String origin)
      throws BadTargetException {
    Set<String> seen = new HashSet<>();
    seen.add(from);
    String current = target.substring(1);
    for (int i = 0; i < MAX_CHAIN; i++) {
      if (!seen.add(current)) {
        throw new BadTargetException(
            origin + ": $ref cycle: " + from + " refers to itself through " + current);
      }
      JsonNode next = root.at(current);
      JsonNode ref = next.isObject() && next.size() == 1 ? next.get("$ref") : null;
      if (ref == null || !ref.isTextual() || !ref.asText().startsWith("#")) {
        return;
      }
      current = ref.asText().substring(1);
    }
    throw new BadTargetException(origin + ": $ref chain longer than " + MAX_CHAIN + " at " + from);
  }

  private static boolean isForeignHost(String target, Optional<String> originHost) {
    String lower = target.toLowerCase(Locale.ROOT);
    if (!lower.startsWith("http://") && !lower.startsWith("https://") && !lower.startsWith("//")) {
      return false;
    }
    Optional<String> host = hostOf(lower.startsWith("//") ? "https:" + target : target);
    return host.isEmpty() || originHost.isEmpty() || !host.get().equals(originHost.get());
  }

  private static Optional<String> hostOf(String ref) {
    if (!DocumentReader.isUrl(ref)) {
      return Optional.empty();
    }
    try {
      URI uri = URI.create(ref);
      return Optional.ofNullable(uri.getHost())
          .map(h -> h.toLowerCase(Locale.ROOT) + ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<Map.Entry<String, JsonNode>> iterable(ObjectNode node) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    node.fields().forEachRemaining(out::add);
    return out;
  }
}
