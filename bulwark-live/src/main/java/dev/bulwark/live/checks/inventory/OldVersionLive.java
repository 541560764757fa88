package dev.bulwark.live.checks.inventory;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.Endpoint;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Identity;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An older API version (a sibling {@code /v0} of {@code /v1}, or a {@code /v1} beside a documented
 * {@code /v2}) still answers: old versions keep old bugs and miss new controls.
 */
public final class OldVersionLive implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-old-version-live")
          .title("Older API version still served")
          .lens(Lens.LIVE)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9)
          .cwe(1059)
          .severity(Severity.MEDIUM)
          .remediation(
              "Retire old versions on a schedule: answer 410 Gone, or route them to the current"
                  + " implementation with the same authentication.")
          .build();

  private static final Pattern VERSION = Pattern.compile("/v(\\d{1,2})(?=/|$)");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    OptionalInt newest =
        context.surface().endpoints().stream()
            .mapToInt(e -> version(e.template()))
            .filter(v -> v >= 0)
            .max();
    if (newest.isEmpty()) {
      return;
    }
    for (Endpoint endpoint : context.surface().endpoints()) {
      int v = version(endpoint.template());
      if (endpoint.documented() || v < 0 || v >= newest.getAsInt()) {
        continue;
      }
      log
          .matching(
              e ->
                  e.identity() == Identity.ANONYMOUS
                      && e.succeeded()
                      && e.uri().getRawPath().equals(endpoint.concretePath()))
          .stream()
          .findFirst()
          .ifPresent(
              e ->
                  context
                      .finding(META, e)
                      .message(
                          "v" + v + " still answers while v" + newest.getAsInt() + " is current")
                      .excerpt(e.uri().getRawPath() + " -> " + e.status())
                      .anchor("v" + v)
                      .report());
    }
  }

  static int version(String path) {
    Matcher m = VERSION.matcher(path);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
