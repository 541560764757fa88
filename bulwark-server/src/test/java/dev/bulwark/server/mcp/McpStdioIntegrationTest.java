package dev.bulwark.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MCP server in a child JVM, driven over stdio by the SDK's own client. */
class McpStdioIntegrationTest {
  private static McpSyncClient client;

  @TempDir static Path work;

  static List<String> childCommand() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        java,
        "-Xmx256m",
        "-XX:TieredStopAtLevel=1",
        "-cp",
        System.getProperty("java.class.path"),
        McpStdioTestMain.class.getName());
  }

  @BeforeAll
  static void startServer() {
    List<String> command = childCommand();
    ServerParameters params =
        ServerParameters.builder(command.get(0)).args(command.subList(1, command.size())).build();
    StdioClientTransport transport =
        new StdioClientTransport(params, BulwarkMcpServer.jsonMapper());
    transport.setStdErrorHandler(line -> {});
    client =
        McpClient.sync(transport)
            .requestTimeout(Duration.ofSeconds(60))
            .initializationTimeout(Duration.ofSeconds(60))
            .jsonSchemaValidator(new NetworkntSchemaValidator())
            .build();
    McpSchema.InitializeResult init = client.initialize();
    assertThat(init.serverInfo().name()).isEqualTo("bulwark");
  }

  @AfterAll
  static void stopServer() {
    client.closeGracefully();
  }

  private static CallToolResult call(String tool, Map<String, Object> args) {
    return client.callTool(new CallToolRequest(tool, args));
  }

  private static String text(CallToolResult result) {
    return result.content().stream()
        .filter(TextContent.class::isInstance)
        .map(c -> ((TextContent) c).text())
        .collect(Collectors.joining("\n"));
  }

  /** A tool error's message, whether the SDK answers it as a tool result or a protocol error. */
  private static String errorOf(String tool, Map<String, Object> args) {
    try {
      CallToolResult result = call(tool, args);
      assertThat(result.isError()).as("tool error expected, got: %s", text(result)).isTrue();
      return text(result);
    } catch (McpError e) {
      return e.getMessage();
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> structured(CallToolResult result) {
    assertThat(result.structuredContent()).isInstanceOf(Map.class);
    return (Map<String, Object>) result.structuredContent();
  }

  @Test
  void listsEveryToolWithAnInputSchema() {
    List<McpSchema.Tool> tools = client.listTools().tools();

    assertThat(tools)
        .extracting(McpSchema.Tool::name)
        .containsExactlyInAnyOrder(
            "scan_source",
            "scan_spec",
            "scan_api",
            "get_scan",
            "list_scans",
            "list_rules",
            "explain_rule",
            "suggest_fix");
    assertThat(tools)
        .allSatisfy(tool -> assertThat(tool.inputSchema()).containsEntry("type", "object"));
  }

  @Test
  void scanSourceReturnsAScoredResultThatGetAndListScansFindAgain() throws IOException {
    Path project = Files.createDirectories(work.resolve("project"));
    Files.writeString(
        project.resolve("app.py"), "from flask import Flask\napp = Flask(__name__)\n");

    CallToolResult scan = call("scan_source", Map.of("path", project.toString()));

    assertThat(scan.isError()).as(text(scan)).isFalse();
    Map<String, Object> report = structured(scan);
    assertThat(report)
        .containsKeys("schemaVersion", "scan", "score", "findings", "errors", "stats");
    assertThat((Map<String, Object>) report.get("score")).containsKeys("value", "grade");
    assertThat(text(scan)).startsWith("Scan ").contains("grade");
    String scanId = (String) ((Map<String, Object>) report.get("scan")).get("id");

    CallToolResult again = call("get_scan", Map.of("scanId", scanId));
    assertThat(structured(again).get("scan")).isEqualTo(report.get("scan"));
    CallToolResult list = call("list_scans", Map.of());
    assertThat(text(list)).contains(scanId);
  }

  @Test
  void scanSourceOfAMissingDirectoryIsAToolError() {
    String message = errorOf("scan_source", Map.of("path", work.resolve("nope").toString()));

    assertThat(message).contains("not a directory");
  }

  @Test
  void scanSpecAnswersWithAResultOrAClearError() throws IOException {
    Path spec = work.resolve("openapi.yaml");
    Files.writeString(spec, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");

    CallToolResult result = call("scan_spec", Map.of("spec", spec.toString()));

    if (Boolean.TRUE.equals(result.isError())) {
      // While the spec lens is a placeholder (or the document has no operation).
      assertThat(text(result)).contains(spec.toString());
    } else {
      assertThat(structured(result)).containsKey("score");
    }
    assertThat(errorOf("scan_spec", Map.of("spec", work.resolve("missing.yaml").toString())))
        .contains("no such readable file");
  }

  @Test
  void scanApiRefusesPublicHostsAndNeverEchoesHeaders() {
    String refused =
        errorOf(
            "scan_api",
            Map.of(
                "baseUrl",
                "http://203.0.113.9/",
                "headers",
                List.of("X-API-Key: s3cr3t-value-77")));

    assertThat(refused).contains("203.0.113.9", "neither loopback nor private", "allow");
    assertThat(refused).doesNotContain("s3cr3t-value-77");
  }

  @Test
  void scanApiOnLoopbackRunsTheLiveLens() {
    CallToolResult result =
        call(
            "scan_api",
            Map.of(
                "baseUrl",
                "http://127.0.0.1:9/",
                "headers",
                List.of("X-API-Key: s3cr3t-value-88")));

    // While the live lens is a placeholder it answers with a clear error; later with a result.
    assertThat(text(result)).doesNotContain("s3cr3t-value-88");
    if (Boolean.TRUE.equals(result.isError())) {
      assertThat(text(result)).contains("127.0.0.1");
    } else {
      assertThat(structured(result)).containsKey("score");
    }
  }

  @Test
  void explainRuleReturnsTheDocAndUnknownIdsAreToolErrors() {
    CallToolResult explained = call("explain_rule", Map.of("ruleId", "test-debug-enabled"));

    assertThat(explained.isError()).isFalse();
    assertThat(text(explained)).contains("## How to fix", "app.run(debug=False)");
    assertThat(structured(explained)).containsEntry("severity", "high").containsKey("doc");
    assertThat(errorOf("explain_rule", Map.of("ruleId", "no-such-rule")))
        .contains("unknown rule id");
    assertThat(client.callTool(new CallToolRequest("list_rules", Map.of())).content()).isNotEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void suggestFixGivesTheFlaskCodeChange() {
    CallToolResult fix = call("suggest_fix", Map.of("ruleId", "test-debug-enabled"));

    assertThat(fix.isError()).isFalse();
    Map<String, Object> code = (Map<String, Object>) structured(fix).get("code");
    assertThat(code).containsEntry("language", "python");
    assertThat((String) code.get("text")).contains("debug=False");
    assertThat(errorOf("suggest_fix", Map.of("scanId", "x"))).contains("fingerprint");
  }

  @Test
  void badArgumentsAreClearToolErrors() {
    assertThat(errorOf("scan_source", Map.of())).containsIgnoringCase("path");
    assertThat(errorOf("explain_rule", Map.of("ruleId", "Not Kebab")))
        .containsIgnoringCase("ruleId");
    assertThat(errorOf("scan_api", Map.of("baseUrl", "ftp://127.0.0.1/")))
        .containsIgnoringCase("baseUrl");
  }

  @Test
  void theServerExitsCleanlyWhenStdinCloses() throws Exception {
    Process process = new ProcessBuilder(childCommand()).redirectErrorStream(false).start();
    process.getOutputStream().close();

    boolean exited = process.waitFor(30, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly();
    }

    assertThat(exited).as("server still running after stdin closed").isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(new String(process.getInputStream().readAllBytes())).isEmpty();
  }
}
