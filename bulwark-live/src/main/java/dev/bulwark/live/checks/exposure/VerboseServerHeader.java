package dev.bulwark.live.checks.exposure;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.live.check.CheckContext;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.engine.Exchange;
import java.util.List;
import java.util.regex.Pattern;

/** {@code Server}/{@code X-Powered-By} headers that name software versions. */
public final class VerboseServerHeader implements PassiveCheck {
  public static final RuleMeta META =
      RuleMeta.builder("live-verbose-server-header")
          .title("Server header reveals software versions")
          .lens(Lens.LIVE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8)
          .cwe(200, 497)
          .severity(Severity.LOW)
          .remediation(
              "Drop or genericise Server and X-Powered-By in the reverse proxy, and do not expose the"
                  + " development server (Werkzeug) at all.")
          .build();

  private static final List<String> HEADERS =
      List.of("server", "x-powered-by", "x-aspnet-version", "x-aspnetmvc-version");
  private static final Pattern VERSION = Pattern.compile("[A-Za-z][\\w.-]*/?\\s?v?\\d+\\.\\d+");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void inspect(Exchange exchange, CheckContext context) {
    for (String name : HEADERS) {
      exchange
          .header(name)
          .filter(v -> VERSION.matcher(v).find())
          .ifPresent(
              value ->
                  context
                      .finding(META, exchange)
                      .message(name + " reveals versions: " + value)
                      .excerpt(name + ": " + value)
                      .path("/")
                      .parameter(name)
                      .anchor(name)
                      .report());
    }
  }
}
