package dev.bulwark.server.mcp;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Lens;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.ScanAssembler;
import dev.bulwark.core.ScanResult;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.core.Target;
import dev.bulwark.core.ToolInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Scan results with known findings, assembled the way a real scan assembles them. */
final class McpFixtures {
  /** A Stripe-format key assembled at run time, so no file holds one. */
  static final String SECRET = "sk_" + "live_" + "FAKEFAKEFAKE0000EXAMPLE0000";

  private McpFixtures() {}

  static ScanResult resultWithFindings() {
    Redactor redactor = Redactor.ephemeral();
    CollectingScanContext context = new CollectingScanContext(redactor, RulePolicy.DEFAULT);
    context.report(
        Finding.builder(McpStdioTestMain.TEST_RULE, SourceLocation.of("app.py", 42, 5))
            .message("debug mode is on")
            .evidence(Evidence.snippet("app.run(debug=True)"))
            .build());
    context.report(
        Finding.builder(
                McpStdioTestMain.TEST_RULE,
                new HttpLocation(
                    "GET", "http://127.0.0.1:5000/console", "/console", Optional.empty()))
            .message("a debugger console answers")
            .evidence(Evidence.secret(redactor, "KEY=" + SECRET, SECRET, 8))
            .build());
    Clock clock = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    return new ScanAssembler(new ToolInfo("bulwark", "test"), clock)
        .assemble(
            new ScanAssembler.Input(
                clock.instant(),
                List.of(new Target(Lens.SOURCE, "/tmp/project")),
                Optional.empty(),
                context,
                Optional.empty()));
  }
}
