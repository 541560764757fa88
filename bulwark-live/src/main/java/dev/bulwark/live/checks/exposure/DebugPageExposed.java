package dev.bulwark.live.checks.exposure;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.checks.Excerpts;
import dev.bulwark.live.engine.Exchange;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A framework's debug page served to the network: the Werkzeug debugger (remote code execution once
 * its PIN falls or is disabled), Django's technical 500/404 pages, Laravel Ignition, Rails.
 */
public final class DebugPageExposed implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-debug-page-exposed")
          .title("Framework debug page exposed")
          .lens(Lens.LIVE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8)
          .cwe(489, 215, 94)
          .severity(Severity.HIGH)
          .remediation(
              "Never run with debug enabled outside a developer machine: app.run(debug=False), or"
                  + " serve with gunicorn and FLASK_DEBUG unset.")
          .build();

  /** A signature of one framework's debug page. */
  private record Signature(String framework, Pattern pattern, Severity severity) {}

  private static final List<Signature> SIGNATURES =
      List.of(
          new Signature(
              "Werkzeug debugger",
              Pattern.compile(
                  "__debugger__|Werkzeug Debugger|werkzeug/debug/shared|CONSOLE_MODE\\s*=|class=\"debugger\""),
              Severity.CRITICAL),
          new Signature(
              "Django debug page",
              Pattern.compile(
                  "You're seeing this error because you have <code>DEBUG = True</code>|DEBUG = True</code> in your Django settings"),
              Severity.HIGH),
          new Signature(
              "Laravel Ignition",
              Pattern.compile("Ignition|Whoops! There was an error"),
              Severity.HIGH),
          new Signature(
              "Rails debug page",
              Pattern.compile("Action Controller: Exception caught"),
              Severity.HIGH));

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    if (exchange.response().isEmpty()) {
      return;
    }
    String body = exchange.body();
    for (Signature s : SIGNATURES) {
      Matcher m = s.pattern().matcher(body);
      if (m.find()) {
        context
            .finding(META, exchange)
            .message(s.framework() + " is served to the network")
            .excerpt(Excerpts.around(body, m.start(), m.end()))
            .severity(s.severity())
            .anchor(s.framework())
            .report();
        return;
      }
    }
  }
}
