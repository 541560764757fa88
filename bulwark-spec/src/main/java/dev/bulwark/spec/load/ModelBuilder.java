package dev.bulwark.spec.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.spec.audit.Located;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.ParameterView;
import dev.bulwark.spec.audit.Schemas;
import dev.bulwark.spec.model.ApiModel;
import dev.bulwark.spec.model.Operation;
import dev.bulwark.spec.model.Parameter;
import dev.bulwark.spec.model.SecurityScheme;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Builds the endpoint model (what the live lens probes) from the parsed document. */
public final class ModelBuilder {
  private ModelBuilder() {}

  /**
   * @param source the document as written; for 3.x documents request body schemas are taken from it
   *     directly (cheaper than serialising the parsed model), 2.0 bodies from the converted model
   */
  public static ApiModel build(
      String origin,
      OpenAPI api,
      List<OperationView> views,
      List<String> servers,
      Optional<JsonNode> source) {
    ObjectMapper mapper =
        api.getSpecVersion() == io.swagger.v3.oas.models.SpecVersion.V31
            ? Json31.mapper()
            : Json.mapper();
    List<Operation> operations = new ArrayList<>();
    for (OperationView view : views) {
      operations.add(operation(api, view, mapper, source));
    }
    return new ApiModel(
        origin,
        Optional.ofNullable(api.getInfo()).map(i -> i.getTitle()),
        Optional.ofNullable(api.getInfo()).map(i -> i.getVersion()),
        servers,
        operations,
        schemes(api));
  }

  /** Server URLs with their variables replaced by their defaults. */
  public static List<String> servers(OpenAPI api, boolean declared) {
    List<String> out = new ArrayList<>();
    if (api.getServers() == null) {
      return out;
    }
    for (Server server : api.getServers()) {
      if (server == null || server.getUrl() == null) {
        continue;
      }
      String url = server.getUrl();
      if (server.getVariables() != null) {
        for (var variable : server.getVariables().entrySet()) {
          String value = variable.getValue() == null ? null : variable.getValue().getDefault();
          if (value != null) {
            url = url.replace("{" + variable.getKey() + "}", value);
          }
        }
      }
      if (declared || !"/".equals(url)) {
        out.add(url);
      }
    }
    return out;
  }

  private static Operation operation(
      OpenAPI api, OperationView view, ObjectMapper mapper, Optional<JsonNode> source) {
    var op = view.operation();
    List<Parameter> parameters = new ArrayList<>();
    for (ParameterView p : view.parameters()) {
      parameters.add(
          new Parameter(
              p.name(),
              p.in(),
              Boolean.TRUE.equals(p.parameter().getRequired()),
              p.type(),
              p.format(),
              example(p)));
    }
    List<String> responses =
        op.getResponses() == null
            ? List.of()
            : List.copyOf(new TreeSet<>(op.getResponses().keySet()));
    return new Operation(
        view.method(),
        view.path(),
        view.pointer(),
        Optional.ofNullable(op.getOperationId()),
        parameters,
        source.isPresent()
            ? rawRequestBody(source.get(), view.pointer())
            : requestBody(api, op.getRequestBody()).<JsonNode>map(mapper::valueToTree),
        responses,
        security(view.security()),
        view.deprecated(),
        op.getTags() == null ? List.of() : op.getTags());
  }

  private static Optional<String> example(ParameterView p) {
    Object example = p.parameter().getExample();
    if (example == null) {
      example =
          p.resolvedSchema()
              .map(s -> s.getExample() != null ? s.getExample() : s.getDefault())
              .orElse(null);
    }
    return Optional.ofNullable(example).map(String::valueOf);
  }

  /** The written body schema of a 3.x operation, preferring JSON, one local reference followed. */
  static Optional<JsonNode> rawRequestBody(JsonNode root, String operationPointer) {
    JsonNode body = follow(root, root.at(operationPointer + "/requestBody"));
    JsonNode content = body.path("content");
    if (!content.isObject() || content.isEmpty()) {
      return Optional.empty();
    }
    JsonNode media =
        content.has("application/json")
            ? content.get("application/json")
            : content.elements().next();
    JsonNode schema = follow(root, media.path("schema"));
    return schema.isMissingNode() ? Optional.empty() : Optional.of(schema);
  }

  private static JsonNode follow(JsonNode root, JsonNode node) {
    JsonNode ref = node.get("$ref");
    if (ref != null && ref.isTextual() && ref.asText().startsWith("#/")) {
      return root.at(ref.asText().substring(1));
    }
    return node;
  }

  /** The body's schema, preferring JSON, with a top-level reference followed. */
  public static Optional<Schema<?>> requestBody(OpenAPI api, RequestBody body) {
    if (body == null) {
      return Optional.empty();
    }
    RequestBody resolved = body;
    if (body.get$ref() != null
        && api.getComponents() != null
        && api.getComponents().getRequestBodies() != null) {
      String name = body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1);
      resolved = api.getComponents().getRequestBodies().getOrDefault(name, body);
    }
    Content content = resolved.getContent();
    if (content == null || content.isEmpty()) {
      return Optional.empty();
    }
    MediaType media = content.getOrDefault("application/json", content.values().iterator().next());
    if (media == null || media.getSchema() == null) {
      return Optional.empty();
    }
    Located located = Schemas.resolve(api, media.getSchema(), "");
    return Optional.of(located.schema());
  }

  private static List<List<String>> security(List<SecurityRequirement> requirements) {
    List<List<String>> out = new ArrayList<>();
    for (SecurityRequirement requirement : requirements) {
      out.add(requirement == null ? List.of() : List.copyOf(requirement.keySet()));
    }
    return out;
  }

  private static Map<String, SecurityScheme> schemes(OpenAPI api) {
    Map<String, SecurityScheme> out = new LinkedHashMap<>();
    if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return out;
    }
    for (var entry : api.getComponents().getSecuritySchemes().entrySet()) {
      var scheme = entry.getValue();
      if (scheme == null || scheme.getType() == null) {
        continue;
      }
      out.put(
          entry.getKey(),
          new SecurityScheme(
              entry.getKey(),
              scheme.getType().toString(),
              Optional.ofNullable(scheme.getIn()).map(Object::toString),
              Optional.ofNullable(scheme.getName()),
              Optional.ofNullable(scheme.getScheme())));
    }
    return out;
  }
}
