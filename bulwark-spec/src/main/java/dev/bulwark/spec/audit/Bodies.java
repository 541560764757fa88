package dev.bulwark.spec.audit;

import dev.bulwark.spec.load.JsonPointers;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** The schemas of an operation's request body and responses, each with where it is written. */
public final class Bodies {
  private Bodies() {}

  public static List<Located> requestSchemas(OpenAPI api, OperationView op) {
    RequestBody body = op.operation().getRequestBody();
    if (body == null) {
      return List.of();
    }
    String at = JsonPointers.child(op.pointer(), "requestBody");
    if (body.get$ref() != null) {
      String name = body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1);
      var bodies = api.getComponents() == null ? null : api.getComponents().getRequestBodies();
      if (bodies == null || bodies.get(name) == null) {
        return List.of();
      }
      body = bodies.get(name);
      at = JsonPointers.child("/components/requestBodies", name);
    }
    return schemas(api, body.getContent(), at);
  }

  /** Schemas of the responses whose status code passes {@code status}. */
  public static List<Located> responseSchemas(
      OpenAPI api, OperationView op, Predicate<String> status) {
    List<Located> out = new ArrayList<>();
    if (op.operation().getResponses() == null) {
      return out;
    }
    for (Map.Entry<String, ApiResponse> entry : op.operation().getResponses().entrySet()) {
      if (!status.test(entry.getKey()) || entry.getValue() == null) {
        continue;
      }
      ApiResponse response = entry.getValue();
      String at = JsonPointers.child(JsonPointers.child(op.pointer(), "responses"), entry.getKey());
      if (response.get$ref() != null) {
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        var responses = api.getComponents() == null ? null : api.getComponents().getResponses();
        if (responses == null || responses.get(name) == null) {
          continue;
        }
        response = responses.get(name);
        at = JsonPointers.child("/components/responses", name);
      }
      out.addAll(schemas(api, response.getContent(), at));
    }
    return out;
  }

  public static boolean success(String status) {
    return status.startsWith("2") || "default".equals(status);
  }

  private static List<Located> schemas(OpenAPI api, Content content, String at) {
    List<Located> out = new ArrayList<>();
    if (content == null) {
      return out;
    }
    for (Map.Entry<String, MediaType> media : content.entrySet()) {
      if (media.getValue() != null && media.getValue().getSchema() != null) {
        String pointer =
            JsonPointers.child(
                JsonPointers.child(JsonPointers.child(at, "content"), media.getKey()), "schema");
        out.add(Schemas.resolve(api, media.getValue().getSchema(), pointer));
      }
    }
    return out;
  }
}
