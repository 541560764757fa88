package dev.bulwark.spec.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.BadTargetException;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Hands a checked tree to swagger-parser: 3.0 and 3.1 directly, 2.0 through its converter. Local
 * references stay references (never fully inlined, so recursive schemas cost nothing); references
 * to other files are resolved relative to the document.
 */
public final class SwaggerBridge {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SwaggerBridge() {}

  /** The parsed model and the parser's messages (warnings about the document). */
  public record Parsed(OpenAPI openApi, List<String> messages) {
    public Parsed {
      Objects.requireNonNull(openApi, "openApi");
      messages = List.copyOf(messages);
    }
  }

  /**
   * Parses a checked tree.
   *
   * @param refs what the guard found: whether the document refers outside itself, and which
   *     references it removed (then the file must not be read again)
   * @param allowRemote whether the user allowed references to other hosts (already applied to the
   *     document's own references by the guard)
   */
  public static Parsed parse(
      JsonNode tree, SpecVersion version, String origin, RefGuard.Report refs)
      throws BadTargetException {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(false);
    options.setFlatten(false);
    options.setValidateExternalRefs(false);
    // Not setSafelyResolveURL: it refuses relative file references too. Remote references in the
    // document itself were removed by the guard before this point.
    String location = location(origin);
    SwaggerParseResult result;
    try {
      if (version != SpecVersion.SWAGGER_2 && !refs.external()) {
        // Nothing outside the document: parse the checked tree as is (no second parse of the text;
        // local references stay references and the rules follow them).
        result = new OpenAPIV3Parser().parseJsonNode(location, tree, options);
      } else if (version != SpecVersion.SWAGGER_2) {
        result = new OpenAPIV3Parser().readContents(json(tree, origin), null, options, location);
      } else if (refs.external() && refs.remote().isEmpty() && !DocumentReader.isUrl(origin)) {
        // The 2.0 converter resolves relative references only when it reads the file itself.
        result = new SwaggerConverter().readLocation(location, null, options);
      } else {
        result = new SwaggerConverter().readContents(json(tree, origin), null, options);
      }
    } catch (RuntimeException | StackOverflowError e) {
      throw new BadTargetException(
          origin + ": the OpenAPI parser failed: " + String.valueOf(e.getMessage()), e);
    }
    List<String> messages =
        result == null || result.getMessages() == null ? List.of() : result.getMessages();
    if (result == null || result.getOpenAPI() == null) {
      String why = messages.isEmpty() ? "unreadable" : messages.get(0);
      throw new BadTargetException(origin + ": not a readable OpenAPI document: " + why);
    }
    return new Parsed(result.getOpenAPI(), messages);
  }

  private static String json(JsonNode tree, String origin) throws BadTargetException {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new BadTargetException(origin + ": cannot re-serialise the document", e);
    }
  }

  private static String location(String origin) {
    if (DocumentReader.isUrl(origin)) {
      return origin;
    }
    try {
      return Path.of(origin).toAbsolutePath().toUri().toString();
    } catch (RuntimeException e) {
      return origin;
    }
  }
}
