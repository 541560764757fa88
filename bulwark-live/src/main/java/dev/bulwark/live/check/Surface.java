package dev.bulwark.live.check;

import dev.bulwark.spec.model.ApiModel;
import dev.bulwark.spec.model.Operation;
import dev.bulwark.spec.model.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the scan knows of the API: the operations of its spec (given or discovered) and the paths
 * discovery found answering. Immutable.
 */
public record Surface(Optional<ApiModel> model, List<Endpoint> endpoints) {
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");

  public Surface {
    endpoints = List.copyOf(endpoints);
  }

  public static Surface of(Optional<ApiModel> model, List<Endpoint> discovered) {
    return of(model, discovered, "");
  }

  /**
   * @param prefix put before every documented path: the spec server's base path when the scan's
   *     base URL has none
   */
  public static Surface of(Optional<ApiModel> model, List<Endpoint> discovered, String prefix) {
    Map<String, Endpoint> byKey = new LinkedHashMap<>();
    model.ifPresent(
        m -> {
          for (Operation op : m.operations()) {
            Endpoint e =
                new Endpoint(
                    op.method().toUpperCase(Locale.ROOT),
                    op.path(),
                    prefix + concretePath(op),
                    Optional.of(op),
                    prefix);
            byKey.putIfAbsent(e.method() + " " + e.template(), e);
          }
        });
    for (Endpoint e : discovered) {
      byKey.putIfAbsent(e.method() + " " + e.template(), e);
    }
    List<Endpoint> sorted = new ArrayList<>(byKey.values());
    sorted.sort(Comparator.comparing(Endpoint::template).thenComparing(Endpoint::method));
    return new Surface(model, sorted);
  }

  /** The operation's path with each path parameter replaced by its example or a sample value. */
  public static String concretePath(Operation op) {
    Matcher m = PATH_PARAM.matcher(op.path());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value =
          op.parameters().stream()
              .filter(p -> p.in().equals("path") && p.name().equals(name))
              .findFirst()
              .map(Surface::sampleValue)
              .orElse("1");
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  public static String sampleValue(Parameter p) {
    if (p.example().isPresent()) {
      return p.example().get();
    }
    String type = p.type().orElse("string");
    String format = p.format().orElse("");
    if (format.equals("uuid")) {
      return "00000000-0000-0000-0000-000000000001";
    }
    return switch (type) {
      case "integer", "number" -> "1";
      case "boolean" -> "true";
      default -> p.name().toLowerCase(Locale.ROOT).endsWith("id") ? "1" : "test";
    };
  }

  /**
   * The base path of the spec's first server (e.g. {@code /api/v1} from {@code
   * https://api.example.com/api/v1}), or empty.
   */
  public static String serverBasePath(Optional<ApiModel> model) {
    if (model.isEmpty() || model.get().servers().isEmpty()) {
      return "";
    }
    String server = model.get().servers().get(0).strip();
    try {
      String path = server.startsWith("/") ? server : java.net.URI.create(server).getRawPath();
      path = path == null ? "" : path.replaceAll("/+$", "");
      return path.contains("{") ? "" : path;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  public List<Endpoint> gets() {
    return endpoints.stream().filter(Endpoint::isGet).toList();
  }

  public int operationCount() {
    return endpoints.size();
  }

  public boolean hasSpec() {
    return model.isPresent();
  }

  /** True when the spec declares the method on the template (for the active method policy). */
  public boolean declares(String method, String template) {
    return model
        .map(
            m ->
                m.operations().stream()
                    .anyMatch(
                        o -> o.method().equalsIgnoreCase(method) && o.path().equals(template)))
        .orElse(false);
  }

  /** The first declared parameter name of a security scheme of the given kind (e.g. header). */
  public Optional<String> apiKeyName(String in) {
    return model.flatMap(
        m ->
            m.securitySchemes().values().stream()
                .filter(s -> s.type().equals("apiKey") && s.in().map(in::equals).orElse(false))
                .map(s -> s.parameterName().orElse(""))
                .filter(n -> !n.isEmpty())
                .sorted()
                .findFirst());
  }
}
