package dev.bulwark.server;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RuleRegistry;
import dev.bulwark.core.Severity;
import dev.bulwark.store.ScanStore;
import dev.bulwark.store.StoreLocation;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A dashboard on 127.0.0.1 over a fresh SQLite store, with a small HTTP client for tests. */
public final class TestDashboard implements AutoCloseable {
  /** One rule whose doc ships in the test resources. */
  public static final RuleRegistry RULES =
      RuleRegistry.of(
          List.of(
              () ->
                  List.of(
                      RuleMeta.builder("sample-test-rule")
                          .title("Sample test rule")
                          .lens(Lens.SOURCE)
                          .category(Category.DATA_EXPOSURE)
                          .cwe(215)
                          .severity(Severity.HIGH)
                          .confidence(Confidence.HIGH)
                          .remediation("Turn debug off in production.")
                          .build())));

  public final ScanStore store;
  public final DashboardServer server;
  public final InitialAdmin admin;
  public final HttpClient http = HttpClient.newHttpClient();

  public TestDashboard(Path dir) {
    this(dir, DashboardConfig.DEFAULT_MAX_UPLOAD_BYTES);
  }

  public TestDashboard(Path dir, long maxUpload) {
    store = ScanStore.open(StoreLocation.sqliteUrl(dir.resolve("dash.db")));
    server = DashboardServer.start(new DashboardConfig(store, RULES, "127.0.0.1", 0, maxUpload));
    admin = server.initialAdmin().orElseThrow();
  }

  public String base() {
    return "http://127.0.0.1:" + server.port();
  }

  public HttpResponse<String> get(String path, String cookie)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).GET();
    if (!cookie.isEmpty()) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> upload(String token, String json)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(base() + "/api/v1/scans"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postForm(String path, String cookie, Map<String, String> form)
      throws IOException, InterruptedException {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    e.getKey()
                        + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookie.isEmpty()) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in as the initial admin and returns the session cookie ("name=value"). */
  public String login() throws IOException, InterruptedException {
    HttpResponse<String> page = get("/login", "");
    String loginCookie = cookieValue(page, "bulwark_login_csrf");
    String csrf = between(page.body(), "name=\"csrf\" value=\"", "\"");
    HttpResponse<String> done =
        postForm(
            "/login",
            loginCookie,
            Map.of("csrf", csrf, "username", admin.username(), "password", admin.password()));
    if (done.statusCode() != 303) {
      throw new IllegalStateException("login failed: " + done.statusCode());
    }
    return cookieValue(done, "bulwark_session");
  }

  public static String cookieValue(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "=") && !c.startsWith(name + "=;"))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no cookie " + name));
  }

  public static String between(String text, String before, String after) {
    int start = text.indexOf(before);
    if (start < 0) {
      throw new IllegalStateException("not found: " + before);
    }
    start += before.length();
    return text.substring(start, text.indexOf(after, start));
  }

  @Override
  public void close() {
    server.close();
    store.close();
  }
}
