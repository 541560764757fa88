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
import java.time.Instant;
import java.util.Optional;

/**
 * An expired JWT is accepted by an operation that refuses anonymous calls. What is proven depends
 * on what Bulwark can build offline, and the message says which:
 *
 * <ul>
 *   <li>the supplied token is itself past its {@code exp} and was accepted: no request;
 *   <li>its HMAC secret is in the common-secret wordlist: an expired copy, correctly signed, one
 *       request; acceptance proves expiry is not enforced;
 *   <li>otherwise a copy whose signature is altered (claims unchanged) is sent first; only if that
 *       is accepted (the signature is not checked) is an expired copy sent: two requests at most.
 * </ul>
 *
 * Without a supplied JWT, a JWT an anonymous response issued is used as a bearer token, after one
 * request confirming it opens an operation that refuses anonymous calls (three requests at most).
 * Without any JWT, or without such an operation, nothing is sent.
 */
public final class JwtExpiredAccepted implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-jwt-expired-accepted")
          .title("Expired JWT accepted")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(613, 287)
          .severity(Severity.HIGH)
          .remediation(
              "Verify the signature and the exp claim on every request: jwt.decode(token, key,"
                  + " algorithms=[\"HS256\"], options={\"require\": [\"exp\"]}).")
          .build();

  private static final long DAY = 86_400;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!(context instanceof ScanSession session)) {
      return;
    }
    Optional<Header> supplied =
        session.credentials().headersFor(Identity.PRIMARY).stream()
            .filter(h -> !Jwt.findIn(h.value()).isEmpty())
            .findFirst();
    if (supplied.isPresent()) {
      Optional<Exchange> refused =
          ProtectedEndpoints.refusedAnonymously(log).stream()
              .filter(e -> ProtectedEndpoints.acceptedWithCredentials(log, e).isPresent())
              .findFirst();
      if (refused.isPresent()) {
        Exchange accepted = ProtectedEndpoints.acceptedWithCredentials(log, refused.get()).get();
        Jwt jwt = Jwt.findIn(supplied.get().value()).get(0);
        attack(session, refused.get(), supplied.get(), jwt, accepted, "your token");
      }
      return;
    }
    Optional<Jwt> issued = issuedToken(log);
    Optional<Exchange> refused = ProtectedEndpoints.refusedAnonymously(log).stream().findFirst();
    if (issued.isEmpty() || refused.isEmpty()) {
      return;
    }
    // an issued token is only worth attacking once it is known to open the refused operation
    Header bearer = new Header("Authorization", "Bearer " + issued.get().token());
    send(session, refused.get(), bearer, issued.get(), issued.get().token())
        .ifPresent(
            accepted ->
                attack(
                    session,
                    refused.get(),
                    bearer,
                    issued.get(),
                    accepted,
                    "the token the API issued"));
  }

  private static void attack(
      ScanSession session,
      Exchange refused,
      Header carrier,
      Jwt jwt,
      Exchange accepted,
      String whose) {
    long now = Instant.now().getEpochSecond();
    long exp = jwt.claims().map(c -> c.path("exp").asLong(Long.MAX_VALUE)).orElse(Long.MAX_VALUE);
    if (exp < now) {
      report(
          session,
          accepted,
          capitalized(whose) + " expired " + ago(now - exp) + " ago and is accepted");
      return;
    }
    Optional<String> secret = JwtWeakSecret.WORDLIST.stream().filter(jwt::signedWith).findFirst();
    Optional<String> expired = JwtForgery.expiredCopy(jwt, now - DAY, secret);
    if (expired.isEmpty()) {
      return;
    }
    if (secret.isPresent()) {
      send(session, refused, carrier, jwt, expired.get())
          .ifPresent(
              e ->
                  report(
                      session,
                      e,
                      "A correctly signed copy of "
                          + whose
                          + " that expired a day ago is accepted"));
      return;
    }
    Optional<Exchange> tampered =
        send(session, refused, carrier, jwt, JwtForgery.alteredSignature(jwt));
    if (tampered.isEmpty()) {
      return; // the signature is checked: an expired copy cannot be built without the key
    }
    send(session, refused, carrier, jwt, expired.get())
        .ifPresent(
            e ->
                report(
                    session,
                    e,
                    "A copy of "
                        + whose
                        + " that expired a day ago is accepted, and its signature is not checked"
                        + " (a copy with an altered signature was accepted too)"));
  }

  /** A JWT an anonymous response handed out (a login or token endpoint), if any. */
  private static Optional<Jwt> issuedToken(ExchangeLog log) {
    return log.matching(e -> e.identity() == Identity.ANONYMOUS && e.succeeded()).stream()
        .flatMap(e -> JwtTokens.in(e).stream())
        .filter(seen -> !seen.where().startsWith("request"))
        .map(JwtTokens.Seen::jwt)
        .findFirst();
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The forged token sent in place of the user's; present only when it was accepted. */
  private static Optional<Exchange> send(
      ScanSession session, Exchange target, Header carrier, Jwt jwt, String forged) {
    session.registerDerived(forged);
    String value = carrier.value().replace(jwt.token(), forged);
    return session
        .send(
            ProbeRequest.get(target.pathAndQuery(), META.id())
                .withTemplate(target.template())
                .withHeader(carrier.name(), value))
        .filter(Exchange::hasData);
  }

  private static void report(ProbeContext context, Exchange exchange, String message) {
    context
        .finding(META, exchange)
        .message(message)
        .excerpt(Excerpts.head(exchange.body()))
        .anchor("expired-accepted")
        .report();
  }

  private static String ago(long seconds) {
    return seconds >= DAY ? seconds / DAY + " day(s)" : Math.max(1, seconds / 60) + " minute(s)";
  }
}
