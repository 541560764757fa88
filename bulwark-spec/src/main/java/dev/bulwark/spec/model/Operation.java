package dev.bulwark.spec.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One operation: a method on a path template.
 *
 * @param method upper case, e.g. {@code GET}
 * @param path the path template, e.g. {@code /users/{id}}
 * @param pointer JSON pointer of the operation in its document
 * @param requestBodySchema the request body's JSON schema (resolved), when there is one
 * @param responses documented status codes (and {@code default}), sorted
 * @param security the effective security requirements (operation-level, else global); an empty list
 *     means the operation needs no credentials; each requirement is the set of scheme names that
 *     must all be satisfied
 */
public record Operation(
    String method,
    String path,
    String pointer,
    Optional<String> operationId,
    List<Parameter> parameters,
    Optional<JsonNode> requestBodySchema,
    List<String> responses,
    List<List<String>> security,
    boolean deprecated,
    List<String> tags) {

  public Operation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(operationId, "operationId");
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(requestBodySchema, "requestBodySchema");
    responses = List.copyOf(responses);
    security = security.stream().map(List::copyOf).toList();
    tags = List.copyOf(tags);
  }

  public boolean requiresCredentials() {
    return !security.isEmpty() && security.stream().noneMatch(List::isEmpty);
  }
}
