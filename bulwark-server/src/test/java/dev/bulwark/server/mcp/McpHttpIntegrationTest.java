package dev.bulwark.server.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Redactor;
import dev.bulwark.core.RuleDocs;
import dev.bulwark.core.ToolInfo;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MCP server over streamable HTTP on 127.0.0.1, driven by the SDK's HTTP client. */
class McpHttpIntegrationTest {
  private McpServerMain.HttpHandle server;

  @BeforeEach
  void start() throws Exception {
    server =
        McpServerMain.startHttp(
            McpConfig.defaults(new ToolInfo("bulwark", "test")),
            McpStdioTestMain.registry(),
            RuleDocs::load,
            Redactor.ephemeral(),
            0);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theSdkClientInitializesListsAndCallsTools(@TempDir Path project) {
    URI endpoint = server.endpoint();
    assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
    HttpClientStreamableHttpTransport transport =
        HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + endpoint.getPort())
            .endpoint(endpoint.getPath())
            .jsonMapper(BulwarkMcpServer.jsonMapper())
            .build();
    try (McpSyncClient client =
        McpClient.sync(transport)
            .requestTimeout(Duration.ofSeconds(60))
            .jsonSchemaValidator(new NetworkntSchemaValidator())
            .build()) {
      McpSchema.InitializeResult init = client.initialize();
      CallToolResult scan =
          client.callTool(new CallToolRequest("scan_source", Map.of("path", project.toString())));
      CallToolResult bad = client.callTool(new CallToolRequest("scan_source", Map.of()));

      assertThat(init.serverInfo().name()).isEqualTo("bulwark");
      assertThat(client.listTools().tools()).hasSize(8);
      assertThat(scan.isError()).isFalse();
      assertThat(scan.structuredContent())
          .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
          .containsKey("score");
      assertThat(bad.isError()).isTrue();
    }
  }

  @Test
  void refusesOtherOriginsAndNonPostMethods() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String initialize = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"ping\"}";
    HttpResponse<String> foreign =
        http.send(
            HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/json")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(initialize))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> get =
        http.send(
            HttpRequest.newBuilder(server.endpoint()).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> local =
        http.send(
            HttpRequest.newBuilder(server.endpoint())
                .header("Content-Type", "application/json")
                .header("Origin", "http://localhost:3000")
                .POST(HttpRequest.BodyPublishers.ofString(initialize))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(foreign.statusCode()).isEqualTo(403);
    assertThat(get.statusCode()).isEqualTo(405);
    assertThat(local.statusCode()).isEqualTo(200);
    assertThat(local.body()).contains("\"id\":1");
  }
}
