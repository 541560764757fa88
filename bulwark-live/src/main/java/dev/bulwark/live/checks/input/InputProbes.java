package dev.bulwark.live.checks.input;

import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.spec.model.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where input checks put their values: a documented query or path parameter, or, without a spec,
 * the numeric id at the end of a discovered path.
 */
final class InputProbes {
  private static final String HOLE = "\u0000";
  private static final Pattern LAST_NUMBER = Pattern.compile("/(\\d{1,9})$");

  /** A place for one value: a URL with a hole, and the parameter it stands for. */
  record Slot(Endpoint endpoint, String parameter, boolean inPath, String urlWithHole) {
    String url(String value) {
      return urlWithHole.replace(
          HOLE, URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
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
        if (p.in().equals("query")) {
          out.add(
              new Slot(
                  endpoint,
                  p.name(),
                  false,
                  endpoint.concretePath() + "?" + p.name() + "=" + HOLE));
        } else if (p.in().equals("path")) {
          String url =
              endpoint.render(
                  endpoint
                      .template()
                      .replace("{" + p.name() + "}", HOLE)
                      .replaceAll("\\{[^}/]+}", "1"));
          out.add(new Slot(endpoint, p.name(), true, url));
        }
      }
      Matcher m = LAST_NUMBER.matcher(endpoint.concretePath());
      if (endpoint.operation().isEmpty() && m.find() && out.size() < max) {
        out.add(
            new Slot(
                endpoint, "id", true, endpoint.concretePath().substring(0, m.start(1)) + HOLE));
      }
    }
    return out;
  }
}
