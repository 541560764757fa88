package dev.bulwark.server.mcp;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RuleRegistry;
import dev.bulwark.core.Severity;
import dev.bulwark.core.ToolInfo;
import java.util.List;

/** The MCP server as the CLI runs it, with one test rule: started in a child JVM by the tests. */
public final class McpStdioTestMain {
  static final RuleMeta TEST_RULE =
      RuleMeta.builder("test-debug-enabled")
          .title("Debug mode enabled (test rule)")
          .lens(Lens.SOURCE)
          .category(Category.DATA_EXPOSURE)
          .cwe(489)
          .severity(Severity.HIGH)
          .remediation("Turn debug mode off.")
          .build();

  private McpStdioTestMain() {}

  static RuleRegistry registry() {
    RuleCatalog catalog = () -> List.of(TEST_RULE);
    return RuleRegistry.of(List.of(catalog));
  }

  public static void main(String[] args) throws InterruptedException {
    McpServerMain.runStdio(
        McpConfig.defaults(new ToolInfo("bulwark", "test")), registry(), Redactor.ephemeral());
    System.err.println("mcp test server: stdin closed, exiting");
  }
}
