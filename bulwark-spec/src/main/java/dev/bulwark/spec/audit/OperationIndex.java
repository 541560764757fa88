package dev.bulwark.spec.audit;

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

  public static List<OperationView> build(OpenAPI api) {
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
                parameters(api, item, operation, pathPointer, pointer),
                own ? operation.getSecurity() : global,
                own));
      }
    }
    return out;
  }

  private static List<ParameterView> parameters(
      OpenAPI api,
      PathItem item,
      io.swagger.v3.oas.models.Operation operation,
      String pathPointer,
      String pointer) {
    Map<String, ParameterView> byKey = new LinkedHashMap<>();
    add(api, item.getParameters(), JsonPointers.child(pathPointer, "parameters"), byKey);
    add(api, operation.getParameters(), JsonPointers.child(pointer, "parameters"), byKey);
    return List.copyOf(byKey.values());
  }

  private static void add(
      OpenAPI api, List<Parameter> parameters, String base, Map<String, ParameterView> byKey) {
    if (parameters == null) {
      return;
    }
    for (int i = 0; i < parameters.size(); i++) {
      Parameter parameter = resolve(api, parameters.get(i));
      if (parameter == null) {
        continue;
      }
      String at = JsonPointers.child(base, i);
      Schema<?> schema = parameter.getSchema();
      Optional<Located> located =
          schema == null
              ? Optional.empty()
              : Optional.of(Schemas.resolve(api, schema, JsonPointers.child(at, "schema")));
      byKey.put(
          parameter.getIn() + ":" + parameter.getName(), new ParameterView(parameter, at, located));
    }
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
