package dev.bulwark.spec.audit;

import io.swagger.v3.oas.models.media.Schema;
import java.util.Objects;

/** A schema and the JSON pointer where it is written (after following a reference). */
public record Located(Schema<?> schema, String pointer) {
  public Located {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(pointer, "pointer");
  }
}
