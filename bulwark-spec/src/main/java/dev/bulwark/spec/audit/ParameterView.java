package dev.bulwark.spec.audit;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A parameter of an operation with references followed, and where it is written.
 *
 * @param pointer the parameter's place in the document (its use, not its component)
 * @param schema the parameter's schema with a top-level reference followed
 */
public record ParameterView(Parameter parameter, String pointer, Optional<Located> schema) {
  public ParameterView {
    Objects.requireNonNull(parameter, "parameter");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(schema, "schema");
  }

  public String name() {
    return parameter.getName() == null ? "" : parameter.getName();
  }

  /** {@code path}, {@code query}, {@code header} or {@code cookie}, lower case. */
  public String in() {
    return parameter.getIn() == null ? "" : parameter.getIn().toLowerCase(Locale.ROOT);
  }

  public Optional<Schema<?>> resolvedSchema() {
    return schema.map(Located::schema);
  }

  public Optional<String> type() {
    return resolvedSchema().flatMap(Schemas::type);
  }

  public Optional<String> format() {
    return resolvedSchema().map(Schema::getFormat);
  }
}
