package dev.bulwark.cli;

import dev.bulwark.core.Redactor;
import dev.bulwark.core.ToolInfo;
import dev.bulwark.scan.AllRules;
import dev.bulwark.server.mcp.McpConfig;
import dev.bulwark.server.mcp.McpServerMain;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark mcp}: the MCP server for AI coding assistants, over stdio or local HTTP. */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = {
      "Run the MCP server for AI coding assistants (stdio by default).",
      "Assistants can scan source, specs and APIs. Live scans reach only loopback and private",
      "addresses unless --allow-host names more. See docs/mcp.md for client configuration."
    })
final class McpCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--allow-host",
      paramLabel = "HOST",
      description = "Also allow live scans of HOST (exact or *.example.com; repeatable).")
  List<String> allowHosts = new ArrayList<>();

  @Option(
      names = "--http",
      paramLabel = "PORT",
      description = "Serve streamable HTTP on 127.0.0.1:PORT instead of stdio (0 picks a port).")
  Optional<Integer> httpPort = Optional.empty();

  @Override
  public Integer call() throws InterruptedException, IOException {
    McpConfig config =
        McpConfig.defaults(new ToolInfo("bulwark", VersionProvider.version()))
            .withAllowedHosts(allowHosts);
    Redactor redactor = InstallKey.redactor(System.getenv());
    if (httpPort.isPresent()) {
      if (httpPort.get() < 0 || httpPort.get() > 65535) {
        throw UserError.badInput("--http must be a port between 0 and 65535");
      }
      try (McpServerMain.HttpHandle handle =
          McpServerMain.startHttp(
              config, AllRules.registry(), AllRules::doc, redactor, httpPort.get())) {
        spec.commandLine().getErr().println("bulwark: MCP server at " + handle.endpoint());
        handle.awaitClose();
      }
      return ExitCode.OK;
    }
    McpServerMain.runStdio(config, AllRules.registry(), AllRules::doc, redactor);
    return ExitCode.OK;
  }
}
