package dev.bulwark.live.checks;

import static dev.bulwark.live.LiveTesting.scan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.live.checks.auth.JwtExpiredAccepted;
import dev.bulwark.live.checks.auth.UserEnumeration;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import dev.bulwark.spec.model.ApiModel;
import dev.bulwark.spec.model.Operation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AuthenticationActiveChecksTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ApiModel ORDERS = Specs.model(Specs.op("GET", "/api/orders", true));
  private static final String DATA = "[{\"id\":1,\"total\":12}]";

  @Test
  void aLoginThatSaysWhichAccountsExistIsReportedInActiveModeOnly() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/login",
          ex ->
              body(ex).contains("\"admin\"")
                  ? Reply.text(401, "application/json", "{\"error\":\"wrong password\"}")
                  : Reply.text(404, "application/json", "{\"error\":\"no such user\"}"));

      Scans passive = scan(server, Optional.of(login()), Scans.fast(), new UserEnumeration());
      Scans active =
          scan(server, Optional.of(login()), Scans.fast().withActive(true), new UserEnumeration());

      assertThat(passive.findings()).isEmpty();
      assertThat(passive.sentBy("live-user-enumeration")).isZero();
      assertThat(active.of("live-user-enumeration"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("status 404 vs 401"));
      assertThat(active.sentBy("live-user-enumeration")).isEqualTo(2);
    }
  }

  @Test
  void aLoginThatAnswersEveryFailureAlikeStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/login", Reply.text(401, "application/json", "{\"error\":\"invalid credentials\"}"));

      Scans result =
          scan(server, Optional.of(login()), Scans.fast().withActive(true), new UserEnumeration());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-user-enumeration")).isEqualTo(2);
    }
  }

  @Test
  void aResetThatRevealsAnEmailSeenEarlierIsReportedAndRegistrationIsNeverTouched()
      throws Exception {
    String seen = "dana.ops@corp-mail.com";
    ApiModel model =
        Specs.model(
            withBody(Specs.op("GET", "/api/team", false), Optional.empty()),
            withBody(Specs.op("POST", "/api/password/reset", false), Optional.of(EMAIL_BODY)),
            withBody(Specs.op("POST", "/api/auth/register", false), Optional.of(EMAIL_BODY)));
    try (TestServer server = new TestServer()) {
      server.route("/api/team", Reply.json("[{\"contact\":\"" + seen + "\"}]"));
      server.route(
          "/api/password/reset",
          ex ->
              body(ex).contains(seen)
                  ? Reply.json("{\"message\":\"reset email sent\"}")
                  : Reply.json("{\"message\":\"unknown email\",\"code\":\"E404\"}"));
      server.route("/api/auth/register", Reply.json("{\"created\":true}"));

      Scans result =
          scan(server, Optional.of(model), Scans.fast().withActive(true), new UserEnumeration());

      assertThat(result.of("live-user-enumeration"))
          .singleElement()
          .satisfies(f -> assertThat(f.location().display()).contains("/api/password/reset"));
      assertThat(result.sentBy("live-user-enumeration")).isEqualTo(2);
    }
  }

  @Test
  void anExpiredCopySignedWithAGuessedSecretThatIsAcceptedIsReported() throws Exception {
    String token = jwt(Instant.now().getEpochSecond() + 3600, "secret");
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", ex -> verifies(ex, "secret", false));

      Scans result = scan(server, Optional.of(ORDERS), bearer(token), new JwtExpiredAccepted());

      assertThat(result.of("live-jwt-expired-accepted"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("correctly signed"));
      assertThat(result.sentBy("live-jwt-expired-accepted")).isEqualTo(1);
      AuthenticationChecksTest.assertNoCredential(result, token);
    }
  }

  @Test
  void aVerifierThatChecksExpiryStaysSilent() throws Exception {
    String token = jwt(Instant.now().getEpochSecond() + 3600, "secret");
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", ex -> verifies(ex, "secret", true));

      Scans result = scan(server, Optional.of(ORDERS), bearer(token), new JwtExpiredAccepted());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-jwt-expired-accepted")).isEqualTo(1);
    }
  }

  @Test
  void withAStrongSecretOnlyTheSignatureIsTestedAndNothingIsClaimed() throws Exception {
    String key = "k9-" + "long-random-" + "Zr4T1";
    String token = jwt(Instant.now().getEpochSecond() + 3600, key);
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", ex -> verifies(ex, key, false));

      Scans result = scan(server, Optional.of(ORDERS), bearer(token), new JwtExpiredAccepted());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-jwt-expired-accepted")).isEqualTo(1);
    }
  }

  @Test
  void aTokenTheApiIssuedIsConfirmedThenSentExpired() throws Exception {
    String issued = jwt(Instant.now().getEpochSecond() + 3600, "secret");
    ApiModel model =
        Specs.model(Specs.op("GET", "/api/session", false), Specs.op("GET", "/api/orders", true));
    try (TestServer server = new TestServer()) {
      server.route("/api/session", Reply.json("{\"access_token\":\"" + issued + "\"}"));
      server.route("/api/orders", ex -> verifies(ex, "secret", false));

      Scans result = scan(server, Optional.of(model), Scans.fast(), new JwtExpiredAccepted());

      assertThat(result.of("live-jwt-expired-accepted"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).contains("the token the API issued"));
      assertThat(result.sentBy("live-jwt-expired-accepted")).isEqualTo(2);
    }
  }

  @Test
  void aSuppliedTokenAlreadyPastItsExpiryThatWorksIsReportedWithoutARequest() throws Exception {
    String key = "k9-" + "long-random-" + "Zr4T1";
    String token = jwt(Instant.now().getEpochSecond() - 7200, key);
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", ex -> verifies(ex, key, false));

      Scans result = scan(server, Optional.of(ORDERS), bearer(token), new JwtExpiredAccepted());

      assertThat(result.of("live-jwt-expired-accepted"))
          .singleElement()
          .satisfies(f -> assertThat(f.message()).startsWith("Your token expired"));
      assertThat(result.sentBy("live-jwt-expired-accepted")).isZero();
    }
  }

  @Test
  void withoutATokenNothingIsSent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", Reply.status(401));

      Scans result = scan(server, Optional.of(ORDERS), Scans.fast(), new JwtExpiredAccepted());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-jwt-expired-accepted")).isZero();
    }
  }

  private static dev.bulwark.live.LiveOptions bearer(String token) {
    return Scans.fast().withHeaders(List.of("Authorization: Bearer " + token));
  }

  /** A verifier that always checks the HS256 signature, and the expiry only when asked. */
  private static Reply verifies(
      com.sun.net.httpserver.HttpExchange ex, String key, boolean checkExpiry) {
    String bearer = TestServer.header(ex, "Authorization").replaceFirst("^Bearer ", "");
    String[] parts = bearer.split("\\.", -1);
    try {
      if (parts.length != 3 || !sign(parts[0] + "." + parts[1], key).equals(parts[2])) {
        return Reply.status(401);
      }
      long exp = JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp").asLong();
      return checkExpiry && exp < Instant.now().getEpochSecond()
          ? Reply.status(401)
          : Reply.json(DATA);
    } catch (Exception e) {
      return Reply.status(401);
    }
  }

  private static String body(com.sun.net.httpserver.HttpExchange ex) {
    try {
      return new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      return "";
    }
  }

  private static final String EMAIL_BODY =
      "{\"type\":\"object\",\"properties\":{\"email\":{\"type\":\"string\",\"format\":\"email\"}}}";

  private static ApiModel login() throws Exception {
    return Specs.model(
        withBody(
            Specs.op("POST", "/api/login", false),
            Optional.of(
                "{\"type\":\"object\",\"properties\":{\"username\":{\"type\":\"string\"},"
                    + "\"password\":{\"type\":\"string\"}}}")));
  }

  private static Operation withBody(Operation op, Optional<String> schema) throws Exception {
    return new Operation(
        op.method(),
        op.path(),
        op.pointer(),
        op.operationId(),
        op.parameters(),
        schema.isEmpty() ? Optional.empty() : Optional.of(JSON.readTree(schema.get())),
        op.responses(),
        op.security(),
        op.deprecated(),
        op.tags());
  }

  private static String jwt(long exp, String key) throws Exception {
    String input =
        b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}")
            + "."
            + b64("{\"sub\":\"42\",\"exp\":" + exp + "}");
    return input + "." + sign(input, key);
  }

  private static String sign(String input, String key) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
