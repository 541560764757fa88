package dev.bulwark.spec.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The endpoint model of an API, from its OpenAPI document (or from discovery in the live lens):
 * what the live lens probes and what spec rules read.
 *
 * @param source the file or URL the document came from
 * @param servers base URLs the document declares, in order
 * @param securitySchemes declared schemes by name
 */
public record ApiModel(
    String source,
    Optional<String> title,
    Optional<String> version,
    List<String> servers,
    List<Operation> operations,
    Map<String, SecurityScheme> securitySchemes) {

  public ApiModel {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(version, "version");
    servers = List.copyOf(servers);
    operations = List.copyOf(operations);
    securitySchemes = Map.copyOf(securitySchemes);
  }
}
