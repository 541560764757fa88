package dev.bulwark.live.checks.inventory;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.ProbeContext;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.ProbeRequest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debug and management consoles left reachable: the Werkzeug console, Spring Boot actuators,
 * generic debug endpoints. The content is checked, not only the status.
 */
public final class DebugConsoleExposed implements ActiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-debug-console-exposed")
          .title("Debug or management console exposed")
          .lens(Lens.LIVE)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9, OwaspApi2023.API8)
          .cwe(489, 215)
          .severity(Severity.HIGH)
          .remediation(
              "Remove debug consoles from production builds; bind management endpoints to an"
                  + " internal port behind authentication.")
          .build();

  /** A console path, what its content looks like, and how bad it is. */
  record Console(String path, Pattern content, Severity severity) {}

  static final List<Console> CONSOLES =
      List.of(
          new Console(
              "/console",
              Pattern.compile("Werkzeug|__debugger__|Interactive Console"),
              Severity.CRITICAL),
          new Console(
              "/actuator", Pattern.compile("\"_links\"\\s*:|\"propertySources\""), Severity.MEDIUM),
          new Console(
              "/actuator/env",
              Pattern.compile("\"propertySources\"|\"activeProfiles\""),
              Severity.HIGH),
          new Console(
              "/debug",
              Pattern.compile(
                  "(?i)\"(?:debug|config|environ|env|settings)\"\\s*:|DEBUG\\s*=\\s*True"),
              Severity.MEDIUM));

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void probe(ExchangeLog log, ProbeContext context) {
    for (Console console : CONSOLES) {
      Optional<Exchange> answer = context.send(ProbeRequest.get(console.path(), META.id()));
      if (answer.isEmpty() || !answer.get().succeeded()) {
        continue;
      }
      Matcher m = console.content().matcher(answer.get().body());
      if (m.find()) {
        context
            .finding(META, answer.get())
            .message(console.path() + " is reachable")
            .excerpt(Excerpts.around(answer.get().body(), m.start(), m.end()))
            .severity(console.severity())
            .anchor(console.path())
            .report();
      }
    }
  }
}
