package dev.bulwark.spec.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.BadTargetException;
import java.util.ArrayList;
import java.util.List;

/** Which OpenAPI line a document belongs to, told from its root; anything else is refused. */
public enum SpecVersion {
  SWAGGER_2("2.0"),
  OPENAPI_30("3.0"),
  OPENAPI_31("3.1");

  private final String label;

  SpecVersion(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static SpecVersion detect(JsonNode root, String origin) throws BadTargetException {
    if (!root.isObject()) {
      throw new BadTargetException(
          origin + ": not an OpenAPI document: found a " + kindOf(root) + " at the top level");
    }
    JsonNode openapi = root.get("openapi");
    if (openapi != null) {
      String v = openapi.asText();
      if (v.startsWith("3.0")) {
        return OPENAPI_30;
      }
      if (v.startsWith("3.1")) {
        return OPENAPI_31;
      }
      throw new BadTargetException(origin + ": unsupported OpenAPI version '" + v + "'");
    }
    JsonNode swagger = root.get("swagger");
    if (swagger != null) {
      if ("2.0".equals(swagger.asText())) {
        return SWAGGER_2;
      }
      throw new BadTargetException(
          origin + ": unsupported Swagger version '" + swagger.asText() + "' (only 2.0 is read)");
    }
    throw new BadTargetException(origin + ": not an OpenAPI document: found " + describe(root));
  }

  private static String describe(JsonNode root) {
    if (root.has("asyncapi")) {
      return "an AsyncAPI document";
    }
    if (root.has("$schema") && !root.has("paths")) {
      return "a JSON Schema";
    }
    if (root.has("apiVersion") && root.has("kind")) {
      return "a Kubernetes manifest";
    }
    if (root.has("info") && root.has("item")) {
      return "a Postman collection";
    }
    if (root.has("name") && (root.has("dependencies") || root.has("devDependencies"))) {
      return "a package.json";
    }
    List<String> keys = new ArrayList<>();
    root.fieldNames().forEachRemaining(k -> keys.add(k));
    if (keys.isEmpty()) {
      return "an empty object";
    }
    List<String> shown = keys.subList(0, Math.min(5, keys.size()));
    return "an object with keys "
        + String.join(", ", shown)
        + (keys.size() > shown.size() ? ", …" : "")
        + " and no 'openapi' or 'swagger' field";
  }

  private static String kindOf(JsonNode node) {
    if (node.isArray()) {
      return "list";
    }
    if (node.isTextual()) {
      return "plain string";
    }
    if (node.isNumber()) {
      return "number";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
