package dev.bulwark.server.mcp;

import dev.bulwark.core.Redactor;
import dev.bulwark.core.RuleRegistry;
import dev.bulwark.scan.ScanService;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapperSupplier;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ToolAnnotations;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Bulwark's tools for AI assistants, on the official MCP SDK: {@code scan_source}, {@code
 * scan_spec}, {@code scan_api}, {@code get_scan}, {@code list_scans}, {@code list_rules}, {@code
 * explain_rule} and {@code suggest_fix}. Arguments are validated against each tool's JSON schema;
 * answers carry the result as structured content (the JSON report's shape) and a short text.
 */
public final class BulwarkMcpServer {
  static final String INSTRUCTIONS =
      "Bulwark scans APIs for security problems: source code (Flask/Python, secrets), OpenAPI"
          + " documents, and running APIs (loopback and private hosts unless allow-listed)."
          + " Findings carry redacted evidence; use suggest_fix for the code change.";

  private final McpConfig config;
  private final ScanTools scans;
  private final RuleTools rules;

  public BulwarkMcpServer(
      McpConfig config,
      RuleRegistry registry,
      Function<String, Optional<String>> docs,
      Redactor redactor) {
    this.config = config;
    this.scans = new ScanTools(config, new ScanService(config.tool(), redactor, Clock.systemUTC()));
    this.rules = new RuleTools(registry, docs, scans.history());
  }

  /** The JSON mapper the SDK uses on both ends: Jackson 2, configured as the SDK configures it. */
  public static McpJsonMapper jsonMapper() {
    return new JacksonMcpJsonMapperSupplier().get();
  }

  /** Builds (and thereby starts) an MCP server with Bulwark's tools on the given transport. */
  public McpSyncServer start(McpServerTransportProvider transport) {
    McpJsonMapper json = jsonMapper();
    return McpServer.sync(transport)
        .serverInfo(config.tool().name(), config.tool().version())
        .instructions(INSTRUCTIONS)
        .jsonMapper(json)
        .jsonSchemaValidator(new NetworkntSchemaValidator())
        .validateToolInputs(true)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .tools(tools(json))
        .build();
  }

  /**
   * Builds a stateless MCP server (streamable HTTP without sessions) with the same tools on the
   * given transport, e.g. {@link LoopbackHttpTransport}.
   */
  public McpStatelessSyncServer startStateless(McpStatelessServerTransport transport) {
    McpJsonMapper json = jsonMapper();
    return McpServer.sync(transport)
        .serverInfo(config.tool().name(), config.tool().version())
        .instructions(INSTRUCTIONS)
        .jsonMapper(json)
        .jsonSchemaValidator(new NetworkntSchemaValidator())
        .validateToolInputs(true)
        .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
        .tools(
            definitions(json).stream()
                .map(
                    d ->
                        new McpStatelessServerFeatures.SyncToolSpecification(
                            d.tool(), (context, request) -> call(d.handler(), request.arguments())))
                .toList())
        .build();
  }

  List<SyncToolSpecification> tools(McpJsonMapper json) {
    return definitions(json).stream()
        .map(
            d ->
                SyncToolSpecification.builder()
                    .tool(d.tool())
                    .callHandler((exchange, request) -> call(d.handler(), request.arguments()))
                    .build())
        .toList();
  }

  private List<ToolDefinition> definitions(McpJsonMapper json) {
    return List.of(
        tool(
            json,
            "scan_source",
            "Scan a source directory",
            "Scans a directory (Python/Flask code, config files, git-tracked secrets) and returns"
                + " the score, grade and findings.",
            ToolSchemas.SCAN_SOURCE,
            false,
            scans::scanSource),
        tool(
            json,
            "scan_spec",
            "Scan an OpenAPI document",
            "Audits an OpenAPI/Swagger document (file path or URL) for API-key, auth, transport and"
                + " data-exposure weaknesses.",
            ToolSchemas.SCAN_SPEC,
            false,
            scans::scanSpec),
        tool(
            json,
            "scan_api",
            "Scan a running API",
            "Runs a bounded, read-only black-box scan of a running API (loopback/private hosts, or"
                + " hosts the server allow-lists), optionally with its spec and auth headers.",
            ToolSchemas.SCAN_API,
            true,
            scans::scanApi),
        tool(
            json,
            "get_scan",
            "Get a scan result",
            "Returns a scan of this session by id.",
            ToolSchemas.GET_SCAN,
            false,
            scans::getScan),
        tool(
            json,
            "list_scans",
            "List scans",
            "Lists the scans of this session with score, grade and finding count.",
            ToolSchemas.LIST_SCANS,
            false,
            args -> scans.listScans()),
        tool(
            json,
            "list_rules",
            "List rules",
            "Lists Bulwark's rules (id, severity, title), optionally of one category.",
            ToolSchemas.LIST_RULES,
            false,
            rules::listRules),
        tool(
            json,
            "explain_rule",
            "Explain a rule",
            "Explains a rule: why it matters, the Flask fix as code, references.",
            ToolSchemas.EXPLAIN_RULE,
            false,
            rules::explainRule),
        tool(
            json,
            "suggest_fix",
            "Suggest a fix",
            "For a finding (scanId + fingerprint) or a rule id, returns the code change that fixes"
                + " it in a Flask service.",
            ToolSchemas.SUGGEST_FIX,
            false,
            rules::suggestFix));
  }

  private static ToolDefinition tool(
      McpJsonMapper json,
      String name,
      String title,
      String description,
      String schema,
      boolean openWorld,
      ToolHandler handler) {
    McpSchema.Tool tool =
        McpSchema.Tool.builder()
            .name(name)
            .title(title)
            .description(description)
            .inputSchema(json, schema)
            .annotations(new ToolAnnotations(title, true, false, true, openWorld, false))
            .build();
    return new ToolDefinition(tool, handler);
  }

  private record ToolDefinition(McpSchema.Tool tool, ToolHandler handler) {}

  private static CallToolResult call(ToolHandler handler, Map<String, Object> args) {
    try {
      return handler.handle(args == null ? Map.of() : args);
    } catch (ToolException e) {
      return ToolReplies.error(e.getMessage());
    } catch (RuntimeException e) {
      String message =
          e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
      return ToolReplies.error("internal error (" + e.getClass().getSimpleName() + message + ")");
    }
  }

  @FunctionalInterface
  private interface ToolHandler {
    CallToolResult handle(Map<String, Object> args) throws ToolException;
  }
}
