package dev.bulwark.live.check;

import dev.bulwark.spec.model.Operation;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to probe: a method on a path, from the spec or found by discovery.
 *
 * @param template the path template ({@code /users/{id}}), or the concrete path when discovered
 * @param concretePath the template with sample values filled in, under {@code prefix}
 * @param prefix the spec server's base path when the scan's base URL has none (e.g. {@code
 *     /api/v1}), else empty
 */
public record Endpoint(
    String method,
    String template,
    String concretePath,
    Optional<Operation> operation,
    String prefix) {
  public Endpoint {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(concretePath, "concretePath");
    Objects.requireNonNull(operation, "operation");
  }

  /** An endpoint found by discovery: no operation, no prefix. */
  public static Endpoint discovered(String path) {
    return new Endpoint("GET", path, path, Optional.empty(), "");
  }

  /** A path rendered from the template (values filled in), under the prefix. */
  public String render(String renderedTemplate) {
    return prefix + renderedTemplate;
  }

  public boolean documented() {
    return operation.isPresent();
  }

  /** True when the spec says this operation needs credentials. */
  public boolean declaresSecurity() {
    return operation.map(Operation::requiresCredentials).orElse(false);
  }

  public boolean isGet() {
    return method.equals("GET");
  }
}
