package dev.bulwark.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes of {@code examples/vulnerable-flask/app.py}, answered the way that app answers them
 * under Flask's development server with {@code debug=True} — mistakes included.
 */
final class DemoRoutes {
  private static final Pattern MESSAGE =
      Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Set<String> STATIC_FILES =
      Set.of("app.py", ".env", "openapi.yaml", "README.md", "requirements.txt");

  private final List<Route> routes;
  private final URI base;
  private final HttpClient fetcher =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  DemoRoutes(URI base) {
    this.base = base;
    this.routes =
        List.of(
            new Route("/", Set.of("GET"), (r, m) -> index()),
            new Route("/api/v1/health", Set.of("GET"), (r, m) -> health()),
            new Route("/api/v1/whoami", Set.of("GET"), (r, m) -> whoami(r)),
            new Route("/api/v1/users/(\\d+)", Set.of("GET"), (r, m) -> user(m.group(1))),
            new Route("/api/v0/users/(\\d+)", Set.of("GET"), (r, m) -> user(m.group(1))),
            new Route("/api/v1/orders", Set.of("GET"), (r, m) -> orders(r)),
            new Route("/api/v1/admin/export", Set.of("GET"), (r, m) -> export()),
            new Route("/api/v1/charge", Set.of("POST"), (r, m) -> charge()),
            new Route("/api/v1/preview", Set.of("GET"), (r, m) -> preview(r)),
            new Route("/api/v1/import", Set.of("POST"), (r, m) -> importOrders(r)),
            new Route("/api/v1/assistant/chat", Set.of("POST"), (r, m) -> chat(r)),
            new Route("/openapi.json", Set.of("GET"), (r, m) -> spec()),
            new Route(
                "/console", Set.of("GET"), (r, m) -> Reply.html(200, WerkzeugPages.console())),
            new Route("/([A-Za-z0-9_.-]+)", Set.of("GET"), (r, m) -> staticFile(m.group(1))));
  }

  /** Answers one request; HEAD and OPTIONS are derived from GET as Flask derives them. */
  Reply answer(DemoRequest request) {
    String method = request.method().toUpperCase(Locale.ROOT);
    for (Route route : routes) {
      Matcher matcher = route.pattern().matcher(request.path());
      if (!matcher.matches()) {
        continue;
      }
      if (method.equals("OPTIONS")) {
        return Reply.text(200, "text/html; charset=utf-8", "")
            .withHeader("Allow", allow(route.methods()));
      }
      String effective = method.equals("HEAD") ? "GET" : method;
      if (!route.methods().contains(effective)) {
        return Reply.html(405, WerkzeugPages.methodNotAllowed())
            .withHeader("Allow", allow(route.methods()));
      }
      return route.handler().handle(request, matcher);
    }
    return Reply.html(404, WerkzeugPages.notFound());
  }

  private static String allow(Set<String> methods) {
    return methods.contains("GET")
        ? "GET, HEAD, OPTIONS"
        : String.join(", ", methods) + ", OPTIONS";
  }

  private Reply index() {
    return Reply.json(
        200,
        "{\"name\": \"Acme Orders API\", \"docs\": \"/openapi.json\", \"links\": "
            + "[\"/api/v1/health\", \"/api/v1/users/1\", \"/api/v1/orders\"]}");
  }

  private static Reply health() {
    return Reply.json(200, "{\"status\": \"ok\", \"version\": \"1.4.2\"}");
  }

  private static Optional<String> presentedKey(DemoRequest request) {
    return request.header("X-API-Key").or(() -> request.param("api_key"));
  }

  private static Reply whoami(DemoRequest request) {
    String key = presentedKey(request).orElse("");
    String keyJson = key.isEmpty() ? "null" : "\"" + jsonEscape(key) + "\"";
    return Reply.json(
            200, "{\"api_key\": " + keyJson + ", \"valid\": " + DemoData.isValidKey(key) + "}")
        .withHeader("Set-Cookie", "session=eyJ1c2VyX2lkIjoyfQ.Z0demo.FAKEsignature; Path=/");
  }

  private static Reply user(String id) {
    Optional<String> user =
        id.length() > 6 ? Optional.empty() : DemoData.userJson(Integer.parseInt(id));
    return user.map(json -> Reply.json(200, json))
        .orElseGet(() -> Reply.json(404, "{\"error\": \"not found\"}"));
  }

  private static Reply orders(DemoRequest request) {
    String key = presentedKey(request).orElse("None");
    if (!DemoData.isValidKey(key)) {
      return Reply.json(401, "{\"error\": \"invalid api key " + jsonEscape(key) + "\"}");
    }
    String limit = request.param("limit").orElse("20");
    if (!limit.matches("-?\\d{1,6}")) {
      return Reply.html(
          500,
          WerkzeugPages.debugger(
              "ValueError: invalid literal for int() with base 10: '" + limit + "'",
              "list_orders",
              "limit = int(request.args.get(\"limit\", \"20\"))"));
    }
    return Reply.json(200, DemoData.ORDERS);
  }

