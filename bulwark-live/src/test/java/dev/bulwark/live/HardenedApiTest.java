package dev.bulwark.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Category;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import dev.bulwark.spec.model.ApiModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A clean, hardened API: the whole lens finds nothing above info except plain HTTP on loopback. */
class HardenedApiTest {
  private static final String KEY = "hk-" + "7d1f0c" + "-2b9e44a1";
  private static final ApiModel MODEL =
      Specs.model(
          Specs.op("GET", "/api/v1/orders", true, Specs.query("limit", "integer")),
          Specs.op("GET", "/api/v1/orders/{id}", true, Specs.path("id", "integer")),
          Specs.op("GET", "/api/v1/profile", true),
          Specs.op("POST", "/api/v1/orders", true),
          Specs.op("GET", "/api/v1/search", true, Specs.query("q", "string")));

  @Test
  void anonymousScanFindsNothingAboveInfoButLoopbackHttp() throws Exception {
    try (TestServer server = hardened()) {
      List<Finding> findings = scan(server, Scans.fast());

      assertThat(findings)
          .filteredOn(f -> f.severity().atLeast(Severity.LOW))
          .extracting(Finding::ruleId)
          .containsOnly("live-plain-http");
    }
  }

  @Test
  void authenticatedScanFindsNothingAboveInfoButLoopbackHttp() throws Exception {
    try (TestServer server = hardened()) {
      List<Finding> findings = scan(server, Scans.fast().withHeaders(List.of("X-API-Key: " + KEY)));

      assertThat(findings)
          .filteredOn(f -> f.severity().atLeast(Severity.LOW))
          .extracting(Finding::ruleId)
          .containsOnly("live-plain-http");
    }
  }

  @Test
  void everyCategoryIsAssessed() throws Exception {
    try (TestServer server = hardened()) {
      CollectingScanContext context = Scans.context();
      LiveLens.runner(server.base(), Optional.of(MODEL), Scans.fast()).run(context);

      assertThat(context.assessedCategories()).isEqualTo(EnumSet.allOf(Category.class));
    }
  }

  private static List<Finding> scan(TestServer server, LiveOptions options) throws Exception {
    CollectingScanContext context = Scans.context();
    LiveLens.runner(server.base(), Optional.of(MODEL), options).run(context);
    return context.findings();
  }

  private static TestServer hardened() throws Exception {
    TestServer server = new TestServer();
    server.defaults(
        Map.of(
            "X-Content-Type-Options", "nosniff",
            "Cache-Control", "no-store",
            "RateLimit-Limit", "100",
            "RateLimit-Remaining", "99",
            "Server", "api"));
    server.route(
        "/api/v1/orders",
        ex -> authorised(ex) ? Reply.json("[{\"id\":1,\"total\":12}]") : Reply.status(401));
    server.route(
        "/api/v1/orders/1",
        ex -> authorised(ex) ? Reply.json("{\"id\":1,\"total\":12}") : Reply.status(401));
    server.route(
        "/api/v1/profile",
        ex ->
            authorised(ex) ? Reply.json("{\"id\":7,\"display_name\":\"Jo\"}") : Reply.status(401));
    server.route("/api/v1/search", ex -> authorised(ex) ? Reply.json("[]") : Reply.status(401));
    return server;
  }

  private static boolean authorised(com.sun.net.httpserver.HttpExchange ex) {
    return TestServer.header(ex, "X-API-Key").equals(KEY);
  }
}
