package dev.bulwark.live.checks.ssrf;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Canary;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Naming;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.ProbeRequest;
import dev.bulwark.spec.model.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A URL-taking parameter makes the server fetch the URL. Proved with a canary listener on 127.0.0.1
 * when the target is local; never pointed at a third party. For a remote target the check stays
 * silent rather than guess.
 */
public final class ServerSideRequestForgery implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-ssrf")
          .title("Server fetches URLs supplied by the caller (SSRF)")
          .lens(Lens.LIVE)
          .category(Category.SSRF)
          .owasp(OwaspApi2023.API7)
          .cwe(918)
          .severity(Severity.HIGH)
          .remediation(
              "Fetch only from an allow-list of hosts, resolve the name and refuse private,"
                  + " loopback and link-local addresses, and disable redirects on the fetch.")
          .build();

  /** The purpose the probes carry, so the relay check can find them. */
  public static final String PURPOSE = META.id();

  private static final int MAX_PROBES = 4;
  private static final long WAIT_MILLIS = 300;

  /** A parameter that takes a URL. */
  record Target(Endpoint endpoint, String parameter) {}

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    List<Target> targets = targets(context);
    if (targets.isEmpty()) {
      return;
    }
    Optional<Canary> canary = context.canary();
    if (canary.isEmpty()) {
      context.note(
          META, "URL parameters found but the target is not local: no canary to prove a fetch");
      return;
    }
    int n = 0;
    for (Target target : targets) {
      String token = "s" + (++n) + Long.toHexString(System.nanoTime());
      String url =
          target.endpoint().concretePath()
              + (target.endpoint().concretePath().contains("?") ? "&" : "?")
              + target.parameter()
              + "="
              + URLEncoder.encode(canary.get().urlFor(token).toString(), StandardCharsets.UTF_8);
      Optional<Exchange> answer =
          context.send(ProbeRequest.get(url, PURPOSE).withTemplate(target.endpoint().template()));
      if (answer.isPresent() && waitForHit(canary.get(), token)) {
        context
            .finding(META, answer.get())
            .message(target.parameter() + " made the server fetch Bulwark's canary URL")
            .excerpt(
                "canary on 127.0.0.1 received the server's request for token "
                    + token.substring(0, 2))
            .parameter(target.parameter())
            .anchor(target.parameter())
            .report();
      }
    }
  }

  private static boolean waitForHit(Canary canary, String token) {
    long until = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    while (System.nanoTime() < until) {
      if (canary.wasHit(token)) {
        return true;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return canary.wasHit(token);
  }

  static List<Target> targets(ProbeContext context) {
    List<Target> out = new ArrayList<>();
    for (Endpoint endpoint : context.surface().gets()) {
      for (Parameter p : endpoint.operation().map(o -> o.parameters()).orElse(List.of())) {
        boolean urlLike =
            Naming.URL_PARAM.matcher(p.name()).matches()
                || p.format().map(f -> f.equals("uri") || f.equals("url")).orElse(false)
                || p.example()
                    .map(v -> v.startsWith("http://") || v.startsWith("https://"))
                    .orElse(false);
        if (p.in().equals("query") && urlLike && out.size() < MAX_PROBES) {
          out.add(new Target(endpoint, p.name()));
        }
      }
      if (endpoint.operation().isEmpty()
          && endpoint.template().matches("(?i).*(fetch|proxy|preview|import|unfurl).*")
          && out.size() < MAX_PROBES) {
        out.add(new Target(endpoint, "url"));
      }
    }
    return out;
  }
}
