package dev.bulwark.live.checks.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/** A small, valid-looking JSON body built from a request schema (examples and enums first). */
public final class SchemaSamples {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_DEPTH = 4;

  private SchemaSamples() {}

  public static JsonNode sample(JsonNode schema) {
    return sample(schema, 0);
  }

  private static JsonNode sample(JsonNode schema, int depth) {
    if (schema.has("example")) {
      return schema.get("example");
    }
    if (schema.path("enum").isArray() && schema.path("enum").size() > 0) {
      return schema.path("enum").get(0);
    }
    String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
    return switch (type) {
      case "object" -> object(schema, depth);
      case "array" ->
          depth >= MAX_DEPTH
              ? NODES.arrayNode()
              : NODES.arrayNode().add(sample(schema.path("items"), depth + 1));
      case "integer", "number" -> NODES.numberNode(1);
      case "boolean" -> NODES.booleanNode(false);
      default ->
          NODES.textNode(
              schema.path("format").asText("").equals("email")
                  ? "bulwark@example.invalid"
                  : "bulwark");
    };
  }

  private static ObjectNode object(JsonNode schema, int depth) {
    ObjectNode out = NODES.objectNode();
    if (depth >= MAX_DEPTH) {
      return out;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      if (!property.getValue().path("readOnly").asBoolean(false)) {
        out.set(property.getKey(), sample(property.getValue(), depth + 1));
      }
    }
    return out;
  }
}
