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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A stack trace (Python, Java, Node, .NET, PHP) in a response: internals handed to attackers. */
public final class StackTraceInResponse implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-stack-trace-in-response")
          .title("Stack trace returned in a response")
          .lens(Lens.LIVE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8)
          .cwe(209, 497)
          .severity(Severity.MEDIUM)
          .remediation(
              "Register an error handler that logs the exception server-side and returns a generic"
                  + " JSON error with a correlation id.")
          .build();

  private static final Pattern TRACE =
      Pattern.compile(
          "Traceback \\(most recent call last\\)"
              + "|File \"[^\"]{1,200}\\.py\", line \\d+"
              + "|\\bat [a-zA-Z_$][\\w$.]{2,200}\\([A-Za-z0-9_]+\\.java:\\d+\\)"
              + "|\\bat [^\\n]{1,120}\\((?:/|[A-Z]:\\\\)[^)\\n]{1,200}\\.js:\\d+:\\d+\\)"
              + "|System\\.[A-Za-z.]+Exception:[^\\n]{0,200}\\n\\s+at "
              + "|PHP (?:Fatal|Parse) error:|Stack trace:\\s*\\n#0 ");

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
    Matcher m = TRACE.matcher(body);
    if (m.find()) {
      context
          .finding(META, exchange)
          .message("The response shows a stack trace (status " + exchange.status() + ")")
          .excerpt(Excerpts.around(body, m.start(), m.end()))
          .anchor("stack-trace")
          .report();
    }
  }
}
