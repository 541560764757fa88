package dev.bulwark.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.ApiIdentity;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** The client side of {@code bulwark scan --upload URL}: sends one JSON report to a dashboard. */
public final class Uploader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What the dashboard answered. {@code url} is the scan's page on the dashboard. */
  public record Result(long scanId, boolean created, URI url) {}

  private final HttpClient client;

  public Uploader() {
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Uploads a report whose API the report itself names (or its targets do). */
  public Result upload(URI dashboard, String token, String reportJson) {
    return upload(dashboard, token, reportJson, Optional.empty());
  }

  /**
   * Uploads {@code reportJson} to the dashboard at {@code dashboard} (its base URL).
   *
   * @throws UploadException with a one-line message when the dashboard refuses or cannot be reached
   */
  public Result upload(URI dashboard, String token, String reportJson, Optional<ApiIdentity> api) {
    String base = dashboard.toString().replaceAll("/+$", "");
    String query =
        api.map(
                a ->
                    "?api="
                        + URLEncoder.encode(a.name(), StandardCharsets.UTF_8)
                        + "&version="
                        + URLEncoder.encode(a.version(), StandardCharsets.UTF_8))
            .orElse("");
    URI endpoint = URI.create(base + "/api/v1/scans" + query);
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(reportJson, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UploadException("cannot reach the dashboard at " + base + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UploadException("the upload to " + base + " was interrupted", e);
    }
    JsonNode body = parse(response.body());
    if (response.statusCode() != 200 && response.statusCode() != 201) {
      String reason = body.path("error").asText("HTTP " + response.statusCode());
      throw new UploadException(
          "the dashboard refused the report (HTTP " + response.statusCode() + "): " + reason, null);
    }
    long id = body.path("id").asLong(-1);
    if (id < 0) {
      throw new UploadException("the dashboard at " + base + " gave an unexpected answer", null);
    }
    return new Result(id, body.path("created").asBoolean(), URI.create(base + "/scans/" + id));
  }

  private static JsonNode parse(String body) {
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      return MAPPER.createObjectNode();
    }
  }

  /** The upload failed; the message is one line naming the problem. */
  public static final class UploadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UploadException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
