package dev.bulwark.live.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A real HTTP server on 127.0.0.1 (port 0) with exact-path routes; anything else answers 404. */
public final class TestServer implements AutoCloseable {
  /** What a route answers. */
  public record Reply(int status, Map<String, String> headers, String body) {
    public static Reply json(String body) {
      return new Reply(200, Map.of("Content-Type", "application/json"), body);
    }

    public static Reply status(int status) {
      return new Reply(status, Map.of("Content-Type", "application/json"), "{\"error\":\"no\"}");
    }

    public static Reply text(int status, String contentType, String body) {
      return new Reply(status, Map.of("Content-Type", contentType), body);
    }

    public Reply with(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, more, body);
    }
  }

  static {
    // Without TCP_NODELAY the JDK server's split writes meet delayed ACKs: 40 ms per request.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, Function<HttpExchange, Reply>> routes = new ConcurrentHashMap<>();
  private final Map<String, Function<HttpExchange, Reply>> prefixes = new ConcurrentHashMap<>();
  private final AtomicInteger requests = new AtomicInteger();
  private Map<String, String> defaultHeaders = Map.of();

  public TestServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public TestServer route(String path, Function<HttpExchange, Reply> handler) {
    routes.put(path, handler);
    return this;
  }

  /** Answers every path that starts with {@code prefix} (exact routes win). */
  public TestServer routePrefix(String prefix, Function<HttpExchange, Reply> handler) {
    prefixes.put(prefix, handler);
    return this;
  }

  public TestServer route(String path, Reply reply) {
    return route(path, ex -> reply);
  }

  /** Headers added to every answer (e.g. a hardened API's security headers). */
  public TestServer defaults(Map<String, String> headers) {
    this.defaultHeaders = Map.copyOf(headers);
    return this;
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public int requests() {
    return requests.get();
  }

  public static String header(HttpExchange exchange, String name) {
    List<String> values = exchange.getRequestHeaders().get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  public static String query(HttpExchange exchange) {
    String q = exchange.getRequestURI().getRawQuery();
    return q == null ? "" : q;
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      Function<HttpExchange, Reply> handler = routes.get(path);
      if (handler == null) {
        handler =
            prefixes.entrySet().stream()
                .filter(e -> path.startsWith(e.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
      }
      Reply reply = handler == null ? Reply.status(404) : handler.apply(exchange);
      defaultHeaders.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
      reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      boolean head = exchange.getRequestMethod().equals("HEAD");
      exchange.sendResponseHeaders(reply.status(), head || body.length == 0 ? -1 : body.length);
      if (!head && body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  @Override
  public void close() {
    // HttpServer.stop waits for its dispatcher's one-second select; stop in the background.
    Thread stopper =
        new Thread(
            () -> {
              server.stop(0);
              executor.shutdownNow();
            });
    stopper.setDaemon(true);
    stopper.start();
  }
}
