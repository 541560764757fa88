package dev.bulwark.server.mcp;

import dev.bulwark.core.ToolInfo;
import dev.bulwark.live.LiveOptions;
import java.util.List;
import java.util.Objects;

/**
 * How the MCP server may scan.
 *
 * @param tool name and version reported to clients and in results
 * @param allowedHosts hosts (exact, or {@code *.example.com}) that live scans and spec URLs may
 *     reach besides loopback and private addresses; empty by default, so an assistant cannot be
 *     steered into scanning third parties
 * @param live the limits of a live scan (budget, rate, timeouts), the CLI's defaults unless the
 *     configuration says otherwise; a tool call may add headers, nothing else
 * @param maxScansKept how many results of this session {@code get_scan}/{@code list_scans} keep
 * @param maxFindingsShown findings beyond this are counted but left out of an answer
 */
public record McpConfig(
    ToolInfo tool,
    List<String> allowedHosts,
    LiveOptions live,
    int maxScansKept,
    int maxFindingsShown) {

  public McpConfig {
    Objects.requireNonNull(tool, "tool");
    allowedHosts = List.copyOf(allowedHosts);
    Objects.requireNonNull(live, "live");
    if (maxScansKept < 1 || maxFindingsShown < 1) {
      throw new IllegalArgumentException("maxScansKept and maxFindingsShown must be positive");
    }
  }

  public static McpConfig defaults(ToolInfo tool) {
    return new McpConfig(tool, List.of(), LiveOptions.defaults(), 50, 200);
  }

  public McpConfig withAllowedHosts(List<String> hosts) {
    return new McpConfig(tool, hosts, live, maxScansKept, maxFindingsShown);
  }
}
