package dev.bulwark.demo.action;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few GitHub REST endpoints the action's PR comment uses, on 127.0.0.1: list, create and update
 * issue comments. Records every request; comment bodies are kept as raw JSON strings.
 */
final class StubGitHubApi implements AutoCloseable {
  private static final Pattern LIST =
      Pattern.compile("/repos/([^/]+/[^/]+)/issues/(\\d+)/comments");
  private static final Pattern UPDATE =
      Pattern.compile("/repos/([^/]+/[^/]+)/issues/comments/(\\d+)");

  private final HttpServer server;
  private final List<String> requests = new ArrayList<>();
  private final Map<Integer, String> comments = new LinkedHashMap<>();
  private final List<String> authorizations = new ArrayList<>();
  private int nextId = 501;

  StubGitHubApi() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  synchronized Map<Integer, String> comments() {
    return Map.copyOf(comments);
  }

  synchronized List<String> authorizations() {
    return List.copyOf(authorizations);
  }

  private synchronized void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(method + " " + path);
      authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
      Matcher list = LIST.matcher(path);
      Matcher update = UPDATE.matcher(path);
      if (method.equals("GET") && list.matches()) {
        StringBuilder json = new StringBuilder("[{\"id\": 1, \"body\": \"LGTM\"}");
        comments.forEach(
            (id, text) ->
                json.append(", {\"id\": ").append(id).append(", ").append(text).append('}'));
        send(exchange, 200, json.append(']').toString());
      } else if (method.equals("POST") && list.matches()) {
        int id = nextId++;
        comments.put(id, bodyField(body));
        send(exchange, 201, "{\"id\": " + id + "}");
      } else if (method.equals("PATCH") && update.matches()) {
        int id = Integer.parseInt(update.group(2));
        if (!comments.containsKey(id)) {
          send(exchange, 404, "{\"message\": \"Not Found\"}");
          return;
        }
        comments.put(id, bodyField(body));
        send(exchange, 200, "{\"id\": " + id + "}");
      } else {
        send(exchange, 404, "{\"message\": \"Not Found\"}");
      }
    }
  }

  /** The {@code "body": "..."} member of a JSON object, as JSON text. */
  private static String bodyField(String json) {
    int at = json.indexOf("\"body\"");
    return at < 0 ? "\"body\": \"\"" : json.substring(at, json.lastIndexOf('}'));
  }

  private static void send(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
