package dev.bulwark.spec.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A parameter of an operation.
 *
 * @param in {@code path}, {@code query}, {@code header} or {@code cookie}
 */
public record Parameter(
    String name,
    String in,
    boolean required,
    Optional<String> type,
    Optional<String> format,
    Optional<String> example) {

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(example, "example");
  }
}
