package dev.bulwark.live.checks;

import static dev.bulwark.live.LiveTesting.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
import dev.bulwark.live.checks.auth.ApiKeyInQueryAccepted;
import dev.bulwark.live.checks.auth.AuthNotEnforced;
import dev.bulwark.live.checks.auth.CredentialIssuedAnonymously;
import dev.bulwark.live.checks.auth.CredentialsAccepted;
import dev.bulwark.live.checks.auth.CredentialsRejected;
import dev.bulwark.live.checks.auth.HeadSkipsAuth;
import dev.bulwark.live.checks.auth.UnsignedSessionCookie;
import dev.bulwark.live.checks.auth.WeakKeyAccepted;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import dev.bulwark.spec.model.ApiModel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticationChecksTest {
  private static final String KEY = "k-" + "Tr0ub4dor" + "-3xample";
  private static final ApiModel ORDERS = Specs.model(Specs.op("GET", "/api/orders", true));
  private static final String DATA = "[{\"id\":1,\"total\":12}]";

  @Test
  void declaredSecurityThatIsNotEnforcedIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", Reply.json(DATA));

      Scans result = scan(server, Optional.of(ORDERS), Scans.fast(), new AuthNotEnforced());

      assertThat(result.of("live-auth-not-enforced"))
          .singleElement()
          .satisfies(f -> assertThat(f.location().display()).isEqualTo("GET /api/orders"));
    }
  }

  @Test
  void enforcedSecurityStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", Reply.status(401));

      Scans result = scan(server, Optional.of(ORDERS), Scans.fast(), new AuthNotEnforced());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void aKeyCheckThatAcceptsAnEmptyKeyIsCritical() throws Exception {
    try (TestServer server = new TestServer()) {
      // the Flask mistake: `if request.headers.get("X-API-Key") is not None`
      server.route(
          "/api/orders",
          ex ->
              ex.getRequestHeaders().containsKey("X-API-Key")
                  ? Reply.json(DATA)
                  : Reply.status(401));

      Scans result = scan(server, Optional.of(ORDERS), Scans.fast(), new WeakKeyAccepted());

      assertThat(result.of("live-weak-key-accepted"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(f.message()).contains("empty");
              });
      assertThat(result.sentBy("live-weak-key-accepted")).isEqualTo(1);
    }
  }

  @Test
  void anExactKeyCheckPassesEveryWeakKey() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex ->
              TestServer.header(ex, "X-API-Key").equals(KEY)
                  ? Reply.json(DATA)
                  : Reply.status(401));

      Scans result =
          scan(
              server,
              Optional.of(ORDERS),
              Scans.fast().withHeaders(List.of("X-API-Key: " + KEY)),
              new WeakKeyAccepted());

      assertThat(result.findings()).isEmpty();
      // "", null, *, undefined and the case-swapped key
      assertThat(result.sentBy("live-weak-key-accepted")).isEqualTo(5);
    }
  }

  @Test
  void aCaseInsensitiveKeyCheckIsReportedWithoutTheKey() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex ->
              TestServer.header(ex, "X-API-Key").equalsIgnoreCase(KEY)
                  ? Reply.json(DATA)
                  : Reply.status(401));

      Scans result =
          scan(
              server,
              Optional.of(ORDERS),
              Scans.fast().withHeaders(List.of("X-API-Key: " + KEY)),
              new WeakKeyAccepted());

      assertThat(result.of("live-weak-key-accepted"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("case-changed"));
      assertNoCredential(result, KEY);
    }
  }

  @Test
  void aKeyAcceptedInTheQueryStringIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex ->
              TestServer.header(ex, "X-API-Key").equals(KEY) || TestServer.query(ex).contains(KEY)
                  ? Reply.json(DATA)
                  : Reply.status(401));

      Scans result =
          scan(
              server,
              Optional.of(ORDERS),
              Scans.fast().withHeaders(List.of("X-API-Key: " + KEY)),
              new ApiKeyInQueryAccepted());

      assertThat(result.of("live-api-key-in-query-accepted"))
          .singleElement()
          .satisfies(
              f ->
                  assertThat(f.proof().orElseThrow().curl())
                      .startsWith("curl -i 'http://127.0.0.1:")
                      .contains("api_key=$CREDENTIAL'"));
      assertThat(result.sentBy("live-api-key-in-query-accepted")).isEqualTo(1);
      assertNoCredential(result, KEY);
    }
  }

  @Test
  void aHeaderOnlyKeyStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex ->
              TestServer.header(ex, "X-API-Key").equals(KEY)
                  ? Reply.json(DATA)
                  : Reply.status(401));

      Scans result =
          scan(
              server,
              Optional.of(ORDERS),
              Scans.fast().withHeaders(List.of("X-API-Key: " + KEY)),
              new ApiKeyInQueryAccepted());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-api-key-in-query-accepted")).isEqualTo(2);
    }
  }

  @Test
  void unsignedJsonSessionCookiesAreReported() throws Exception {
    String payload =
        Base64.getEncoder()
            .encodeToString(
                "{\"user\":\"bob\",\"role\":\"user\"}".getBytes(StandardCharsets.UTF_8));
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.json("{}").with("Set-Cookie", "session=" + payload + "; Path=/"));

      Scans result = scan(server, new UnsignedSessionCookie());

      assertThat(result.of("live-unsigned-session-cookie")).hasSize(1);
    }
  }

  @Test
  void flaskSignedSessionCookiesStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api",
          Reply.json("{}")
              .with(
                  "Set-Cookie",
                  "session=eyJ1c2VyIjoiYm9iIn0.Z2xvYg.c2lnbmF0dXJlLW9mLXRoaXM; HttpOnly"));

      Scans result = scan(server, new UnsignedSessionCookie());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void credentialsRefusedEverywhereAreSaid() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", Reply.status(401));

      Scans result =
          scan(
              server,
              Optional.of(ORDERS),
              Scans.fast().withHeaders(List.of("X-API-Key: " + KEY)),
              new CredentialsRejected(),
              new CredentialsAccepted());

      assertThat(result.of("live-credentials-rejected")).hasSize(1);
      assertThat(result.of("live-credentials-accepted")).isEmpty();
      assertThat(result.summary().credentialsAccepted()).contains(false);
      assertThat(result.sentBy("live-credentials-rejected")).isZero();
    }
  }

  @Test
  void acceptedCredentialsAreSaidToo() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex ->
              TestServer.header(ex, "X-API-Key").equals(KEY)
                  ? Reply.json(DATA)
                  : Reply.status(401));

      Scans result =
          scan(
              server,
              Optional.of(ORDERS),
              Scans.fast().withHeaders(List.of("X-API-Key: " + KEY)),
              new CredentialsRejected(),
              new CredentialsAccepted());

      assertThat(result.of("live-credentials-rejected")).isEmpty();
      assertThat(result.of("live-credentials-accepted")).hasSize(1);
      assertThat(result.sentBy("live-credentials-accepted")).isZero();
      assertThat(result.summary().credentialsAccepted()).contains(true);
    }
  }

  @Test
  void headAnsweringWhereGetIsRefusedIsReported() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex -> ex.getRequestMethod().equals("HEAD") ? Reply.json("") : Reply.status(401));

      Scans result = scan(server, Optional.of(ORDERS), Scans.fast(), new HeadSkipsAuth());

      assertThat(result.of("live-method-skips-auth")).hasSize(1);
      assertThat(result.sentBy("live-method-skips-auth")).isEqualTo(1);
    }
  }

  @Test
  void headRefusedLikeGetStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", Reply.status(401));

      Scans result = scan(server, Optional.of(ORDERS), Scans.fast(), new HeadSkipsAuth());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-method-skips-auth")).isEqualTo(1);
    }
  }

  @Test
  void aTokenHandedToAnonymousCallersIsReportedRedacted() throws Exception {
    String issued = "tok_" + "9f2c4e7a1b3d5f60" + "8e";
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.json("{\"access_token\":\"" + issued + "\",\"expires_in\":3600}"));

      Scans result = scan(server, new CredentialIssuedAnonymously());

      assertThat(result.of("live-credential-issued-anonymously")).hasSize(1);
      assertNoCredential(result, issued);
    }
  }

  @Test
  void shortOrNonTokenValuesStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.json("{\"token\":\"none\",\"api_key\":\"see the docs page\"}"));

      Scans result = scan(server, new CredentialIssuedAnonymously());

      assertThat(result.findings()).isEmpty();
    }
  }

  static void assertNoCredential(Scans result, String secret) {
    for (Finding f : result.findings()) {
      assertThat(f.toString()).doesNotContain(secret);
    }
    assertThat(result.errors().toString()).doesNotContain(secret);
  }
}
