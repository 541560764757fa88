package dev.bulwark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DemoSessionTest {

  @Test
  void startsTheApiAndExtractsTheFilesThenCleansUp() throws Exception {
    Path source;
    try (DemoSession demo = DemoSession.start()) {
      source = Path.of(demo.targets().get(0));

      assertThat(demo.targets()).hasSize(2);
      assertThat(source.resolve("app.py")).isRegularFile();
      assertThat(Path.of(demo.spec())).isRegularFile().hasFileName("openapi.yaml");
      assertThat(demo.targets().get(1)).isEqualTo(demo.baseUrl()).startsWith("http://127.0.0.1:");
      HttpResponse<String> health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(demo.baseUrl() + "/api/v1/health"))
                      .timeout(Duration.ofSeconds(10))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
    }
    assertThat(source).doesNotExist();
  }
}