  private static Reply export() {
    return Reply.json(
        200, "{\"users\": " + DemoData.allUsersJson() + ", \"orders\": " + DemoData.ORDERS + "}");
  }

  /** The provider is unreachable, and {@code str(e)} quotes the URL with the key in it. */
  private static Reply charge() {
    String error =
        "HTTPConnectionPool(host='payments.acme.example', port=80): Max retries exceeded with url:"
            + " /v1/charges?api_key="
            + DemoData.PAYMENTS_API_KEY
            + " (Caused by NameResolutionError(\"Failed to resolve 'payments.acme.example'\"))";
    return Reply.json(500, "{\"error\": \"" + jsonEscape(error) + "\"}");
  }

  /** Fetches the URL it is given, like the Flask app, but only on loopback: nothing leaves. */
  private Reply preview(DemoRequest request) {
    Optional<String> url = request.param("url");
    if (url.isEmpty()) {
      return Reply.html(400, WerkzeugPages.badRequest());
    }
    URI target;
    try {
      target = URI.create(url.get());
    } catch (IllegalArgumentException e) {
      return fetchFailed("InvalidURL: Invalid URL '" + url.get() + "'");
    }
    String host = Optional.ofNullable(target.getHost()).orElse("");
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
      return fetchFailed("ConnectionError: Failed to resolve '" + host + "'");
    }
    try {
      HttpResponse<InputStream> reply =
          fetcher.send(
              HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(3)).GET().build(),
              HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = reply.body()) {
        return Reply.text(
            200,
            "text/html; charset=utf-8",
            new String(in.readNBytes(2000), StandardCharsets.UTF_8));
      }
    } catch (IOException | IllegalArgumentException e) {
      return fetchFailed("ConnectionError: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fetchFailed("ConnectionError: interrupted");
    }
  }

  private static Reply fetchFailed(String exception) {
    return Reply.html(
        500,
        WerkzeugPages.debugger(exception, "preview", "page = requests.get(url, verify=False)"));
  }

  private static Reply importOrders(DemoRequest request) {
    byte[] body = request.body();
    if (body.length > 0 && (body[0] & 0xff) == 0x80) {
      return Reply.json(200, "{\"imported\": 1}");
    }
    String loadKey =
        body.length == 0
            ? "EOFError: Ran out of input"
            : "_pickle.UnpicklingError: invalid load key, '" + (char) (body[0] & 0x7f) + "'.";
    return Reply.html(
        500,
        WerkzeugPages.debugger(loadKey, "import_orders", "orders = pickle.loads(request.data)"));
  }

  private static Reply chat(DemoRequest request) {
    Matcher m = MESSAGE.matcher(request.bodyText());
    String message = m.find() ? m.group(1) : "";
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("instruction") || lower.contains("system prompt")) {
      return Reply.json(200, "{\"reply\": \"" + jsonEscape(DemoData.SYSTEM_PROMPT) + "\"}");
    }
    return Reply.json(200, "{\"reply\": \"I can help with orders. You said: " + message + "\"}");
  }

  private Reply spec() {
    return Reply.text(200, "application/yaml", specText());
  }

  /** The bundled spec, with its local server entry pointing at this very server. */
  String specText() {
    String origin = base.toString().replaceAll("/$", "");
    return DemoBundle.read("openapi.yaml").replace("http://localhost:5000", origin);
  }

  private Reply staticFile(String name) {
    if (!STATIC_FILES.contains(name)) {
      return Reply.html(404, WerkzeugPages.notFound());
    }
    if (name.equals("openapi.yaml")) {
      return Reply.text(200, "application/yaml", specText());
    }
    String type =
        name.endsWith(".py")
            ? "text/x-python; charset=utf-8"
            : name.endsWith(".md")
                ? "text/markdown; charset=utf-8"
                : name.endsWith(".txt") ? "text/plain; charset=utf-8" : "application/octet-stream";
    try {
      return Reply.text(200, type, DemoBundle.read(name));
    } catch (UncheckedIOException e) {
      return Reply.html(404, WerkzeugPages.notFound());
    }
  }

  private static String jsonEscape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A route: a path pattern, the methods it takes, and what it answers. */
  private record Route(Pattern pattern, Set<String> methods, Handler handler) {
    Route(String regex, Set<String> methods, Handler handler) {
      this(Pattern.compile(regex), methods, handler);
    }
  }

  @FunctionalInterface
  private interface Handler {
    Reply handle(DemoRequest request, Matcher match);
  }
}
