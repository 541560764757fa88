package dev.bulwark.live.checks;

import static dev.bulwark.live.LiveTesting.scan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Severity;
import dev.bulwark.live.checks.auth.JwtAlgNone;
import dev.bulwark.live.checks.auth.JwtNoneAccepted;
import dev.bulwark.live.checks.auth.JwtWeakSecret;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.Specs;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import dev.bulwark.spec.model.ApiModel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** JWT weaknesses: common secrets, alg none, unsigned tokens accepted. */
class JwtChecksTest {
  private static final ApiModel ORDERS = Specs.model(Specs.op("GET", "/api/orders", true));
  private static final String DATA = "[{\"id\":1,\"total\":12}]";

  @Test
  void jwtsSignedWithACommonSecretOrUnsignedAreReported() throws Exception {
    String weak = jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "secret");
    String none = b64("{\"alg\":\"none\"}") + "." + b64("{\"sub\":\"1\"}") + ".";
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.json("{\"token\":\"" + weak + "\",\"legacy\":\"" + none + "\"}"));

      Scans result = scan(server, new JwtWeakSecret(), new JwtAlgNone());

      assertThat(result.of("live-jwt-weak-secret")).hasSize(1);
      assertThat(result.of("live-jwt-alg-none")).hasSize(1);
      AuthenticationChecksTest.assertNoCredential(result, weak);
      assertThat(result.sentBy("live-jwt-weak-secret")).isZero();
    }
  }

  @Test
  void aSuppliedWeakJwtIsReportedOnceForTheWholeApi() throws Exception {
    String weak = jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "changeme");
    ApiModel two =
        Specs.model(Specs.op("GET", "/api/orders", true), Specs.op("GET", "/api/invoices", true));
    try (TestServer server = new TestServer()) {
      server.route("/api/orders", Reply.json(DATA));
      server.route("/api/invoices", Reply.json(DATA));

      Scans result =
          scan(
              server,
              Optional.of(two),
              Scans.fast().withHeaders(List.of("Authorization: Bearer " + weak)),
              new JwtWeakSecret());

      assertThat(result.of("live-jwt-weak-secret"))
          .singleElement()
          .satisfies(f -> assertThat(f.location().display()).isEqualTo("GET /"));
      AuthenticationChecksTest.assertNoCredential(result, weak);
    }
  }

  @Test
  void jwtsSignedWithAStrongSecretStaySilent() throws Exception {
    String strong =
        jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "q8Vv0-" + "long-random-" + "Zk2Hx9Lw7Pq");
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.json("{\"token\":\"" + strong + "\"}"));

      Scans result = scan(server, new JwtWeakSecret(), new JwtAlgNone());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void aVerifierThatAcceptsAlgNoneIsCritical() throws Exception {
    String token = jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "k7-" + "strong-random-" + "Qw9xZ");
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex -> {
            String bearer = TestServer.header(ex, "Authorization").replaceFirst("^Bearer ", "");
            boolean none = bearer.startsWith(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}"));
            return bearer.equals(token) || none ? Reply.json(DATA) : Reply.status(401);
          });

      Scans result =
          scan(
              server,
              Optional.of(ORDERS),
              Scans.fast().withHeaders(List.of("Authorization: Bearer " + token)),
              new JwtNoneAccepted());

      assertThat(result.of("live-jwt-none-accepted"))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
      assertThat(result.sentBy("live-jwt-none-accepted")).isEqualTo(1);
      AuthenticationChecksTest.assertNoCredential(result, token);
    }
  }

  @Test
  void aVerifierThatChecksTheSignatureStaysSilent() throws Exception {
    String token = jwt("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "k7-" + "strong-random-" + "Qw9xZ");
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/orders",
          ex ->
              TestServer.header(ex, "Authorization").equals("Bearer " + token)
                  ? Reply.json(DATA)
                  : Reply.status(401));

      Scans result =
          scan(
              server,
              Optional.of(ORDERS),
              Scans.fast().withHeaders(List.of("Authorization: Bearer " + token)),
              new JwtNoneAccepted());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-jwt-none-accepted")).isEqualTo(1);
    }
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  private static String jwt(String header, String secret) throws Exception {
    String input = b64(header) + "." + b64("{\"sub\":\"42\",\"role\":\"user\"}");
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return input
        + "."
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
  }
}
