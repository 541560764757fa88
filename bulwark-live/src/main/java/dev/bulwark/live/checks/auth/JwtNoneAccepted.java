package dev.bulwark.live.checks.auth;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.check.ScanSession;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Header;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The user's own JWT, re-sent with its signature stripped and {@code alg} set to {@code none}, is
 * accepted by an operation that refuses anonymous calls: anyone can forge any identity. One
 * request, only when a JWT was supplied.
 */
public final class JwtNoneAccepted implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-jwt-none-accepted")
          .title("Unsigned (alg none) JWT accepted")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(347, 287)
          .severity(Severity.CRITICAL)
          .remediation(
              "Decode with an explicit algorithm list (jwt.decode(token, key,"
                  + " algorithms=[\"HS256\"])) and never accept \"none\".")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!(context instanceof ScanSession session)) {
      return;
    }
    Optional<Header> carrier =
        session.credentials().headersFor(Identity.PRIMARY).stream()
            .filter(h -> !Jwt.findIn(h.value()).isEmpty())
            .findFirst();
    Optional<Exchange> target =
        ProtectedEndpoints.refusedAnonymously(log).stream()
            .filter(e -> ProtectedEndpoints.acceptedWithCredentials(log, e).isPresent())
            .findFirst();
    if (carrier.isEmpty() || target.isEmpty()) {
      return;
    }
    Jwt jwt = Jwt.findIn(carrier.get().value()).get(0);
    String forged =
        encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(jwt.payload()) + ".";
    session.registerDerived(forged);
    session.registerDerived(forged.substring(0, forged.length() - 1));
    String value = carrier.get().value().replace(jwt.token(), forged);
    Optional<Exchange> answer =
        context.send(
            ProbeRequest.get(target.get().pathAndQuery(), META.id())
                .withTemplate(target.get().template())
                .withHeader(carrier.get().name(), value));
    if (answer.isPresent() && answer.get().hasData()) {
      context
          .finding(META, answer.get())
          .message("Your token with alg \"none\" and no signature is accepted")
          .excerpt(Excerpts.head(answer.get().body()))
          .parameter(carrier.get().name())
          .anchor("alg-none-accepted")
          .report();
    }
  }

  private static String encode(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
