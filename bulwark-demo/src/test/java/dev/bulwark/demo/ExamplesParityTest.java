package dev.bulwark.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java demo is a twin of examples/vulnerable-flask: the same requests get the same statuses
 * from both; and examples/hardened-flask refuses what the vulnerable app gives away. Runs the Flask
 * apps through Flask's test client (no network), when Python with Flask is installed.
 */
class ExamplesParityTest {
  private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
  private static final List<String> REQUESTS =
      List.of(
          "GET /api/v1/health",
          "GET /api/v1/users/1",
          "GET /api/v1/users/2",
          "GET /api/v1/users/99",
          "GET /api/v1/users/abc",
          "GET /api/v0/users/3",
          "GET /api/v1/admin/export",
          "GET /api/v1/whoami?api_key=acme-customer-key-2",
          "GET /api/v1/orders",
          "GET /api/v1/orders?api_key=acme-customer-key-2",
          "POST /api/v1/assistant/chat",
          "POST /api/v1/health",
          "GET /.env",
          "GET /app.py",
          "GET /openapi.yaml",
          "GET /no/such/thing");

  private static Map<String, Integer> vulnerable;
  private static Map<String, Integer> hardened;

  @BeforeAll
  static void runFlaskApps() throws IOException, InterruptedException {
    assumeTrue(hasFlask(), "python3 with flask and requests is not installed");
    Path script = Path.of("src/test/resources/examples/probe_flask_apps.py").toAbsolutePath();
    Process process =
        new ProcessBuilder(
                "python3", script.toString(), EXAMPLES.toString(), String.join("\n", REQUESTS))
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    vulnerable = new LinkedHashMap<>();
    hardened = new LinkedHashMap<>();
    for (String line : out.lines().toList()) {
      String[] parts = line.split(" ");
      if (parts.length == 4) {
        Map<String, Integer> target = parts[0].equals("vulnerable") ? vulnerable : hardened;
        target.put(parts[1] + " " + parts[2], Integer.parseInt(parts[3]));
      }
    }
    assertThat(vulnerable).as(out).hasSameSizeAs(REQUESTS);
  }

  private static boolean hasFlask() {
    try {
      Process p =
          new ProcessBuilder("python3", "-c", "import flask, requests")
              .redirectErrorStream(true)
              .start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void theJavaDemoAnswersLikeTheFlaskApp() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Map<String, Integer> demo = new LinkedHashMap<>();
    try (DemoApi api = DemoApi.start()) {
      for (String request : REQUESTS) {
        String[] parts = request.split(" ");
        HttpRequest.Builder builder =
            HttpRequest.newBuilder(api.baseUri().resolve(parts[1].substring(1)))
                .timeout(Duration.ofSeconds(10));
        if (parts[0].equals("POST")) {
          builder
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString("{\"message\": \"hello\"}"));
        }
        demo.put(
            request,
            client.send(builder.build(), HttpResponse.BodyHandlers.discarding()).statusCode());
      }
    }

    assertThat(demo).containsExactlyEntriesOf(vulnerable);
  }

  @Test
  void theHardenedAppRefusesWhatTheVulnerableOneGivesAway() {
    for (String open :
        List.of(
            "GET /api/v1/users/1",
            "GET /api/v0/users/3",
            "GET /api/v1/admin/export",
            "GET /api/v1/whoami?api_key=acme-customer-key-2",
            "GET /api/v1/orders?api_key=acme-customer-key-2",
            "POST /api/v1/assistant/chat")) {
      assertThat(vulnerable.get(open)).as("vulnerable %s", open).isEqualTo(200);
      assertThat(hardened.get(open)).as("hardened %s", open).isIn(401, 404);
    }
    assertThat(vulnerable.get("GET /.env")).isEqualTo(200);
    assertThat(hardened.get("GET /.env")).isEqualTo(404);
    assertThat(hardened.get("GET /api/v1/health")).isEqualTo(200);
  }
}
