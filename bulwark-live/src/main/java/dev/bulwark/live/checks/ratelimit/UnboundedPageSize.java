package dev.bulwark.live.checks.ratelimit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Naming;
import dev.bulwark.live.discovery.JsonLinks;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.ProbeRequest;
import dev.bulwark.spec.model.Parameter;
import java.util.Optional;

/**
 * A page-size parameter ({@code limit}, {@code per_page}, …) that takes any value: asked for 5000
 * items, the API returned more than {@link #CEILING}. One request per operation, at most two.
 */
public final class UnboundedPageSize implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-unbounded-page-size")
          .title("Page size accepted without an upper bound")
          .lens(Lens.LIVE)
          .category(Category.RATE_LIMITING)
          .owasp(OwaspApi2023.API4)
          .cwe(770, 400)
          .severity(Severity.MEDIUM)
          .remediation(
              "Clamp page sizes server-side: limit = min(request.args.get(\"limit\", 20, type=int),"
                  + " 100).")
          .build();

  static final int ASKED = 5000;
  static final int CEILING = 500;

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    int probed = 0;
    for (Endpoint endpoint : context.surface().gets()) {
      Optional<Parameter> size =
          endpoint.operation().stream()
              .flatMap(o -> o.parameters().stream())
              .filter(p -> p.in().equals("query") && Naming.PAGE_SIZE.matcher(p.name()).matches())
              .findFirst();
      if (size.isEmpty() || probed >= 2 || endpoint.template().contains("{")) {
        continue;
      }
      probed++;
      String url = endpoint.concretePath() + "?" + size.get().name() + "=" + ASKED;
      Optional<Exchange> answer =
          context.send(ProbeRequest.get(url, META.id()).withTemplate(endpoint.template()));
      int items =
          answer
              .filter(Exchange::succeeded)
              .flatMap(e -> JsonLinks.parse(e.body()))
              .map(UnboundedPageSize::items)
              .orElse(0);
      if (items > CEILING) {
        context
            .finding(META, answer.get())
            .message(size.get().name() + "=" + ASKED + " returned " + items + " items")
            .excerpt("GET " + url + " -> " + items + " items")
            .parameter(size.get().name())
            .anchor(size.get().name())
            .report();
      }
    }
  }

  /** The length of the top-level array, or of the first array under a common envelope key. */
  static int items(JsonNode root) {
    if (root.isArray()) {
      return root.size();
    }
    for (String key : new String[] {"items", "data", "results", "records", "rows"}) {
      if (root.path(key).isArray()) {
        return root.path(key).size();
      }
    }
    return 0;
  }
}
