/*
 * Live lens benchmark: a ~20-operation API on 127.0.0.1, fully scanned, with the request count and
 * the duration printed. Not part of the unit suite; run it with bench/live/run.sh.
 */
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.live.LiveLens;
import dev.bulwark.live.LiveOptions;
import dev.bulwark.live.LiveRunner;
import dev.bulwark.live.LiveSummary;
import dev.bulwark.spec.model.ApiModel;
import dev.bulwark.spec.model.Operation;
import dev.bulwark.spec.model.Parameter;
import dev.bulwark.spec.model.SecurityScheme;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Executors;

public class LiveBenchmark {
  private static final String KEY = "bench-" + "key-" + "0123456789";

  public static void main(String[] args) throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", LiveBenchmark::handle);
    server.start();
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    ApiModel model = model();
    System.out.printf("target: %s, %d operations%n", base, model.operations().size());
    try {
      run("defaults (rate 20/s, concurrency 4)", base, model, LiveOptions.defaults());
      run("rate unlimited, concurrency 4", base, model, LiveOptions.defaults().withRate(0));
      run("with a key, rate unlimited", base, model,
          LiveOptions.defaults().withRate(0).withHeaders(List.of("X-API-Key: " + KEY)));
      run("no spec (discovery), rate unlimited", base, null, LiveOptions.defaults().withRate(0));
    } finally {
      server.stop(0);
      System.exit(0);
    }
  }

  private static void run(String label, URI base, ApiModel model, LiveOptions options) throws Exception {
    CollectingScanContext context = new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    LiveRunner runner = LiveLens.runner(base, Optional.ofNullable(model), options);
    long start = System.nanoTime();
    runner.run(context);
    long millis = (System.nanoTime() - start) / 1_000_000;
    LiveSummary summary = runner.summary().orElseThrow();
    Map<String, Integer> byRule = new TreeMap<>();
    for (Finding f : context.findings()) {
      byRule.merge(f.ruleId() + " [" + f.severity().id() + "]", 1, Integer::sum);
    }
    System.out.printf("%n== %s%n", label);
    System.out.printf("duration %d ms, requests %d (budget %d), operations %d, findings %d, errors %d%n",
        millis, context.stats().snapshot().requests(), summary.budget(), summary.operations(),
        context.findings().size(), context.errors().size());
    byRule.forEach((rule, n) -> System.out.printf("  %-45s %d%n", rule, n));
  }

  private static ApiModel model() {
    List<Operation> ops = new ArrayList<>();
    String[] open = {"/api/v2/products", "/api/v2/products/{id}", "/api/v2/search", "/api/v2/categories",
        "/api/v2/reviews", "/api/v2/stores", "/api/v2/health", "/api/v2/preview", "/api/v2/chat"};
    String[] secured = {"/api/v2/orders", "/api/v2/orders/{id}", "/api/v2/users", "/api/v2/users/{id}",
        "/api/v2/profile", "/api/v2/invoices", "/api/v2/invoices/{id}", "/api/v2/admin/stats",
        "/api/v2/export", "/api/v2/settings"};
    for (String p : open) {
      ops.add(op(p.endsWith("/chat") ? "POST" : "GET", p, false));
    }
    for (String p : secured) {
      ops.add(op("GET", p, true));
    }
    ops.add(op("POST", "/api/v2/webhooks/payments", false));
    return new ApiModel("bench", Optional.of("bench"), Optional.of("2"), List.of(), ops,
        Map.of("ApiKey", new SecurityScheme("ApiKey", "apiKey", Optional.of("header"), Optional.of("X-API-Key"), Optional.empty())));
  }

  private static Operation op(String method, String path, boolean secured) {
    List<Parameter> params = new ArrayList<>();
    if (path.contains("{id}")) {
      params.add(new Parameter("id", "path", true, Optional.of("integer"), Optional.empty(), Optional.empty()));
    }
    if (path.endsWith("/search")) {
      params.add(new Parameter("q", "query", false, Optional.of("string"), Optional.empty(), Optional.empty()));
      params.add(new Parameter("limit", "query", false, Optional.of("integer"), Optional.empty(), Optional.empty()));
    }
    if (path.endsWith("/preview")) {
      params.add(new Parameter("url", "query", false, Optional.of("string"), Optional.of("uri"), Optional.empty()));
    }
    return new Operation(method, path, "#", Optional.empty(), params, Optional.empty(), List.of("200"),
        secured ? List.of(List.of("ApiKey")) : List.of(), false, List.of());
  }

  /** A mostly well-behaved API with a few planted problems. */
  private static void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    String key = ex.getRequestHeaders().getFirst("X-API-Key");
    boolean authed = KEY.equals(key);
    int status = 200;
    String body;
    if (path.startsWith("/api/v2/products/")) {
      body = "{\"id\":" + path.substring(17) + ",\"name\":\"widget\",\"price\":3}";
    } else if (path.equals("/api/v2/products") || path.equals("/api/v2/categories") || path.equals("/api/v2/stores")
        || path.equals("/api/v2/reviews")) {
      body = "[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"}]";
    } else if (path.equals("/api/v2/search")) {
      String q = ex.getRequestURI().getRawQuery() == null ? "" : ex.getRequestURI().getRawQuery();
      status = q.contains("%27") ? 500 : 200;
      body = status == 500 ? "Traceback (most recent call last):\n  File \"/app/search.py\", line 9" : "[]";
    } else if (path.equals("/api/v2/health")) {
      body = "{\"ok\":true}";
    } else if (path.equals("/api/v2/preview")) {
      body = "{\"error\":\"url not allowed\"}";
      status = 400;
    } else if (path.equals("/api/v2/users")) {
      // planted: declared secure, served to anyone, with personal data
      body = "[{\"id\":1,\"email\":\"jane.roe@corp-mail.com\"}]";
    } else if (path.startsWith("/api/v2/") && !path.startsWith("/api/v2/chat") && !path.startsWith("/api/v2/webhooks")) {
      status = authed ? 200 : 401;
      body = authed ? "{\"id\":1,\"total\":5}" : "{\"error\":\"unauthorized\"}";
    } else {
      status = 404;
      body = "{\"error\":\"not found\"}";
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", status == 500 ? "text/plain" : "application/json");
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (!head) {
        out.write(bytes);
      }
    }
  }
}
