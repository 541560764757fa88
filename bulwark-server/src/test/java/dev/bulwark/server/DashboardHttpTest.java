package dev.bulwark.server;

import static dev.bulwark.server.SampleReports.DEBUG;
import static dev.bulwark.server.SampleReports.HARDCODED;
import static dev.bulwark.server.SampleReports.KEY_IN_QUERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.ApiIdentity;
import dev.bulwark.store.ApiSummary;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard over real HTTP on 127.0.0.1: auth, uploads, bad input, pages, PDF. */
class DashboardHttpTest {
  private static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

  @TempDir static Path dir;
  static TestDashboard dash;
  static String cookie;

  @BeforeAll
  static void start() throws Exception {
    dash = new TestDashboard(dir, 64 * 1024);
    cookie = dash.login();
  }

  @AfterAll
  static void stop() {
    dash.close();
  }

  @Test
  void onlyTheLoginPageAndHealthAreReachableWithoutSignIn() throws Exception {
    assertThat(dash.get("/health", "").statusCode()).isEqualTo(200);
    assertThat(dash.get("/login", "").statusCode()).isEqualTo(200);
    for (String path :
        List.of(
            "/",
            "/apis/x",
            "/scans/1",
            "/diff?from=1&to=2",
            "/rules/x",
            "/settings/tokens",
            "/nowhere")) {
      HttpResponse<String> r = dash.get(path, "");
      assertThat(r.statusCode()).as(path).isEqualTo(303);
      assertThat(r.headers().firstValue("Location")).as(path).contains("/login");
    }
    assertThat(dash.get("/api/v1/apis", "").statusCode()).isEqualTo(401);
    assertThat(dash.get("/api/v1/apis", "bulwark_session=forged").statusCode()).isEqualTo(401);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndLoginNeedsItsCsrfToken() throws Exception {
    HttpResponse<String> page = dash.get("/login", "");
    String loginCookie = TestDashboard.cookieValue(page, "bulwark_login_csrf");
    HttpResponse<String> forged =
        dash.postForm(
            "/login",
            loginCookie,
            Map.of("csrf", "wrong", "username", "admin", "password", dash.admin.password()));
    assertThat(forged.statusCode()).isEqualTo(403);
    String csrf = TestDashboard.between(page.body(), "name=\"csrf\" value=\"", "\"");
    HttpResponse<String> wrongPassword =
        dash.postForm(
            "/login",
            loginCookie,
            Map.of("csrf", csrf, "username", "admin", "password", "not the password"));
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(wrongPassword.body()).contains("Wrong user name or password");
    page = dash.get("/login", "");
    loginCookie = TestDashboard.cookieValue(page, "bulwark_login_csrf");
    csrf = TestDashboard.between(page.body(), "name=\"csrf\" value=\"", "\"");
    HttpResponse<String> ok =
        dash.postForm(
            "/login",
            loginCookie,
            Map.of("csrf", csrf, "username", "admin", "password", dash.admin.password()));
    String setCookie =
        ok.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("bulwark_session="))
            .findFirst()
            .orElseThrow();
    // Loopback over plain HTTP: Secure is relaxed (documented); everything else is set.
    assertThat(setCookie).contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
  }

