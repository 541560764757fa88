package dev.bulwark.cli;

import dev.bulwark.core.ToolInfo;
import dev.bulwark.scan.AllRules;
import dev.bulwark.server.mcp.McpConfig;
import dev.bulwark.server.mcp.McpServerMain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulwark mcp}: the MCP server for AI coding assistants, over stdio. */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = {
      "Run the MCP server over stdio, so AI coding assistants can scan source, specs and APIs.",
      "Live scans reach only loopback and private addresses unless --allow-host names more.",
      "See docs/mcp.md for client configuration."
    })
final class McpCommand implements Callable<Integer> {
  @Option(
      names = "--allow-host",
      paramLabel = "HOST",
      description = "Also allow live scans of HOST (exact or *.example.com; repeatable).")
  List<String> allowHosts = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    McpConfig config =
        McpConfig.defaults(new ToolInfo("bulwark", VersionProvider.version()))
            .withAllowedHosts(allowHosts);
    McpServerMain.runStdio(
        config, AllRules.registry(), AllRules::doc, InstallKey.redactor(System.getenv()));
    return ExitCode.OK;
  }
}
