package dev.bulwark.live.checks;

import static dev.bulwark.live.LiveTesting.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
import dev.bulwark.live.checks.exposure.CorsPermissive;
import dev.bulwark.live.checks.exposure.DebugPageExposed;
import dev.bulwark.live.checks.exposure.PiiInResponse;
import dev.bulwark.live.checks.exposure.SecretInResponse;
import dev.bulwark.live.checks.exposure.SensitiveFileExposed;
import dev.bulwark.live.checks.exposure.StackTraceInResponse;
import dev.bulwark.live.checks.exposure.VerboseServerHeader;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.live.support.TestServer.Reply;
import dev.bulwark.secrets.SecretEngine;
import org.junit.jupiter.api.Test;

class DataExposureChecksTest {

  @Test
  void personalDataToAnonymousCallersIsReportedMasked() throws Exception {
    String card = "4012" + " 8888 8888 " + "1881";
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/users",
          Reply.json(
              "[{\"id\":1,\"email\":\"jane.doe@corp-mail.com\",\"card\":\"" + card + "\"}]"));

      Scans result = scan(server, new PiiInResponse());

      assertThat(result.of("live-pii-in-response"))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
                assertThat(f.message()).contains("email", "card number");
                assertThat(f.evidence().orElseThrow().text())
                    .doesNotContain("jane.doe", "8888 8888");
                assertThat(f.proof().orElseThrow().curl()).contains("/api/users");
              });
      assertThat(result.sentBy("live-pii-in-response")).isZero();
    }
  }

  @Test
  void nonPersonalDataStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api/users", Reply.json("[{\"id\":1,\"name\":\"widget\",\"count\":4242424242}]"));

      Scans result = scan(server, new PiiInResponse());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void contactAddressesInHtmlPagesStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api", Reply.text(200, "text/html", "<footer>Contact support@corp-mail.com</footer>"));

      Scans result = scan(server, new PiiInResponse());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void werkzeugDebuggerAndStackTracesAreReported() throws Exception {
    String page =
        "<html><title>TypeError // Werkzeug Debugger</title><script>var CONSOLE_MODE = false,"
            + " EVALEX = true;</script><pre>Traceback (most recent call last):\n  File \"/app/app.py\","
            + " line 12, in view</pre></html>";
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.text(500, "text/html", page));

      Scans result = scan(server, new DebugPageExposed(), new StackTraceInResponse());

      assertThat(result.of("live-debug-page-exposed"))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.CRITICAL));
      assertThat(result.of("live-stack-trace-in-response")).hasSize(1);
      assertThat(result.sentBy("live-debug-page-exposed")).isZero();
    }
  }

  @Test
  void genericErrorsStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api",
          Reply.text(500, "application/json", "{\"error\":\"internal error\",\"id\":\"c0ffee\"}"));

      Scans result = scan(server, new DebugPageExposed(), new StackTraceInResponse());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void exposedEnvAndGitFilesAreReportedWithoutTheirValues() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/.env", Reply.text(200, "text/plain", "SECRET_KEY=verysecretvalue123\nDEBUG=1\n"));
      server.route(
          "/.git/config", Reply.text(200, "text/plain", "[core]\n\trepositoryformatversion = 0\n"));

      Scans result = scan(server, new SensitiveFileExposed());

      assertThat(result.of("live-sensitive-file-exposed")).hasSize(2);
      assertThat(result.findings())
          .allSatisfy(
              f ->
                  assertThat(f.evidence().orElseThrow().text())
                      .doesNotContain("verysecretvalue123"));
      assertThat(result.sentBy("live-sensitive-file-exposed")).isEqualTo(5);
    }
  }

  @Test
  void aCatchAllPageIsNotASensitiveFile() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route("/.env", Reply.text(200, "text/html", "<html>app shell</html>"));
      server.route("/.git/config", Reply.text(200, "text/html", "<html>app shell</html>"));

      Scans result = scan(server, new SensitiveFileExposed());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-sensitive-file-exposed")).isEqualTo(5);
    }
  }

  @Test
  void versionedServerHeadersAreReportedOnce() throws Exception {
    try (TestServer server = new TestServer()) {
      server.defaults(java.util.Map.of("X-Powered-By", "Express 4.18.2"));
      server.route("/api", Reply.json("{}"));

      Scans result = scan(server, new VerboseServerHeader());

      assertThat(result.of("live-verbose-server-header")).hasSize(1);
    }
  }

  @Test
  void plainServerHeadersStaySilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.defaults(java.util.Map.of("X-Powered-By", "secret sauce"));
      server.route("/api", Reply.json("{}"));

      Scans result = scan(server, new VerboseServerHeader());

      assertThat(result.findings()).isEmpty();
    }
  }

  @Test
  void reflectedOriginWithCredentialsIsHigh() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api",
          ex ->
              Reply.json("{\"ok\":true}")
                  .with("Access-Control-Allow-Origin", TestServer.header(ex, "Origin"))
                  .with("Access-Control-Allow-Credentials", "true"));

      Scans result = scan(server, new CorsPermissive());

      assertThat(result.of("live-cors-permissive"))
          .singleElement()
          .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.HIGH));
      assertThat(result.sentBy("live-cors-permissive")).isEqualTo(1);
    }
  }

  @Test
  void anAllowListedOriginStaysSilent() throws Exception {
    try (TestServer server = new TestServer()) {
      server.route(
          "/api",
          Reply.json("{\"ok\":true}")
              .with("Access-Control-Allow-Origin", "https://app.example.com")
              .with("Access-Control-Allow-Credentials", "true"));

      Scans result = scan(server, new CorsPermissive());

      assertThat(result.findings()).isEmpty();
      assertThat(result.sentBy("live-cors-permissive")).isEqualTo(1);
    }
  }

  @Test
  void secretsInResponsesAreReportedRedactedOnceTheCatalogKnowsThem() throws Exception {
    String key = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    assumeTrue(!SecretEngine.builtIn().findIn("key=" + key).isEmpty(), "secrets catalog pending");
    try (TestServer server = new TestServer()) {
      server.route("/api", Reply.json("{\"stripe\":\"" + key + "\"}"));

      Scans result = scan(server, new SecretInResponse());

      assertThat(result.of("live-secret-in-response")).isNotEmpty();
      for (Finding f : result.findings()) {
        assertThat(f.toString()).doesNotContain(key);
      }
    }
  }

  @Test
  void evidenceOfOneSecretNeverCarriesItsNeighbours() throws Exception {
    String stripe = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    String github = "ghp_" + "x7Kq2Lm9Pz4Rt6Vw8Yb1Nc3Df5Gh7Jk9Lm2Q";
    String neighbour = "unrecognised-" + "k9Q2mZ7xL4pR8vT1";
    assumeTrue(
        !SecretEngine.builtIn().findIn("key=" + stripe).isEmpty(), "secrets catalog pending");
    try (TestServer server = new TestServer()) {
      server.route(
          "/api",
          Reply.text(
              200,
              "text/plain",
              "OTHER_TOKEN="
                  + neighbour
                  + "\nSTRIPE_KEY="
                  + stripe
                  + " GITHUB_TOKEN="
                  + github
                  + "\n"));

      Scans result = scan(server, new SecretInResponse());

      assertThat(result.of("live-secret-in-response")).isNotEmpty();
      for (Finding f : result.findings()) {
        assertThat(f.toString()).doesNotContain(stripe, github, neighbour);
      }
    }
  }
}
