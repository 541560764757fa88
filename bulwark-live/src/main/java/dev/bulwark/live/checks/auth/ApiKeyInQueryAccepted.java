package dev.bulwark.live.checks.auth;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.check.ScanSession;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Header;
import dev.bulwark.live.engine.Identity;
import dev.bulwark.live.engine.ProbeRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The API accepts its key in the query string, where proxies, access logs, browser history and
 * Referer headers keep it. Needs the user's key; sent only where anonymous calls are refused.
 */
public final class ApiKeyInQueryAccepted implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-api-key-in-query-accepted")
          .title("API key accepted in the query string")
          .lens(Lens.LIVE)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(598, 522)
          .severity(Severity.MEDIUM)
          .remediation(
              "Read the key only from a header (request.headers.get(\"X-API-Key\")), never from"
                  + " request.args, and reject requests that put it in the URL.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    if (!(context instanceof ScanSession session) || !context.hasIdentity(Identity.PRIMARY)) {
      return;
    }
    Optional<Exchange> target =
        ProtectedEndpoints.refusedAnonymously(log).stream()
            .filter(e -> ProtectedEndpoints.acceptedWithCredentials(log, e).isPresent())
            .findFirst();
    if (target.isEmpty()) {
      return;
    }
    String key = keyValue(session.credentials().headersFor(Identity.PRIMARY));
    for (String param : paramNames(context)) {
      String separator = target.get().pathAndQuery().contains("?") ? "&" : "?";
      String url =
          target.get().pathAndQuery()
              + separator
              + param
              + "="
              + URLEncoder.encode(key, StandardCharsets.UTF_8);
      session.registerDerived(URLEncoder.encode(key, StandardCharsets.UTF_8));
      Optional<Exchange> answer =
          context.send(ProbeRequest.get(url, META.id()).withTemplate(target.get().template()));
      if (answer.isPresent() && answer.get().hasData()) {
        context
            .finding(META, answer.get())
            .message("The key is accepted as ?" + param + "= without any header")
            .excerpt("GET " + context.scrub(url) + " -> " + answer.get().status())
            .parameter(param)
            .anchor(param)
            .report();
        return;
      }
    }
  }

  /** The key itself: a header's value, without a {@code Bearer } scheme. */
  private static String keyValue(List<Header> headers) {
    String value = headers.get(0).value();
    int space = value.indexOf(' ');
    return space > 0 ? value.substring(space + 1) : value;
  }

  private static Set<String> paramNames(ProbeContext context) {
    Set<String> names = new LinkedHashSet<>();
    context.surface().apiKeyName("query").ifPresent(names::add);
    names.add("api_key");
    names.add("apikey");
    return names;
  }
}
