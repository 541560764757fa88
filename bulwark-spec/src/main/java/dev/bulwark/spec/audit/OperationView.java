package dev.bulwark.spec.audit;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.List;
import java.util.Objects;

/**
 * One operation of the parsed document, as the rules see it.
 *
 * @param method upper case
 * @param pointer e.g. {@code /paths/~1users~1{id}/get}
 * @param parameters path-level and operation-level parameters, operation-level winning
 * @param security the effective requirements (the operation's, else the document's)
 * @param securityOnOperation true when the operation declares its own {@code security}
 */
public record OperationView(
    String method,
    String path,
    String pointer,
    Operation operation,
    List<ParameterView> parameters,
    List<SecurityRequirement> security,
    boolean securityOnOperation) {

  public OperationView {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(operation, "operation");
    parameters = List.copyOf(parameters);
    security = List.copyOf(security);
  }

  /** True when a caller with no credentials at all may call the operation. */
  public boolean allowsAnonymous() {
    return security.isEmpty() || security.stream().anyMatch(r -> r == null || r.isEmpty());
  }

  public boolean deprecated() {
    return Boolean.TRUE.equals(operation.getDeprecated());
  }

  public boolean changesState() {
    return !List.of("GET", "HEAD", "OPTIONS", "TRACE").contains(method);
  }

  public String display() {
    return method + " " + path;
  }
}