  @Test
  void formsWithoutTheSessionsCsrfTokenAreRefused() throws Exception {
    HttpResponse<String> r = dash.postForm("/settings/tokens", cookie, Map.of("name", "sneaky"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(dash.store.accounts().tokens()).extracting(t -> t.name()).doesNotContain("sneaky");
    String csrf =
        TestDashboard.between(
            dash.get("/settings/tokens", cookie).body(), "name=\"csrf\" value=\"", "\"");
    HttpResponse<String> created =
        dash.postForm("/settings/tokens", cookie, Map.of("csrf", csrf, "name", "ci-main"));
    assertThat(created.statusCode()).isEqualTo(200);
    String token = TestDashboard.between(created.body(), "<pre id=\"new-token\">", "</pre>");
    assertThat(dash.store.accounts().verifyToken(token)).contains("ci-main");
  }

  @Test
  void uploadsAreStoredOnceAndBadInputGetsAClear4xxWhileNothingIsLost() throws Exception {
    String token = dash.admin.uploadToken();
    String good = SampleReports.report("upload-1", "orders", "1.0", T0, 77, List.of(DEBUG));
    HttpResponse<String> first = dash.upload(token, good);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.body()).contains("\"created\":true");
    assertThat(dash.upload(token, good).statusCode()).isEqualTo(200);

    HttpResponse<String> malformed = dash.upload(token, "{\"schemaVersion\":1,");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(malformed.body()).contains("not valid JSON");
    HttpResponse<String> stale =
        dash.upload(
            token,
            good.replace("\"schemaVersion\":1", "\"schemaVersion\":0")
                .replace("upload-1", "upload-stale"));
    assertThat(stale.statusCode()).isEqualTo(422);
    assertThat(stale.body()).contains("unsupported report schemaVersion 0");
    HttpResponse<String> oversized =
        dash.upload(
            token,
            good.replace(
                "\"durationMs\"", "\"pad\":\"" + "x".repeat(70 * 1024) + "\",\"durationMs\""));
    assertThat(oversized.statusCode()).isEqualTo(413);
    HttpResponse<String> wrongToken =
        dash.upload(
            token + "x", SampleReports.report("upload-2", "orders", "1.0", T0, 50, List.of()));
    assertThat(wrongToken.statusCode()).isEqualTo(401);

    assertThat(dash.store.history("orders").orElseThrow().scans())
        .extracting(s -> s.scanUid())
        .containsExactly("upload-1");
  }

  @Test
  void twentyParallelUploadsAreAllStoredWithoutDuplicates() throws Exception {
    List<Callable<Integer>> uploads = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String json =
          SampleReports.report(
              "parallel-" + i,
              "parallel-api",
              "v1",
              T0.plusSeconds(i),
              60 + i,
              List.of(KEY_IN_QUERY));
      uploads.add(() -> dash.upload(dash.admin.uploadToken(), json).statusCode());
    }
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> f : pool.invokeAll(uploads)) {
        statuses.add(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).containsOnly(201).hasSize(20);
    ApiSummary api =
        dash.store.apis().stream()
            .filter(a -> a.name().equals("parallel-api"))
            .findFirst()
            .orElseThrow();
    assertThat(api.scanCount()).isEqualTo(20);
  }

