package dev.bulwark.live.checks;

import static dev.bulwark.live.LiveTesting.scan;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.bulwark.live.checks.input.ReflectedInput;
import dev.bulwark.live.checks.input.ServerErrorOnInput;
import dev.bulwark.live.checks.input.TemplateInjection;
import dev.bulwark.live.checks.input.TraceMethodEnabled;
import dev.bulwark.live.checks.ratelimit.NoRateLimit;
import dev.bulwark.live.checks.ratelimit.UnboundedPageSize;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import dev.bulwark.spec.model.ApiModel;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InputAndRateChecksTest {
  private static final ApiModel SEARCH =
      Specs.model(Specs.op("GET", "/api/search", false, Specs.query("q", "string")));

  private static String q(HttpExchange ex) {
    String query = TestServer.query(ex);
    return query.startsWith("q=")
        ? URLDecoder.decode(query.substring(2), StandardCharsets.UTF_8)
        : "";
  }

  @Test
  void inputThatCrashesTheServerIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/search",
          ex -> q(ex).contains("'") ? Reply.text(500, "text/plain", "error") : Reply.json("[]"));

      Scans result = scan(server, Optional.of(SEARCH), Scans.fast(), new ServerErrorOnInput());

      assertThat(result.of("live-server-error-on-input")).hasSize(1);
      assertThat(result.sentBy("live-server-error-on-input")).isEqualTo(1);
    }
  }

  @Test
  void validatedInputStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/search", ex -> q(ex).matches("[a-z]*") ? Reply.json("[]") : Reply.status(400));

      Scans result = scan(server, Optional.of(SEARCH), Scans.fast(), new ServerErrorOnInput());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-server-error-on-input")).isEqualTo(3);
    }
  }

  @Test
  void withoutASpecTheIdOfADiscoveredPathIsProbed() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/users", Reply.json("{\"items\":[{\"href\":\"/api/users/1\"}]}"));
      server.routePrefix(
          "/api/users/",
          ex ->
              ex.getRequestURI().getPath().matches("/api/users/\\d+")
                  ? Reply.json("{\"id\":1}")
                  : Reply.text(500, "text/plain", "boom"));

      Scans result = scan(server, new ServerErrorOnInput());

      assertThat(result.of("live-server-error-on-input"))
          .singleElement()
          .satisfies(f -> assertThat(f.location().display()).contains("/api/users/1"));
      assertThat(result.sentBy("live-server-error-on-input")).isEqualTo(1);
    }
  }

  @Test
  void inputReflectedInHtmlIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/search", ex -> Reply.text(200, "text/html", "<h1>Results for " + q(ex) + "</h1>"));

      Scans result = scan(server, Optional.of(SEARCH), Scans.fast(), new ReflectedInput());

      assertThat(result.of("live-reflected-input")).hasSize(1);
      assertThat(result.sentBy("live-reflected-input")).isEqualTo(1);
    }
  }

  @Test
  void inputEchoedInJsonStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/search", ex -> Reply.json("{\"q\":\"" + q(ex).replace("\"", "\\\"") + "\"}"));

      Scans result = scan(server, Optional.of(SEARCH), Scans.fast(), new ReflectedInput());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void evaluatedTemplateExpressionsAreReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/search",
          ex -> Reply.text(200, "text/plain", "Hello " + q(ex).replace("{{7*191}}", "1337")));

      Scans result = scan(server, Optional.of(SEARCH), Scans.fast(), new TemplateInjection());

      assertThat(result.of("live-template-injection")).hasSize(1);
      assertThat(result.sentBy("live-template-injection")).isEqualTo(1);
    }
  }

  @Test
  void templateExpressionsEchoedVerbatimStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/search", ex -> Reply.text(200, "text/plain", "Hello " + q(ex)));

      Scans result = scan(server, Optional.of(SEARCH), Scans.fast(), new TemplateInjection());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void traceInAllowIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.json("{}").with("Allow", "GET, TRACE, OPTIONS"));

      Scans result = scan(server, new TraceMethodEnabled());

      assertThat(result.of("live-trace-method-enabled")).hasSize(1);
      assertThat(result.sentBy("live-trace-method-enabled")).isEqualTo(1);
    }
  }

  @Test
  void allowWithoutTraceStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.json("{}").with("Allow", "GET, HEAD, OPTIONS"));

      Scans result = scan(server, new TraceMethodEnabled());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void aBurstWithoutLimitsIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/health", Reply.json("{\"ok\":true}"));

      Scans result = scan(server, new NoRateLimit());

      assertThat(result.of("live-no-rate-limit")).hasSize(1);
      assertThat(result.sentBy("live-no-rate-limit")).isEqualTo(12);
    }
  }

  @Test
  void aLimitedApiStopsTheBurstEarly() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (TestServer server = new TestServer()) {
      server.route(
          "/health",
          ex ->
              calls.incrementAndGet() > 3
                  ? Reply.status(429).with("Retry-After", "1")
                  : Reply.json("{\"ok\":true}"));

      Scans result = scan(server, new NoRateLimit());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-no-rate-limit")).isEqualTo(3);
    }
  }

  @Test
  void anUnboundedPageSizeIsReported() throws Exception {
    ApiModel model =
        Specs.model(Specs.op("GET", "/api/items", false, Specs.query("limit", "integer")));
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/items",
          ex ->
              Reply.json(
                  items(
                      TestServer.query(ex).startsWith("limit=")
                          ? Math.min(Integer.parseInt(TestServer.query(ex).substring(6)), 2000)
                          : 20)));

      Scans result = scan(server, Optional.of(model), Scans.fast(), new UnboundedPageSize());

      assertThat(result.of("live-unbounded-page-size")).hasSize(1);
      assertThat(result.sentBy("live-unbounded-page-size")).isEqualTo(1);
    }
  }

  @Test
  void aClampedPageSizeStaysSilent() throws Exception {
    ApiModel model =
        Specs.model(Specs.op("GET", "/api/items", false, Specs.query("limit", "integer")));
    try (TestServer server = new TestServer()) {
      server.route("/api/items", Reply.json(items(100)));

      Scans result = scan(server, Optional.of(model), Scans.fast(), new UnboundedPageSize());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-unbounded-page-size")).isEqualTo(1);
    }
  }

  private static String items(int n) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      out.append(i == 0 ? "" : ",").append(i);
    }
    return out.append("]").toString();
  }
}
