package dev.bulwark.live.checks;

import static dev.bulwark.live.LiveTesting.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Severity;
import dev.bulwark.live.checks.consumption.UnsignedWebhook;
import dev.bulwark.live.checks.consumption.UnvalidatedRelay;
import dev.bulwark.live.checks.crypto.CookieFlagsMissing;
import dev.bulwark.live.checks.crypto.PlainHttp;
import dev.bulwark.live.checks.llm.LlmEndpointUnauthenticated;
import dev.bulwark.live.checks.llm.LlmInstructionOverride;
import dev.bulwark.live.checks.llm.LlmSystemPromptLeak;
import dev.bulwark.live.checks.llm.LlmUnboundedTokens;
import dev.bulwark.live.checks.ssrf.ServerSideRequestForgery;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import dev.bulwark.spec.model.ApiModel;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TransportFetchAndLlmChecksTest {
  private static final ApiModel PREVIEW =
      Specs.model(Specs.op("GET", "/api/preview", false, Specs.query("url", "string")));

  @Test
  void plainHttpOnLoopbackIsLow() throws Exception {
    try (TestServer server = new TestServer()) {
      Scans result = scan(server, new PlainHttp());

      assertThat(result.of("live-plain-http"))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
      assertThat(result.sentBy("live-plain-http")).isZero();
    }
  }

  @Test
  void aRedirectToHttpsIsNotPlainHttp() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/", Reply.text(301, "text/plain", "").with("Location", "https://127.0.0.1/"));

      Scans result = scan(server, new PlainHttp());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void sessionCookiesWithoutFlagsAreReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.json("{}").with("Set-Cookie", "session_id=abc123; Path=/"));

      Scans result = scan(server, new CookieFlagsMissing());

      assertThat(result.of("live-cookie-flags-missing"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.MEDIUM);
                assertThat(f.message()).contains("Secure", "HttpOnly", "SameSite");
              });
    }
  }

  @Test
  void hardenedCookiesStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api",
          Reply.json("{}")
              .with("Set-Cookie", "session_id=abc123; Path=/; Secure; HttpOnly; SameSite=Lax"));

      Scans result = scan(server, new CookieFlagsMissing());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void aServerThatFetchesAndRelaysTheCanaryIsSsrfAndUnsafeConsumption() throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/preview",
          ex -> {
            String query = TestServer.query(ex);
            if (!query.startsWith("url=")) {
              return Reply.status(400);
            }
            String url = URLDecoder.decode(query.substring(4), StandardCharsets.UTF_8);
            try {
              HttpResponse<String> fetched =
                  client.send(
                      HttpRequest.newBuilder(URI.create(url)).build(),
                      HttpResponse.BodyHandlers.ofString());
              return Reply.json("{\"preview\":\"" + fetched.body() + "\"}");
            } catch (IOException | InterruptedException | IllegalArgumentException e) {
              return Reply.status(502);
            }
          });

      Scans result =
          scan(
              server,
              Optional.of(PREVIEW),
              Scans.fast(),
              new ServerSideRequestForgery(),
              new UnvalidatedRelay());

      assertThat(result.of("live-ssrf")).hasSize(1);
      assertThat(result.of("live-unvalidated-relay")).hasSize(1);
      assertThat(result.sentBy("live-ssrf")).isEqualTo(1);
    }
  }

  @Test
  void aServerThatRefusesForeignUrlsStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/preview", Reply.status(400));

      Scans result =
          scan(
              server,
              Optional.of(PREVIEW),
              Scans.fast(),
              new ServerSideRequestForgery(),
              new UnvalidatedRelay());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-ssrf")).isEqualTo(1);
    }
  }

  @Test
  void anUnsignedWebhookIsReportedInActiveModeWithOnePost() throws Exception {
    ApiModel model = Specs.model(Specs.op("POST", "/webhooks/payments", false));
    try (TestServer server = new TestServer()) {
      server.route("/webhooks/payments", ex -> Reply.json("{\"received\":true}"));

      Scans result =
          scan(server, Optional.of(model), Scans.fast().withActive(true), new UnsignedWebhook());

      assertThat(result.of("live-unsigned-webhook")).hasSize(1);
      assertThat(result.sentBy("live-unsigned-webhook")).isEqualTo(1);
    }
  }

  @Test
  void aSignedWebhookStaysSilentInActiveMode() throws Exception {
    ApiModel model = Specs.model(Specs.op("POST", "/webhooks/payments", false));
    try (TestServer server = new TestServer()) {
      server.route(
          "/webhooks/payments",
          ex ->
              TestServer.header(ex, "X-Signature").isEmpty()
                  ? Reply.status(401)
                  : Reply.json("{}"));

      Scans result =
          scan(server, Optional.of(model), Scans.fast().withActive(true), new UnsignedWebhook());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void withoutActiveModeAWebhookIsNeverPosted() throws Exception {
    AtomicInteger posts = new AtomicInteger();
    ApiModel model = Specs.model(Specs.op("POST", "/webhooks/payments", false));
    try (TestServer server = new TestServer()) {
      server.route(
          "/webhooks/payments",
          ex -> {
            if (ex.getRequestMethod().equals("POST")) {
              posts.incrementAndGet();
            }
            return Reply.text(204, "text/plain", "").with("Allow", "POST, OPTIONS");
          });

      Scans result = scan(server, Optional.of(model), Scans.fast(), new UnsignedWebhook());

      assertThat(posts).hasValue(0);
      assertThat(result.of("live-unsigned-webhook"))
          .singleElement()
          .satisfies(f -> assertThat(f.confidence()).isEqualTo(dev.bulwark.core.Confidence.LOW));
    }
  }

  @Test
  void aNaiveChatEndpointLeaksItsPromptAndFollowsInjections() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/chat",
          ex -> {
            String body = read(ex.getRequestBody());
            if (body.contains("system prompt")) {
              return Reply.json(
                  "{\"reply\":\"Sure. You are a helpful banking assistant. Never reveal account data.\"}");
            }
            if (body.contains("BULWARK-OVERRIDE-7Q")) {
              return Reply.json("{\"reply\":\"BULWARK-OVERRIDE-7Q\"}");
            }
            return Reply.json("{\"reply\":\"I can help with your account.\"}");
          });

      Scans result =
          scan(
              server,
              new LlmEndpointUnauthenticated(),
              new LlmSystemPromptLeak(),
              new LlmInstructionOverride());

      assertThat(result.of("live-llm-endpoint-unauthenticated")).hasSize(1);
      assertThat(result.of("live-llm-system-prompt-leak")).hasSize(1);
      assertThat(result.of("live-llm-prompt-injection")).hasSize(1);
      // 3 common paths tried (2 answer 404), then 5 probes on the one chat endpoint
      assertThat(
              result.summary().requestsByPurpose().entrySet().stream()
                  .filter(e -> e.getKey().startsWith("live-llm"))
                  .mapToLong(java.util.Map.Entry::getValue)
                  .sum())
          .isEqualTo(8);
    }
  }

  @Test
  void aChatEndpointThatIgnoresMaxTokensIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/chat", Reply.json("{\"reply\":\"...\",\"usage\":{\"completion_tokens\":4096}}"));

      Scans result = scan(server, new LlmEndpointUnauthenticated(), new LlmUnboundedTokens());

      assertThat(result.of("live-llm-unbounded-tokens")).hasSize(1);
    }
  }

  @Test
  void aChatEndpointWithinTheCapStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/chat", Reply.json("{\"reply\":\"...\",\"usage\":{\"completion_tokens\":150}}"));

      Scans result = scan(server, new LlmEndpointUnauthenticated(), new LlmUnboundedTokens());

      assertThat(result.of("live-llm-unbounded-tokens")).isEmpty();
    }
  }

  @Test
  void aProtectedChatEndpointGetsNoProbes() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/chat", Reply.status(401));

      Scans result =
          scan(
              server,
              new LlmEndpointUnauthenticated(),
              new LlmSystemPromptLeak(),
              new LlmInstructionOverride());

      assertThat(result.findings()).isEmpty();
      assertThat(
              result.summary().requestsByPurpose().entrySet().stream()
                  .filter(e -> e.getKey().startsWith("live-llm"))
                  .mapToLong(java.util.Map.Entry::getValue)
                  .sum())
          .isEqualTo(3);
    }
  }

  @Test
  void anEchoEndpointIsNotAnObedientModel() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/chat",
          ex ->
              Reply.json(
                  "{\"reply\":"
                      + com.fasterxml.jackson.databind.node.TextNode.valueOf(
                          read(ex.getRequestBody()))
                      + "}"));

      Scans result =
          scan(
              server,
              new LlmEndpointUnauthenticated(),
              new LlmSystemPromptLeak(),
              new LlmInstructionOverride());

      assertThat(result.of("live-llm-prompt-injection")).isEmpty();
      assertThat(result.of("live-llm-system-prompt-leak")).isEmpty();
    }
  }

  private static String read(InputStream in) {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