  @Test
  void pagesRenderAndEscapeHostileEvidence() throws Exception {
    SampleReports.Finding hostile =
        new SampleReports.Finding(
            "fp-hostile",
            "flask-debug-enabled",
            "<script>alert(1)</script>",
            "high",
            "data_exposure",
            "API8:2023",
            215,
            "app.py",
            3,
            "<img src=x onerror=alert(1)>\u001b[31mred",
            "fix it");
    long a =
        dash.store
            .save(
                SampleReports.report(
                    "page-1", "shop api", "2.0", T0, 55, List.of(HARDCODED, DEBUG)),
                Optional.empty())
            .scanId();
    long b =
        dash.store
            .save(
                SampleReports.report(
                    "page-2", "shop api", "2.1", T0.plusSeconds(3600), 81, List.of(DEBUG, hostile)),
                Optional.empty())
            .scanId();

    String overview = dash.get("/", cookie).body();
    assertThat(overview).contains("shop api").contains("href=\"/apis/shop%20api\"");
    HttpResponse<String> apiPage = dash.get("/apis/shop%20api", cookie);
    assertThat(apiPage.statusCode()).isEqualTo(200);
    assertThat(apiPage.body())
        .contains("id=\"score-chart\"")
        .contains("<polyline")
        .contains("/diff?from=" + a + "&amp;to=" + b);
    String scan = dash.get("/scans/" + b, cookie).body();
    assertThat(scan).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>");
    assertThat(scan).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("\u001b");
    String diff = dash.get("/diff?from=" + a + "&to=" + b, cookie).body();
    assertThat(TestDashboard.between(diff, "id=\"new-findings\"", "</h2>")).contains("(1)");
    assertThat(TestDashboard.between(diff, "id=\"fixed-findings\"", "</h2>")).contains("(1)");
    assertThat(TestDashboard.between(diff, "id=\"unchanged-findings\"", "</h2>")).contains("(1)");
    String compliance = dash.get("/scans/" + a + "/compliance", cookie).body();
    assertThat(compliance)
        .contains("OWASP API Security Top 10 (2023)")
        .contains("PCI DSS 4.0")
        .contains("SOC 2");
    assertThat(compliance).contains("8.6.2"); // hard-coded credentials, via CWE-798
    HttpResponse<byte[]> pdf =
        dash.http.send(
            java.net.http.HttpRequest.newBuilder(
                    URI.create(dash.base() + "/scans/" + a + "/compliance.pdf"))
                .header("Cookie", cookie)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("PCI DSS 4.0")
          .contains("8.6.2")
          .contains("Hardcoded Stripe secret key");
      // Kept as an artifact beside the browser screenshots.
      java.nio.file.Path out = java.nio.file.Path.of("target", "screenshots");
      java.nio.file.Files.createDirectories(out);
      java.nio.file.Files.write(out.resolve("compliance.pdf"), pdf.body());
      javax.imageio.ImageIO.write(
          new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 90),
          "png",
          out.resolve("compliance-pdf-page1.png").toFile());
    }
    assertThat(dash.get("/scans/999999", cookie).statusCode()).isEqualTo(404);
  }

  @Test
  void theRestApiAnswersForASessionOrAToken() throws Exception {
    long id =
        dash.store
            .save(
                SampleReports.report("rest-1", "rest-api", "3", T0, 91, List.of()),
                Optional.empty())
            .scanId();
    HttpResponse<String> apis = dash.get("/api/v1/apis", cookie);
    assertThat(apis.statusCode()).isEqualTo(200);
    assertThat(apis.body()).contains("\"name\":\"rest-api\"");
    HttpResponse<String> scan =
        dash.http.send(
            java.net.http.HttpRequest.newBuilder(URI.create(dash.base() + "/api/v1/scans/" + id))
                .header("Authorization", "Bearer " + dash.admin.uploadToken())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(scan.statusCode()).isEqualTo(200);
    assertThat(scan.body()).contains("\"grade\":\"A\"");
    assertThat(dash.get("/api/v1/scans/" + id + "/report", cookie).body())
        .contains("\"scan\":{\"id\":\"rest-1\"");
    long later =
        dash.store
            .save(
                SampleReports.report(
                    "rest-2", "rest-api", "3", T0.plusSeconds(60), 70, List.of(DEBUG)),
                Optional.empty())
            .scanId();
    HttpResponse<String> diff = dash.get("/api/v1/diff?from=" + id + "&to=" + later, cookie);
    assertThat(diff.statusCode()).isEqualTo(200);
    assertThat(diff.body())
        .contains("\"new\":[{\"fingerprint\":\"fp-debug\"")
        .contains("\"fixed\":[]");
    assertThat(dash.get("/api/v1/apis/rest-api", cookie).body()).contains("\"versions\":[\"3\"]");
    assertThat(dash.get("/api/v1/diff?from=x", cookie).statusCode()).isEqualTo(400);
    assertThat(dash.get("/api/v1/apis/nobody", cookie).statusCode()).isEqualTo(404);
  }

  @Test
  void rulePagesRenderTheMarkdownDocWithRawHtmlEscaped() throws Exception {
    String page = dash.get("/rules/sample-test-rule", cookie).body();
    assertThat(page).contains("<h1>Sample test rule</h1>").contains("<code>debug=False</code>");
    assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(dash.get("/rules/no-such-rule", cookie).statusCode()).isEqualTo(404);
  }

  @Test
  void theUploaderSendsAReportAndReportsRefusalsInOneLine() {
    Uploader uploader = new Uploader();
    Uploader.Result result =
        uploader.upload(
            URI.create(dash.base() + "/"),
            dash.admin.uploadToken(),
            SampleReports.report("uploader-1", null, null, T0, 66, List.of()),
            Optional.of(new ApiIdentity("cli api", "9")));
    assertThat(result.created()).isTrue();
    assertThat(result.url().toString()).isEqualTo(dash.base() + "/scans/" + result.scanId());
    assertThat(dash.store.history("cli api")).isPresent();
    assertThatThrownBy(
            () -> uploader.upload(URI.create(dash.base()), "bwk_wrong", "{}", Optional.empty()))
        .isInstanceOf(Uploader.UploadException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageContaining("upload token");
  }

  @Test
  void aSecondServerOnTheSamePortIsAClearStartupError() {
    assertThatThrownBy(
            () ->
                DashboardServer.start(
                    DashboardConfig.of(
                        dash.store,
                        dev.bulwark.core.RuleRegistry.of(List.of()),
                        "127.0.0.1",
                        dash.server.port())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot listen on 127.0.0.1:" + dash.server.port());
  }
}
