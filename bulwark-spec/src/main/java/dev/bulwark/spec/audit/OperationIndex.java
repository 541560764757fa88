package dev.bulwark.spec.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.spec.load.JsonPointers;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Lists every operation of a parsed document, in document order, with its effective security. */
public final class OperationIndex {
  private static final String LOCAL_PARAMETER = "#/components/parameters/";

  private OperationIndex() {}

  /**
   * @param source the document as written: the parser copies path-level parameters into each
   *     operation, so where a parameter is written is looked up there
   */
  public static List<OperationView> build(OpenAPI api, JsonNode source) {
    List<OperationView> out = new ArrayList<>();
    if (api.getPaths() == null) {
      return out;
    }
    List<SecurityRequirement> global = api.getSecurity() == null ? List.of() : api.getSecurity();
    for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
      String path = entry.getKey();
      PathItem item = entry.getValue();
      if (item == null) {
        continue;
      }
      String pathPointer = JsonPointers.child("/paths", path);
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> op :
          item.readOperationsMap().entrySet()) {
        String method = op.getKey().name().toUpperCase(Locale.ROOT);
        String pointer = JsonPointers.child(pathPointer, method.toLowerCase(Locale.ROOT));
        io.swagger.v3.oas.models.Operation operation = op.getValue();
        boolean own = operation.getSecurity() != null;
        out.add(
            new OperationView(
                method,
                path,
                pointer,
                operation,
                parameters(api, source, item, operation, pathPointer, pointer),
                own ? operation.getSecurity() : global,
                own));
      }
    }
    return out;
  }

  private static List<ParameterView> parameters(
      OpenAPI api,
      JsonNode source,
      PathItem item,
      io.swagger.v3.oas.models.Operation operation,
      String pathPointer,
      String pointer) {
    Map<String, ParameterView> byKey = new LinkedHashMap<>();
    String pathParameters = JsonPointers.child(pathPointer, "parameters");
    String ownParameters = JsonPointers.child(pointer, "parameters");
    add(api, source, item.getParameters(), pathParameters, List.of(pathParameters), byKey);
    add(
        api,
        source,
        operation.getParameters(),
        ownParameters,
        List.of(ownParameters, pathParameters),
        byKey);
    return List.copyOf(byKey.values());
  }

  private static void add(
      OpenAPI api,
      JsonNode source,
      List<Parameter> parameters,
      String base,
      List<String> writtenIn,
      Map<String, ParameterView> byKey) {
    if (parameters == null) {
      return;
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = resolve(api, parameters.get(i));
      if (parameter == null) {
        continue;
      }
      String at =
          written(source, writtenIn, parameter.getName(), parameter.getIn())
              .orElse(JsonPointers.child(base, i));
      Schema<?> schema = parameter.getSchema();
      Optional<Located> located =
          schema == null
              ? Optional.empty()
              : Optional.of(Schemas.resolve(api, schema, JsonPointers.child(at, "schema")));
      byKey.put(
          parameter.getIn() + ":" + parameter.getName(), new ParameterView(parameter, at, located));
    }
  }

  /** Where a parameter with this name and location is written in the source document. */
  private static Optional<String> written(
      JsonNode source, List<String> lists, String name, String in) {
    for (String list : lists) {
      JsonNode array = source.at(list);
      for (int i = 0; i < array.size(); i++) {
        JsonNode p = array.get(i);
        if (p.has("$ref") && p.get("$ref").asText().startsWith("#/")) {
          p = source.at(p.get("$ref").asText().substring(1));
        }
        if (name != null
            && name.equals(p.path("name").asText(null))
            && in != null
            && in.equals(p.path("in").asText(null))) {
          return Optional.of(JsonPointers.child(list, i));
        }
      }
    }
    return Optional.empty();
  }

  private static Parameter resolve(OpenAPI api, Parameter parameter) {
    if (parameter == null || parameter.get$ref() == null) {
      return parameter;
    }
    String ref = parameter.get$ref();
    if (!ref.startsWith(LOCAL_PARAMETER)
        || api.getComponents() == null
        || api.getComponents().getParameters() == null) {
      return parameter;
    }
    Parameter target =
        api.getComponents().getParameters().get(ref.substring(LOCAL_PARAMETER.length()));
    return target == null ? parameter : target;
  }
}
