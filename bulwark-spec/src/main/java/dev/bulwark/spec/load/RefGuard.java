package dev.bulwark.spec.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.core.BadTargetException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks at every {@code $ref} before the OpenAPI parser does: refuses chains of references that
 * only point at each other (the parser would loop), and, unless the user allows it, finds
 * references to other hosts so they can be removed and nothing is fetched from them.
 */
public final class RefGuard {
  private static final int MAX_CHAIN = 64;

  private RefGuard() {}

  /**
   * A reference that will not be followed: where it is written, what it names, and why.
   *
   * @param reason e.g. {@code remote $ref not fetched (use allowRemoteRefs)}
   */
  public record RemoteRef(String pointer, String target, String reason) {}

  /** What the guard saw. */
  public record Report(List<RemoteRef> remote, boolean external) {
    public Report {
      remote = List.copyOf(remote);
    }

    public List<String> warnings() {
      return remote.stream().map(r -> r.reason() + ": " + r.target()).toList();
    }
  }

  /**
   * Checks every reference of {@code root}.
   *
   * @throws BadTargetException on a cycle of references that only point at each other
   */
  public static Report check(JsonNode root, String origin, boolean allowRemote, long maxBytes)
      throws BadTargetException {
    Walk walk = new Walk(root, origin, hostOf(origin), allowRemote, maxBytes);
    walk.visit(root);
    return new Report(walk.remote, walk.external);
  }

  /** {@code root} itself when nothing is to be removed, else a copy without remote references. */
  public static JsonNode withoutRemoteRefs(JsonNode root, Report report) {
    if (report.remote().isEmpty()) {
      return root;
    }
    JsonNode copy = root.deepCopy();
    for (RemoteRef ref : report.remote()) {
      JsonNode node = copy.at(ref.pointer());
      if (node instanceof ObjectNode object) {
        object.remove("$ref");
        object.put("description", ref.reason() + ": " + ref.target());
      }
    }
    return copy;
  }

  /** One pass over the tree; pointers are built only for the nodes that hold a reference. */
  private static final class Walk {
    private final JsonNode root;
    private final String origin;
    private final Optional<String> originHost;
    private final boolean allowRemote;
    private final long maxBytes;
    private final Deque<String> path = new ArrayDeque<>();
    private final List<RemoteRef> remote = new ArrayList<>();
    private boolean external;

    Walk(
        JsonNode root,
        String origin,
        Optional<String> originHost,
        boolean allowRemote,
        long maxBytes) {
      this.root = root;
      this.origin = origin;
      this.originHost = originHost;
      this.allowRemote = allowRemote;
      this.maxBytes = maxBytes;
    }

    void visit(JsonNode node) throws BadTargetException {
      if (node.isObject()) {
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.isTextual()) {
          String target = ref.asText();
          if (target.startsWith("#")) {
            checkChain(pointer(), target);
          } else {
            external = true;
            if (!allowRemote && isForeignHost(target, originHost)) {
              remote.add(
                  new RemoteRef(
                      pointer(), target, "remote $ref not fetched (use allowRemoteRefs)"));
            } else {
              unreadableFile(target)
                  .ifPresent(why -> remote.add(new RemoteRef(pointer(), target, why)));
            }
          }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          if (field.getValue().isContainerNode()) {
            path.addLast(JsonPointers.escape(field.getKey()));
            visit(field.getValue());
            path.removeLast();
          }
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          if (node.get(i).isContainerNode()) {
            path.addLast(Integer.toString(i));
            visit(node.get(i));
            path.removeLast();
          }
        }
      }
    }

    /**
     * A relative-file reference of a local document must name a regular file under the size cap:
     * {@code $ref: /dev/zero} or a huge file would hang or exhaust the parser.
     */
    private Optional<String> unreadableFile(String target) {
      if (DocumentReader.isUrl(origin) || target.contains("://") || target.startsWith("//")) {
        return Optional.empty();
      }
      int hash = target.indexOf('#');
      String file = hash < 0 ? target : target.substring(0, hash);
      if (file.isEmpty()) {
        return Optional.empty();
      }
      try {
        Path base = Path.of(origin).toAbsolutePath().getParent();
        Path path = base == null ? Path.of(file) : base.resolve(file);
        if (!Files.isRegularFile(path)) {
          return Optional.of("$ref to something that is not a readable file not followed");
        }
        if (Files.size(path) > maxBytes) {
          return Optional.of("$ref to a file larger than the limit not followed");
        }
        return Optional.empty();
      } catch (IOException | RuntimeException e) {
        return Optional.of("$ref to an unreadable file not followed");
      }
    }

    private String pointer() {
      return path.isEmpty() ? "" : "/" + String.join("/", path);
    }

    /** Follows a local reference through nodes that are nothing but another reference. */
    private void checkChain(String from, String target) throws BadTargetException {
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
      throw new BadTargetException(
          origin + ": $ref chain longer than " + MAX_CHAIN + " at " + from);
    }
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
}
