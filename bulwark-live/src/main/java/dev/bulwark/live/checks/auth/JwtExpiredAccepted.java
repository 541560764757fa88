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
 * Without a supplied JWT, or without an operation that refuses anonymous calls and accepts the
 * token, nothing is sent.
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
    Optional<Header> carrier =
        session.credentials().headersFor(Identity.PRIMARY).stream()
            .filter(h -> !Jwt.findIn(h.value()).isEmpty())
            .findFirst();
    if (carrier.isEmpty()) {
      return;
    }
    Optional<Exchange> refused =
        ProtectedEndpoints.refusedAnonymously(log).stream()
            .filter(e -> ProtectedEndpoints.acceptedWithCredentials(log, e).isPresent())
            .findFirst();
    if (refused.isEmpty()) {
      return;
    }
    Jwt jwt = Jwt.findIn(carrier.get().value()).get(0);
    long now = Instant.now().getEpochSecond();
    long exp = jwt.claims().map(c -> c.path("exp").asLong(Long.MAX_VALUE)).orElse(Long.MAX_VALUE);
    if (exp < now) {
      Exchange accepted = ProtectedEndpoints.acceptedWithCredentials(log, refused.get()).get();
      report(context, accepted, "Your token expired " + ago(now - exp) + " ago and is accepted");
      return;
    }
    Optional<String> secret = JwtWeakSecret.WORDLIST.stream().filter(jwt::signedWith).findFirst();
    Optional<String> expired = JwtForgery.expiredCopy(jwt, now - DAY, secret);
    if (expired.isEmpty()) {
      return;
    }
    if (secret.isPresent()) {
      send(session, refused.get(), carrier.get(), jwt, expired.get())
          .ifPresent(
              e ->
                  report(
                      context,
                      e,
                      "A correctly signed copy of your token that expired a day ago is accepted"));
      return;
    }
    Optional<Exchange> tampered =
        send(session, refused.get(), carrier.get(), jwt, JwtForgery.alteredSignature(jwt));
    if (tampered.isEmpty()) {
      return; // the signature is checked: an expired copy cannot be built without the key
    }
    send(session, refused.get(), carrier.get(), jwt, expired.get())
        .ifPresent(
            e ->
                report(
                    context,
                    e,
                    "A copy of your token that expired a day ago is accepted, and its signature"
                        + " is not checked (a copy with an altered signature was accepted too)"));
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
