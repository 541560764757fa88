package dev.bulwark.live.checks.authz;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Object endpoints with sequential ids that an anonymous caller can walk: the id the crawl used and
 * its neighbour both return different objects that belong to someone (an owner, an email, a
 * declared security requirement). One extra request per endpoint, at most three endpoints.
 */
public final class GuessableObjectIds implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-bola-guessable-ids")
          .title("Objects readable anonymously by walking sequential ids")
          .lens(Lens.LIVE)
          .category(Category.BOLA)
          .owasp(OwaspApi2023.API1)
          .cwe(639, 284)
          .severity(Severity.HIGH)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Load objects through the caller: Order.query.filter_by(id=id,"
                  + " owner_id=g.user.id).first_or_404(), and prefer random ids (UUIDs).")
          .build();

  private static final Pattern LAST_NUMBER = Pattern.compile("/(\\d{1,9})(?=/|$)");
  private static final Pattern OWNED =
      Pattern.compile(
          "(?i)\"(?:email|owner|owner_id|user_id|userid|customer|account|phone|address|username)\"\\s*:");
  private static final int MAX_ENDPOINTS = 3;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    int probed = 0;
    for (Exchange first : log.anonymousSuccesses()) {
      if (probed >= MAX_ENDPOINTS
          || !first.hasData()
          || first.request().purpose().startsWith("live-")) {
        continue;
      }
      Matcher m = LAST_NUMBER.matcher(first.uri().getRawPath());
      Optional<Endpoint> endpoint = endpointOf(first, context);
      boolean owned =
          OWNED.matcher(first.body()).find()
              || endpoint.map(Endpoint::declaresSecurity).orElse(false);
      if (!m.find() || !owned) {
        continue;
      }
      probed++;
      long id = Long.parseLong(m.group(1));
      String path = first.uri().getRawPath();
      String neighbour = path.substring(0, m.start(1)) + (id + 1) + path.substring(m.end(1));
      String template =
          first
              .request()
              .pathTemplate()
              .orElse(path.substring(0, m.start(1)) + "{id}" + path.substring(m.end(1)));
      Optional<Exchange> second =
          context.send(ProbeRequest.get(neighbour, META.id()).withTemplate(template));
      if (second.isPresent()
          && second.get().hasData()
          && !second.get().body().equals(first.body())
          && second.get().identity() == Identity.ANONYMOUS) {
        context
            .finding(META, second.get())
            .message(
                "Ids " + id + " and " + (id + 1) + " both return objects to an anonymous caller")
            .excerpt(Excerpts.head(second.get().body()))
            .anchor("sequential")
            .report();
      }
    }
  }

  private static Optional<Endpoint> endpointOf(Exchange exchange, ProbeContext context) {
    return context.surface().endpoints().stream()
        .filter(
            e -> e.template().equals(exchange.template()) && e.method().equals(exchange.method()))
        .findFirst();
  }
}
