package dev.bulwark.spec.audit;

import dev.bulwark.spec.load.JsonPointers;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Visits every schema reachable from a root schema: properties, items, combinators and additional
 * properties, following local references once each (recursive schemas end), to a bounded depth.
 */
public final class SchemaWalker {
  private static final int MAX_DEPTH = 48;

  /** Called for each schema reached. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * @param property the property name when the schema is an object's property
     * @param schema the schema with references followed
     * @param pointer where that schema is written
     */
    void visit(Optional<String> property, Schema<?> schema, String pointer);
  }

  private final OpenAPI api;
  private final Visitor visitor;
  private final Set<String> visited = new HashSet<>();

  private SchemaWalker(OpenAPI api, Visitor visitor) {
    this.api = api;
    this.visitor = visitor;
  }

  public static void walk(OpenAPI api, Located root, Visitor visitor) {
    new SchemaWalker(api, visitor).walk(Optional.empty(), root.schema(), root.pointer(), 0);
  }

  @SuppressWarnings("rawtypes")
  private void walk(Optional<String> property, Schema<?> raw, String pointer, int depth) {
    if (raw == null || depth > MAX_DEPTH) {
      return;
    }
    Located located = Schemas.resolve(api, raw, pointer);
    // A property reached through a reference is still that property: key the visit by both.
    if (!visited.add(property.orElse("") + "@" + located.pointer())) {
      return;
    }
    Schema<?> schema = located.schema();
    String at = located.pointer();
    visitor.visit(property, schema, at);
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      for (Map.Entry<String, Schema> entry : properties.entrySet()) {
        String child = JsonPointers.child(JsonPointers.child(at, "properties"), entry.getKey());
        walk(Optional.of(entry.getKey()), entry.getValue(), child, depth + 1);
      }
    }
    if (schema.getItems() != null) {
      walk(Optional.empty(), schema.getItems(), JsonPointers.child(at, "items"), depth + 1);
    }
    combinator(schema.getAllOf(), at, "allOf", depth);
    combinator(schema.getOneOf(), at, "oneOf", depth);
    combinator(schema.getAnyOf(), at, "anyOf", depth);
    if (schema.getAdditionalProperties() instanceof Schema<?> extra) {
      walk(Optional.empty(), extra, JsonPointers.child(at, "additionalProperties"), depth + 1);
    }
  }

  @SuppressWarnings("rawtypes")
  private void combinator(List<Schema> members, String at, String key, int depth) {
    if (members == null) {
      return;
    }
    for (int i = 0; i < members.size(); i++) {
      walk(
          Optional.empty(),
          members.get(i),
          JsonPointers.child(JsonPointers.child(at, key), i),
          depth + 1);
    }
  }
}
