package dev.bulwark.live;

import com.sun.net.httpserver.HttpServer;
import dev.bulwark.live.check.Canary;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A listener on 127.0.0.1 that a local target can be asked to fetch: a hit on {@code /c/<token>}
 * proves server-side fetching. Bound to loopback only, so nothing outside the machine can reach it.
 */
final class CanaryServer implements Canary, AutoCloseable {
  private final HttpServer server;
  private final Set<String> hits = ConcurrentHashMap.newKeySet();

  private CanaryServer(HttpServer server) {
    this.server = server;
  }

  static CanaryServer start() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    CanaryServer canary = new CanaryServer(server);
    server.createContext(
        "/c/",
        exchange -> {
          String token = exchange.getRequestURI().getPath().substring(3);
          canary.hits.add(token);
          byte[] body = canary.bodyFor(token).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/plain");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return canary;
  }

  @Override
  public URI urlFor(String token) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/c/" + token);
  }

  @Override
  public boolean wasHit(String token) {
    return hits.contains(token);
  }

  @Override
  public String bodyFor(String token) {
    return "bulwark-canary-" + token;
  }

  @Override
  public void close() {
    // stop() waits for the dispatcher's one-second select: let it finish in the background.
    Thread stopper = new Thread(() -> server.stop(0), "bulwark-canary-stop");
    stopper.setDaemon(true);
    stopper.start();
  }
}
