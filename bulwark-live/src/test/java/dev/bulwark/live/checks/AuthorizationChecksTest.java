package dev.bulwark.live.checks;

import static dev.bulwark.live.LiveTesting.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.live.checks.authz.CrossIdentityObjectAccess;
import dev.bulwark.live.checks.authz.GuessableObjectIds;
import dev.bulwark.live.checks.authz.MassAssignment;
import dev.bulwark.live.checks.authz.PrivilegedFunctionExposed;
import dev.bulwark.live.checks.authz.SensitivePropertyExposed;
import dev.bulwark.live.checks.authz.StateChangingGet;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import dev.bulwark.spec.model.ApiModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AuthorizationChecksTest {
  private static final ApiModel ORDER =
      Specs.model(Specs.op("GET", "/api/orders/{id}", false, Specs.path("id", "integer")));

  @Test
  void sequentialIdsReadableAnonymouslyAreReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders/1", Reply.json("{\"id\":1,\"email\":\"a@corp-mail.com\"}"));
      server.route("/api/orders/2", Reply.json("{\"id\":2,\"email\":\"b@corp-mail.com\"}"));

      Scans result = scan(server, Optional.of(ORDER), Scans.fast(), new GuessableObjectIds());

      assertThat(result.of("live-bola-guessable-ids"))
          .singleElement()
          .satisfies(f -> assertThat(f.location().display()).isEqualTo("GET /api/orders/{id}"));
      assertThat(result.sentBy("live-bola-guessable-ids")).isEqualTo(1);
    }
  }

  @Test
  void aNeighbourThatIsNotFoundStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders/1", Reply.json("{\"id\":1,\"email\":\"a@corp-mail.com\"}"));

      Scans result = scan(server, Optional.of(ORDER), Scans.fast(), new GuessableObjectIds());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-bola-guessable-ids")).isEqualTo(1);
    }
  }

  @Test
  void identityBReadingIdentityAsObjectIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders/1",
          ex ->
              TestServer.header(ex, "X-API-Key").isEmpty()
                  ? Reply.status(401)
                  : Reply.json("{\"id\":1,\"owner\":\"alice\"}"));

      Scans result =
          scan(server, Optional.of(ORDER), identities(), new CrossIdentityObjectAccess());

      assertThat(result.of("live-bola-cross-identity")).hasSize(1);
      assertThat(result.sentBy("live-bola-cross-identity")).isZero();
    }
  }

  @Test
  void identityBRefusedStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders/1",
          ex ->
              TestServer.header(ex, "X-API-Key").equals("key-a-123456")
                  ? Reply.json("{\"id\":1,\"owner\":\"alice\"}")
                  : Reply.status(404));

      Scans result =
          scan(server, Optional.of(ORDER), identities(), new CrossIdentityObjectAccess());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void adminPathsAnsweringAnonymousCallersAreReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/admin", Reply.json("{\"users\":42,\"flags\":[\"beta\"]}"));

      Scans result = scan(server, new PrivilegedFunctionExposed());

      assertThat(result.of("live-privileged-function-exposed")).hasSize(1);
      assertThat(result.sentBy("live-privileged-function-exposed")).isZero();
    }
  }

  @Test
  void adminPathsThatRefuseStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/admin", Reply.status(403));

      Scans result = scan(server, new PrivilegedFunctionExposed());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void anAdminLoginPageIsNotAnExposedFunction() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/admin", Reply.text(200, "text/html", "<form><input type=password name=pw></form>"));

      Scans result = scan(server, new PrivilegedFunctionExposed());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void stateChangingGetsAreConfirmedWithOptionsAndNeverCalled() throws Exception {
    AtomicInteger gets = new AtomicInteger();
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/users/1/delete",
          ex -> {
            if (ex.getRequestMethod().equals("GET")) {
              gets.incrementAndGet();
            }
            return Reply.text(200, "text/plain", "").with("Allow", "GET, HEAD, OPTIONS");
          });
      ApiModel model =
          Specs.model(
              Specs.op("GET", "/api/users/{id}/delete", false, Specs.path("id", "integer")));

      Scans result = scan(server, Optional.of(model), Scans.fast(), new StateChangingGet());

      assertThat(result.of("live-state-changing-get")).hasSize(1);
      assertThat(result.sentBy("live-state-changing-get")).isEqualTo(1);
      assertThat(gets).hasValue(0);
    }
  }

  @Test
  void securedStateChangingGetsStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      ApiModel model =
          Specs.model(Specs.op("GET", "/api/users/{id}/delete", true, Specs.path("id", "integer")));

      Scans result = scan(server, Optional.of(model), Scans.fast(), new StateChangingGet());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-state-changing-get")).isZero();
    }
  }

  @Test
  void passwordHashesAndKeysInResponsesAreReportedByNameOnly() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/users",
          Reply.json(
              "[{\"id\":1,\"password_hash\":\"pbkdf2:sha256:600000$abc$def\",\"api_key\":\"zzz-123\"}]"));

      Scans result = scan(server, new SensitivePropertyExposed());

      assertThat(result.of("live-sensitive-property-exposed"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.message()).contains("password_hash", "api_key");
                assertThat(f.toString()).doesNotContain("pbkdf2:sha256");
              });
    }
  }

  @Test
  void publicPropertiesStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/users", Reply.json("[{\"id\":1,\"display_name\":\"Jo\",\"password\":null}]"));

      Scans result = scan(server, new SensitivePropertyExposed());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void massAssignmentIsReportedInActiveModeOnly() throws Exception {
    ApiModel model = Specs.model(withBody(Specs.op("POST", "/api/users", false)));
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/users",
          ex -> {
            try {
              String body =
                  new String(
                      ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
              return ex.getRequestMethod().equals("POST") ? Reply.json(body) : Reply.json("[]");
            } catch (java.io.IOException e) {
              return Reply.status(400);
            }
          });

      Scans passive = scan(server, Optional.of(model), Scans.fast(), new MassAssignment());
      Scans active =
          scan(server, Optional.of(model), Scans.fast().withActive(true), new MassAssignment());

      assertThat(passive.findings()).isEmpty();
      assertThat(passive.sentBy("live-mass-assignment")).isZero();
      assertThat(active.of("live-mass-assignment")).hasSize(1);
      assertThat(active.sentBy("live-mass-assignment")).isEqualTo(1);
    }
  }

  @Test
  void aServerThatKeepsOnlyWritableFieldsStaysSilent() throws Exception {
    ApiModel model = Specs.model(withBody(Specs.op("POST", "/api/users", false)));
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/users",
          Reply.json("{\"id\":5,\"email\":\"bulwark@example.invalid\",\"role\":\"user\"}"));

      Scans result =
          scan(server, Optional.of(model), Scans.fast().withActive(true), new MassAssignment());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-mass-assignment")).isEqualTo(1);
    }
  }

  private static dev.bulwark.spec.model.Operation withBody(dev.bulwark.spec.model.Operation op)
      throws Exception {
    com.fasterxml.jackson.databind.JsonNode schema =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(
                "{\"type\":\"object\",\"properties\":{\"email\":{\"type\":\"string\",\"format\":\"email\"},\"id\":{\"type\":\"integer\",\"readOnly\":true}}}");
    return new dev.bulwark.spec.model.Operation(
        op.method(),
        op.path(),
        op.pointer(),
        op.operationId(),
        op.parameters(),
        Optional.of(schema),
        op.responses(),
        op.security(),
        false,
        List.of());
  }

  private static dev.bulwark.live.LiveOptions identities() {
    return Scans.fast()
        .withHeaders(List.of("X-API-Key: key-a-123456"))
        .withIdentityB(List.of("X-API-Key: key-b-654321"));
  }
}
