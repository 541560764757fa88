package dev.bulwark.server.mcp;

import dev.bulwark.core.ToolInfo;
import dev.bulwark.live.LiveOptions;
import java.time.Duration;
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
 * @param maxScanDuration a scan still running after this is cancelled; its answer holds what was
 *     found until then
 */
public record McpConfig(
    ToolInfo tool,
    List<String> allowedHosts,
    LiveOptions live,
    int maxScansKept,
    int maxFindingsShown,
    Duration maxScanDuration) {

  public McpConfig {
    Objects.requireNonNull(tool, "tool");
    allowedHosts = List.copyOf(allowedHosts);
    Objects.requireNonNull(live, "live");
    Objects.requireNonNull(maxScanDuration, "maxScanDuration");
    if (maxScansKept < 1
        || maxFindingsShown < 1
        || maxScanDuration.isNegative()
        || maxScanDuration.isZero()) {
      throw new IllegalArgumentException(
          "maxScansKept, maxFindingsShown and maxScanDuration must be positive");
    }
  }

  public static McpConfig defaults(ToolInfo tool) {
    return new McpConfig(tool, List.of(), LiveOptions.defaults(), 50, 200, Duration.ofMinutes(5));
  }

  public McpConfig withAllowedHosts(List<String> hosts) {
    return new McpConfig(tool, hosts, live, maxScansKept, maxFindingsShown, maxScanDuration);
  }

  /** The same configuration with the live-scan limits the CLI resolved (flags, bulwark.yaml). */
  public McpConfig withLive(LiveOptions limits) {
    return new McpConfig(
        tool, allowedHosts, limits, maxScansKept, maxFindingsShown, maxScanDuration);
  }
}
