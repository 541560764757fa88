package dev.bulwark.server.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validates tool arguments against the tools' JSON schemas with the json-schema-validator version
 * Bulwark manages (the SDK's own validator needs a newer major version of that library).
 */
final class NetworkntSchemaValidator implements JsonSchemaValidator {
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object content) {
    try {
      JsonNode schemaNode = mapper.valueToTree(schema);
      JsonSchema check =
          compiled.computeIfAbsent(schemaNode.toString(), key -> factory.getSchema(schemaNode));
      JsonNode value =
          content instanceof String text ? mapper.readTree(text) : mapper.valueToTree(content);
      Set<ValidationMessage> problems = check.validate(value);
      if (problems.isEmpty()) {
        return ValidationResponse.asValid(mapper.writeValueAsString(value));
      }
      return ValidationResponse.asInvalid(
          "invalid arguments: "
              + problems.stream()
                  .map(ValidationMessage::getMessage)
                  .sorted()
                  .collect(Collectors.joining("; ")));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return ValidationResponse.asInvalid("invalid arguments: not JSON (" + e.getMessage() + ")");
    }
  }
}
