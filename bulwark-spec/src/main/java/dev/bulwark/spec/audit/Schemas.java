package dev.bulwark.spec.audit;

import dev.bulwark.spec.load.JsonPointers;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Small helpers over swagger-parser schemas, the same for 3.0 ({@code type}) and 3.1 ({@code
 * types}).
 */
public final class Schemas {
  private static final String LOCAL_SCHEMA = "#/components/schemas/";
  private static final int MAX_HOPS = 32;

  private Schemas() {}

  /** The schema's single type other than {@code null}, if it names one. */
  public static Optional<String> type(Schema<?> schema) {
    if (schema.getType() != null) {
      return Optional.of(schema.getType());
    }
    Set<String> types = schema.getTypes();
    if (types == null) {
      return Optional.empty();
    }
    return types.stream().filter(t -> !"null".equals(t)).findFirst();
  }

  public static boolean isType(Schema<?> schema, String type) {
    return type(schema).filter(type::equals).isPresent();
  }

  public static boolean isObjectLike(Schema<?> schema) {
    return isType(schema, "object") || (type(schema).isEmpty() && schema.getProperties() != null);
  }

  /** True when {@code additionalProperties} is {@code false} (a boolean, or 3.1's false schema). */
  public static boolean closed(Schema<?> schema) {
    Object extra = schema.getAdditionalProperties();
    return Boolean.FALSE.equals(extra)
        || (extra instanceof Schema<?> s && Boolean.FALSE.equals(s.getBooleanSchemaValue()));
  }

  /**
   * Follows local {@code #/components/schemas/...} references; {@code pointer} is where {@code
   * schema} is written and the result says where the followed schema is.
   */
  public static Located resolve(OpenAPI api, Schema<?> schema, String pointer) {
    Schema<?> current = schema;
    String at = pointer;
    for (int hop = 0; hop < MAX_HOPS && current.get$ref() != null; hop++) {
      String ref = current.get$ref();
      if (!ref.startsWith(LOCAL_SCHEMA)) {
        break;
      }
      String name = ref.substring(LOCAL_SCHEMA.length());
      Schema<?> target = componentSchemas(api).get(name);
      if (target == null) {
        break;
      }
      current = target;
      at = "/components/schemas/" + JsonPointers.escape(name);
    }
    return new Located(current, at);
  }

  @SuppressWarnings("rawtypes")
  static Map<String, Schema> componentSchemas(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return Map.of();
    }
    return api.getComponents().getSchemas();
  }
}
