package dev.bulwark.spec.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.bulwark.spec.load.SpecVersion;
import java.util.regex.Pattern;

/**
 * Rules write pointers in OpenAPI 3 layout (the parser converts 2.0 documents); this maps them back
 * to where the same thing is written in a 2.0 document, so lines and pointers match the file.
 */
public final class PointerTranslator {
  private static final Pattern REQUEST_BODY =
      Pattern.compile("^(/paths/[^/]+/[^/]+)/requestBody(?:/content/[^/]+/schema(.*))?.*$");
  private static final Pattern RESPONSE_SCHEMA =
      Pattern.compile("^(.*/responses/[^/]+)/content/[^/]+/schema(.*)$");
  private static final Pattern RESPONSE_HEADER =
      Pattern.compile("^(.*/responses/[^/]+)/headers(.*)$");

  private PointerTranslator() {}

  private static int bodyParameter(JsonNode parameters) {
    for (int i = 0; i < parameters.size(); i++) {
      if ("body".equals(parameters.get(i).path("in").asText())) {
        return i;
      }
    }
    return -1;
  }

  public static String toDocument(String pointer, SpecVersion version) {
    return toDocument(pointer, version, MissingNode.getInstance());
  }

  /**
   * @param source the 2.0 document as written, to find an operation's {@code in: body} parameter
   */
  public static String toDocument(String pointer, SpecVersion version, JsonNode source) {
    if (version != SpecVersion.SWAGGER_2) {
      return pointer;
    }
    if (pointer.startsWith("/components/schemas")) {
      return "/definitions" + pointer.substring("/components/schemas".length());
    }
    if (pointer.startsWith("/components/securitySchemes")) {
      return "/securityDefinitions" + pointer.substring("/components/securitySchemes".length());
    }
    if (pointer.startsWith("/components/parameters")) {
      return "/parameters" + pointer.substring("/components/parameters".length());
    }
    if (pointer.startsWith("/components/responses")) {
      return "/responses" + pointer.substring("/components/responses".length());
    }
    if (pointer.startsWith("/servers")) {
      return "/host";
    }
    var body = REQUEST_BODY.matcher(pointer);
    if (body.matches()) {
      String parameters = body.group(1) + "/parameters";
      int index = bodyParameter(source.at(parameters));
      if (index < 0) {
        return parameters;
      }
      String rest = body.group(2) == null ? "" : body.group(2);
      return parameters + "/" + index + "/schema" + rest;
    }
    var response = RESPONSE_SCHEMA.matcher(pointer);
    if (response.matches()) {
      return response.group(1) + "/schema" + response.group(2);
    }
    var header = RESPONSE_HEADER.matcher(pointer);
    if (header.matches()) {
      return header.group(1) + "/headers" + header.group(2);
    }
    return pointer;
  }
}
