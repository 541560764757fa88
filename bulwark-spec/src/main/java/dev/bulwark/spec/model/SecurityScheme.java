package dev.bulwark.spec.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A declared security scheme.
 *
 * @param type {@code apiKey}, {@code http}, {@code oauth2}, {@code openIdConnect} or {@code
 *     mutualTLS}
 * @param in for {@code apiKey}: {@code query}, {@code header} or {@code cookie}
 * @param parameterName for {@code apiKey}: the header, query or cookie name
 * @param scheme for {@code http}: {@code basic}, {@code bearer}, …
 */
public record SecurityScheme(
    String name,
    String type,
    Optional<String> in,
    Optional<String> parameterName,
    Optional<String> scheme) {

  public SecurityScheme {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(parameterName, "parameterName");
    Objects.requireNonNull(scheme, "scheme");
  }
}
