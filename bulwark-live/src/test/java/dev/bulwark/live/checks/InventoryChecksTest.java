package dev.bulwark.live.checks;

import static dev.bulwark.live.LiveTesting.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Severity;
import dev.bulwark.live.checks.inventory.ApiDocsExposed;
import dev.bulwark.live.checks.inventory.DebugConsoleExposed;
import dev.bulwark.live.checks.inventory.DeprecatedOperationServed;
import dev.bulwark.live.checks.inventory.DocumentedEndpointMissing;
import dev.bulwark.live.checks.inventory.OldVersionLive;
import dev.bulwark.live.checks.inventory.ShadowEndpoint;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import dev.bulwark.spec.model.ApiModel;
import dev.bulwark.spec.model.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InventoryChecksTest {

  @Test
  void theWerkzeugConsoleIsCritical() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/console", Reply.text(200, "text/html", "<title>Console // Werkzeug Debugger</title>"));

      Scans result = scan(server, new DebugConsoleExposed());

      assertThat(result.of("live-debug-console-exposed"))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
      assertThat(result.sentBy("live-debug-console-exposed")).isEqualTo(4);
    }
  }

  @Test
  void consolePathsThatAreNotConsolesStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/console", Reply.json("{\"game\":\"console list\"}"));

      Scans result = scan(server, new DebugConsoleExposed());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void publicDocsAreReportedLow() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/docs", Reply.text(200, "text/html", "<div id=\"swagger-ui\"></div>"));

      Scans result = scan(server, new ApiDocsExposed());

      assertThat(result.of("live-api-docs-exposed"))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.LOW));
      assertThat(result.sentBy("live-api-docs-exposed")).isEqualTo(3);
    }
  }

  @Test
  void noDocsStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      Scans result = scan(server, new ApiDocsExposed());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void undocumentedPathsAnsweringWithDataAreShadowApis() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", Reply.json("[{\"id\":1}]"));
      server.route("/api/admin", Reply.json("{\"secret_stats\":1}"));

      Scans result =
          scan(
              server,
              Optional.of(Specs.model(Specs.op("GET", "/api/orders", false))),
              Scans.fast(),
              new ShadowEndpoint());

      assertThat(result.of("live-shadow-endpoint"))
          .singleElement()
          .satisfies(f -> assertThat(f.location().display()).isEqualTo("GET /api/admin"));
      assertThat(result.sentBy("live-shadow-endpoint")).isZero();
    }
  }

  @Test
  void documentedPathsAreNotShadowApis() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", Reply.json("[{\"id\":1}]"));

      Scans result =
          scan(
              server,
              Optional.of(Specs.model(Specs.op("GET", "/api/orders", false))),
              Scans.fast(),
              new ShadowEndpoint());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void anOlderSiblingVersionStillAnsweringIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/v2", Reply.json("{\"version\":2}"));
      server.route("/api/v1", Reply.json("{\"version\":1}"));

      Scans result =
          scan(
              server,
              Optional.of(Specs.model(Specs.op("GET", "/api/v2", false))),
              Scans.fast(),
              new OldVersionLive());

      assertThat(result.of("live-old-version-live"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("v1", "v2"));
    }
  }

  @Test
  void aRetiredVersionStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/v2", Reply.json("{\"version\":2}"));
      server.route("/api/v1", Reply.status(410));

      Scans result =
          scan(
              server,
              Optional.of(Specs.model(Specs.op("GET", "/api/v2", false))),
              Scans.fast(),
              new OldVersionLive());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void documentedPathsAnswering404AreReportedAndServedOnesAreNot() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", Reply.json("[]"));
      ApiModel model =
          Specs.model(
              Specs.op("GET", "/api/orders", false), Specs.op("GET", "/api/invoices", false));

      Scans result =
          scan(server, Optional.of(model), Scans.fast(), new DocumentedEndpointMissing());

      assertThat(result.of("live-documented-endpoint-missing"))
          .singleElement()
          .satisfies(f -> assertThat(f.location().display()).isEqualTo("GET /api/invoices"));
      assertThat(result.sentBy("live-documented-endpoint-missing")).isZero();
    }
  }

  @Test
  void deprecatedOperationsStillServedAreReportedAndGoneOnesAreNot() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/old", Reply.json("[]"));
      ApiModel model = Specs.model(deprecated("/api/old"), deprecated("/api/older"));

      Scans result =
          scan(server, Optional.of(model), Scans.fast(), new DeprecatedOperationServed());

      assertThat(result.of("live-deprecated-operation-served"))
          .singleElement()
          .satisfies(f -> assertThat(f.location().display()).isEqualTo("GET /api/old"));
    }
  }

  private static Operation deprecated(String path) {
    Operation op = Specs.op("GET", path, false);
    return new Operation(
        op.method(),
        op.path(),
        op.pointer(),
        op.operationId(),
        op.parameters(),
        op.requestBodySchema(),
        op.responses(),
        op.security(),
        true,
        List.of());
  }
}
