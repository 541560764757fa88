package dev.bulwark.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sends a {@link ScoreAlert} as JSON, signed with HMAC-SHA256 over the exact body bytes: header
 * {@code X-Bulwark-Signature: sha256=<hex>}. The body carries {@code sentAt} so a receiver can
 * refuse replays. Findings in the body hold redacted evidence only, like every other output.
 */
public final class WebhookNotifier {
  public static final String SIGNATURE_HEADER = "X-Bulwark-Signature";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** Posts the alert; returns the HTTP status. */
  public int send(RescanJob.Webhook webhook, ScoreAlert alert, Instant now)
      throws IOException, InterruptedException {
    byte[] body = body(alert, now);
    HttpRequest request =
        HttpRequest.newBuilder(webhook.url())
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .header(SIGNATURE_HEADER, "sha256=" + sign(webhook.secret(), body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  static byte[] body(ScoreAlert alert, Instant now) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", alert.scoreDropped() ? "score_dropped" : "new_critical");
    m.put("api", alert.api());
    m.put("scanId", alert.scanId());
    m.put("previousScore", alert.previousScore());
    m.put("score", alert.score());
    List<Map<String, String>> critical =
        alert.newCritical().stream()
            .map(
                f ->
                    Map.of(
                        "fingerprint", f.fingerprint(),
                        "ruleId", f.ruleId(),
                        "title", f.title(),
                        "location", f.location()))
            .toList();
    m.put("newCritical", critical);
    m.put("sentAt", now.toString());
    try {
      return MAPPER.writeValueAsBytes(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the webhook body", e);
    }
  }

  /** Lower-case hex HMAC-SHA256 of {@code body} under {@code secret}. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }
}
