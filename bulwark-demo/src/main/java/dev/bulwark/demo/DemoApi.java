package dev.bulwark.demo;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A deliberately vulnerable API that behaves over HTTP like {@code examples/vulnerable-flask} run
 * with Flask's development server: same routes, same leaks, the Werkzeug debugger, no rate limit, a
 * version banner, CORS {@code *} with credentials. It needs only a JDK, so {@code bulwark demo}
 * works anywhere. It listens on 127.0.0.1 only, on a free port.
 *
 * <pre>{@code
 * try (DemoApi api = DemoApi.start()) {
 *   URI base = api.baseUri(); // e.g. http://127.0.0.1:43127/
 * }
 * }</pre>
 */
public final class DemoApi implements AutoCloseable {
  /** Request bodies beyond this are cut: the demo is a target, not a sink. */
  private static final int MAX_BODY = 64 * 1024;

  private final HttpServer server;
  private final ExecutorService workers;
  private final URI baseUri;

  private DemoApi(HttpServer server, ExecutorService workers, URI baseUri) {
    this.server = server;
    this.workers = workers;
    this.baseUri = baseUri;
  }

  /** Starts the demo API on 127.0.0.1 on a free port. */
  public static DemoApi start() throws IOException {
    // Without TCP_NODELAY the JDK server waits ~40 ms on delayed ACKs for every small response.
    // The property is read once, when the first server starts: set it only if nobody chose.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    DemoRoutes routes = new DemoRoutes(base);
    ExecutorService workers =
        Executors.newFixedThreadPool(
            8,
            runnable -> {
              Thread thread = new Thread(runnable, "bulwark-demo-api");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(workers);
    server.createContext("/", exchange -> serve(routes, exchange));
    server.start();
    return new DemoApi(server, workers, base);
  }

  /** The base URI, with a trailing slash, e.g. {@code http://127.0.0.1:43127/}. */
  public URI baseUri() {
    return baseUri;
  }

  /** Stops the server and its threads; requests in flight get no answer. */
  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
    try {
      workers.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void serve(DemoRoutes routes, HttpExchange exchange) throws IOException {
    try (exchange) {
      DemoRequest request = toRequest(exchange);
      Reply reply;
      try {
        reply = routes.answer(request);
      } catch (RuntimeException e) {
        reply =
            Reply.html(
                500,
                WerkzeugPages.debugger(
                    "InternalServerError: " + e.getClass().getSimpleName(), "dispatch", "..."));
      }
      Headers headers = exchange.getResponseHeaders();
      headers.set("Server", "Werkzeug/2.0.1 Python/3.8.5");
      headers.set("Content-Type", reply.contentType());
      headers.set("Access-Control-Allow-Origin", "*");
      headers.set("Access-Control-Allow-Credentials", "true");
      reply.headers().forEach(headers::set);
      boolean head = request.method().equalsIgnoreCase("HEAD");
      byte[] body = reply.body();
      if (head || body.length == 0) {
        if (head) {
          headers.set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(reply.status(), -1);
      } else {
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private static DemoRequest toRequest(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new HashMap<>();
    for (Map.Entry<String, List<String>> entry : exchange.getRequestHeaders().entrySet()) {
      if (!entry.getValue().isEmpty()) {
        headers.put(entry.getKey().toLowerCase(Locale.ROOT), entry.getValue().get(0));
      }
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readNBytes(MAX_BODY);
    }
    URI uri = exchange.getRequestURI();
    return new DemoRequest(
        exchange.getRequestMethod(),
        uri.getPath() == null ? "/" : uri.getPath(),
        DemoRequest.parseQuery(uri.getRawQuery()),
        headers,
        body);
  }
}
