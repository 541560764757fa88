package dev.bulwark.live.support;

import dev.bulwark.spec.model.ApiModel;
import dev.bulwark.spec.model.Operation;
import dev.bulwark.spec.model.Parameter;
import dev.bulwark.spec.model.SecurityScheme;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Endpoint models built directly, without a document. */
public final class Specs {
  private Specs() {}

  public static Operation op(String method, String path, boolean secured, Parameter... params) {
    return new Operation(
        method,
        path,
        "#/paths/" + path.replace("/", "~1") + "/" + method.toLowerCase(java.util.Locale.ROOT),
        Optional.empty(),
        List.of(params),
        Optional.empty(),
        List.of("200"),
        secured ? List.of(List.of("ApiKey")) : List.of(),
        false,
        List.of());
  }

  public static Parameter query(String name, String type) {
    return new Parameter(
        name, "query", false, Optional.of(type), Optional.empty(), Optional.empty());
  }

  public static Parameter path(String name, String type) {
    return new Parameter(name, "path", true, Optional.of(type), Optional.empty(), Optional.empty());
  }

  public static ApiModel model(Operation... operations) {
    return new ApiModel(
        "test",
        Optional.of("test api"),
        Optional.of("1.0"),
        List.of(),
        List.of(operations),
        Map.of(
            "ApiKey",
            new SecurityScheme(
                "ApiKey",
                "apiKey",
                Optional.of("header"),
                Optional.of("X-API-Key"),
                Optional.empty())));
  }
}
