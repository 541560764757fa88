package dev.bulwark.live.checks.input;

import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.spec.model.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Where input checks put their values: a documented query parameter, or a path parameter. */
final class InputProbes {
  /** A place for one value: the URL built from it and the parameter named. */
  record Slot(Endpoint endpoint, String parameter, String type, boolean inPath) {
    String url(String value) {
      String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
      if (inPath) {
        return endpoint
            .template()
            .replace("{" + parameter + "}", encoded)
            .replaceAll("\\{[^}/]+}", "1");
      }
      return endpoint.concretePath() + "?" + parameter + "=" + encoded;
    }
  }

  private InputProbes() {}

  static List<Slot> slots(ProbeContext context, int max) {
    List<Slot> out = new ArrayList<>();
    for (Endpoint endpoint : context.surface().gets()) {
      if (endpoint.declaresSecurity()) {
        continue; // anonymous probes would only meet the 401
      }
      for (Parameter p : endpoint.operation().map(o -> o.parameters()).orElse(List.of())) {
        if (out.size() >= max) {
          return out;
        }
        if (p.in().equals("query") || p.in().equals("path")) {
          out.add(new Slot(endpoint, p.name(), p.type().orElse("string"), p.in().equals("path")));
        }
      }
    }
    return out;
  }

  static Optional<String> firstQueryParam(Endpoint endpoint) {
    return endpoint.operation().stream()
        .flatMap(o -> o.parameters().stream())
        .filter(p -> p.in().equals("query"))
        .map(Parameter::name)
        .findFirst();
  }
}
