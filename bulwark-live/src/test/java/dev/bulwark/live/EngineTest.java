package dev.bulwark.live;

import static dev.bulwark.live.LiveTesting.scan;
import static dev.bulwark.live.LiveTesting.scanAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.live.checks.exposure.PiiInResponse;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EngineTest {

  @Test
  void aTargetThatRefusesConnectionsIsABadTarget() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    LiveRunner runner =
        LiveLens.runner(URI.create("http://127.0.0.1:" + port), Optional.empty(), Scans.fast());

    assertThatThrownBy(() -> runner.run(Scans.context()))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("cannot connect")
        .hasMessageNotContaining("\n")
        .hasMessageNotContaining("ClosedChannelException");
  }

  @Test
  void aHostThatDoesNotResolveIsABadTarget() {
    LiveRunner runner =
        LiveLens.runner(URI.create("http://no-such-host.invalid"), Optional.empty(), Scans.fast());

    assertThatThrownBy(() -> runner.run(Scans.context())).isInstanceOf(BadTargetException.class);
  }

  @Test
  void aNonHttpUrlIsABadTarget() {
    LiveRunner runner =
        LiveLens.runner(URI.create("ftp://127.0.0.1/"), Optional.empty(), Scans.fast());

    assertThatThrownBy(() -> runner.run(Scans.context()))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("http");
  }

  @Test
  void theBudgetBoundsEveryRequest() throws Exception {
    try (TestServer server = new TestServer()) {
      Scans result = scanAll(server, Optional.empty(), Scans.fast().withMaxRequests(7));

      assertThat(result.requests()).isLessThanOrEqualTo(7);
      assertThat(server.requests()).isLessThanOrEqualTo(7);
      assertThat(result.summary().budget()).isEqualTo(7);
      assertThat(result.summary().requestsRefused()).isPositive();
    }
  }

  @Test
  void aDryRunSendsNothingAndListsThePlan() throws Exception {
    try (TestServer server = new TestServer()) {
      Scans result =
          scanAll(
              server,
              Optional.of(Specs.model(Specs.op("GET", "/api/orders", true))),
              Scans.fast().withDryRun(true));

      assertThat(server.requests()).isZero();
      assertThat(result.requests()).isZero();
      assertThat(result.summary().planned())
          .anySatisfy(p -> assertThat(p.url()).endsWith("/api/orders"));
      assertThat(result.of("live-dry-run-request")).hasSameSizeAs(result.summary().planned());
    }
  }

  @Test
  void unsafeMethodsNeedActiveMode() throws Exception {
    AtomicInteger posts = new AtomicInteger();
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex -> {
            if (!ex.getRequestMethod().equals("GET")) {
              posts.incrementAndGet();
            }
            return Reply.json("[]");
          });

      scanAll(
          server,
          Optional.of(
              Specs.model(
                  Specs.op("POST", "/api/orders", false),
                  Specs.op("DELETE", "/api/orders", false))),
          Scans.fast());

      assertThat(posts).hasValue(0);
    }
  }

  @Test
  void theStatsCountEveryRequestTheServerSaw() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/users", Reply.json("[{\"id\":1}]"));

      Scans result = scan(server, new PiiInResponse());

      assertThat(result.requests()).isEqualTo(server.requests());
      assertThat(result.summary().requestsBy("preflight")).isEqualTo(1);
    }
  }

  @Test
  void credentialsNeverReachFindingsErrorsOrTheHar() throws Exception {
    String key = "k-" + "echoed-" + "9f8e7d6c5b4a";
    java.nio.file.Path har = java.nio.file.Files.createTempFile("bulwark", ".har");
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/users",
          ex ->
              Reply.json(
                  "[{\"email\":\"a.person@corp-mail.com\",\"you\":\""
                      + TestServer.header(ex, "X-API-Key")
                      + "\"}]"));

      LiveOptions options =
          Scans.fast().withHeaders(List.of("X-API-Key: " + key)).withHarFile(Optional.of(har));
      LiveRunner runner = LiveLens.runner(server.base(), Optional.empty(), options);
      CollectingScanContext context = Scans.context();
      runner.run(context);

      assertThat(context.findings()).isNotEmpty();
      assertThat(context.findings().toString()).doesNotContain(key);
      assertThat(context.errors().toString()).doesNotContain(key);
      assertThat(java.nio.file.Files.readString(har)).contains("/api/users").doesNotContain(key);
    } finally {
      java.nio.file.Files.deleteIfExists(har);
    }
  }

  @Test
  void theSpecServersBasePathPrefixesDocumentedPaths() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/v1/orders", Reply.json("[{\"id\":1}]"));
      dev.bulwark.spec.model.ApiModel base = Specs.model(Specs.op("GET", "/orders", false));
      dev.bulwark.spec.model.ApiModel model =
          new dev.bulwark.spec.model.ApiModel(
              base.source(),
              base.title(),
              base.version(),
              List.of("https://api.example.com/api/v1"),
              base.operations(),
              base.securitySchemes());

      Scans result = scanAll(server, Optional.of(model), Scans.fast());

      assertThat(result.summary().requestsBy("crawl")).isEqualTo(1);
      assertThat(result.findings())
          .noneMatch(f -> f.ruleId().equals("live-documented-endpoint-missing"));
    }
  }

  @Test
  void anAuthCommandReplacesExpiredCredentials() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex ->
              TestServer.header(ex, "X-API-Key").equals("fresh-key-123")
                  ? Reply.json("[{\"id\":1}]")
                  : Reply.status(401));
      LiveOptions options =
          Scans.fast()
              .withHeaders(List.of("X-API-Key: expired-key-000"))
              .withAuthCommand(List.of("sh", "-c", "echo 'X-API-Key: fresh-key-123'"));

      Scans result =
          scanAll(server, Optional.of(Specs.model(Specs.op("GET", "/api/orders", true))), options);

      assertThat(result.summary().credentialsAccepted()).contains(true);
      assertThat(result.findings().toString()).doesNotContain("fresh-key-123", "expired-key-000");
    }
  }

  @Test
  void overloadAnswersSlowTheScanButDoNotStopIt() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.status(429).with("Retry-After", "30"));

      Scans result = scanAll(server, Optional.empty(), Scans.fast());

      assertThat(result.requests()).isPositive();
      assertThat(result.summary().elapsed()).isLessThan(java.time.Duration.ofSeconds(20));
    }
  }
}
