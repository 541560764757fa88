package dev.bulwark.live.checks.auth;

import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JWTs an exchange carries: issued in the response, or supplied by the user in the request. */
final class JwtTokens {
  private JwtTokens() {}

  /** Each token with where it was seen ({@code response body}, a header name). */
  record Seen(Jwt jwt, String where) {}

  static List<Seen> in(Exchange exchange) {
    List<Seen> out = new ArrayList<>();
    for (Header h : exchange.sentHeaders()) {
      Jwt.findIn(h.value()).forEach(j -> out.add(new Seen(j, "request " + h.name())));
    }
    exchange
        .response()
        .ifPresent(
            r -> {
              Jwt.findIn(r.body()).forEach(j -> out.add(new Seen(j, "response body")));
              for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
                for (String v : h.getValue()) {
                  Jwt.findIn(v).forEach(j -> out.add(new Seen(j, "response " + h.getKey())));
                }
              }
            });
    return out;
  }
}
