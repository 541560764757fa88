package dev.bulwark.live.check;

import dev.bulwark.spec.model.Operation;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to probe: a method on a path, from the spec or found by discovery.
 *
 * @param template the path template ({@code /users/{id}}), or the concrete path when discovered
 * @param concretePath the template with sample values filled in
 */
public record Endpoint(
    String method, String template, String concretePath, Optional<Operation> operation) {
  public Endpoint {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(concretePath, "concretePath");
    Objects.requireNonNull(operation, "operation");
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
