package dev.bulwark.spec;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.BadTargetException;
import dev.bulwark.spec.audit.OperationIndex;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.load.DocumentReader;
import dev.bulwark.spec.load.ModelBuilder;
import dev.bulwark.spec.load.RefGuard;
import dev.bulwark.spec.load.SourceParser;
import dev.bulwark.spec.load.SourceTree;
import dev.bulwark.spec.load.SpecVersion;
import dev.bulwark.spec.load.SwaggerBridge;
import dev.bulwark.spec.model.ApiModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Loads OpenAPI 2.0/3.0/3.1 documents (JSON or YAML, file or URL) into the endpoint model.
 *
 * <p>The text is first read under explicit limits (size, nesting, YAML aliases, alias expansion,
 * {@code $ref} cycles) into a tree that remembers lines; only a tree that passes is handed to
 * swagger-parser.
 */
public final class SpecLoader {
  private SpecLoader() {}

  /**
   * Loads a document from a file path or an {@code http(s)} URL.
   *
   * @throws BadTargetException when it cannot be read, is not OpenAPI/Swagger, or has no operation
   */
  public static ApiModel load(String ref, SpecOptions options) throws BadTargetException {
    return loadDocument(ref, options).model();
  }

  /**
   * Parses a document already fetched (e.g. by the live lens from {@code /openapi.json}).
   *
   * @param origin where the text came from, for messages and locations
   * @throws BadTargetException when the text is not an OpenAPI/Swagger document or has no operation
   */
  public static ApiModel parse(String content, String origin) throws BadTargetException {
    return parseDocument(content, origin, SpecOptions.defaults()).model();
  }

  /** Loads a document with everything the spec rules need. */
  public static SpecDocument loadDocument(String ref, SpecOptions options)
      throws BadTargetException {
    return parseDocument(DocumentReader.read(ref, options.maxBytes()), ref, options);
  }

  public static SpecDocument parseDocument(String content, String origin, SpecOptions options)
      throws BadTargetException {
    SourceTree source = SourceParser.parse(content, origin, options);
    SpecVersion version = SpecVersion.detect(source.root(), origin);
    RefGuard.Report refs =
        RefGuard.check(source.root(), origin, options.allowRemoteRefs(), options.maxBytes());
    // Remote refs are removed from a copy: the original tree keeps its lines for findings.
    JsonNode checked = RefGuard.withoutRemoteRefs(source.root(), refs);
    List<String> warnings = new ArrayList<>(refs.warnings());
    SwaggerBridge.Parsed parsed = SwaggerBridge.parse(checked, version, origin, refs);
    warnings.addAll(parsed.messages());
    List<OperationView> operations = OperationIndex.build(parsed.openApi(), source.root());
    if (operations.isEmpty()) {
      throw new BadTargetException(
          origin + ": the OpenAPI document declares no operations under 'paths'");
    }
    boolean declaredServers = version == SpecVersion.SWAGGER_2 || source.root().has("servers");
    List<String> servers = ModelBuilder.servers(parsed.openApi(), declaredServers);
    ApiModel model =
        ModelBuilder.build(
            origin,
            parsed.openApi(),
            operations,
            servers,
            version == SpecVersion.SWAGGER_2 ? Optional.empty() : Optional.of(source.root()));
    return new SpecDocument(
        origin,
        utf8Length(content),
        version,
        source,
        parsed.openApi(),
        operations,
        model,
        warnings);
  }

  /** The UTF-8 size of the text, without encoding it again. */
  private static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
