package dev.bulwark.server.mcp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerHandler;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;

/**
 * MCP's streamable HTTP transport, stateless (plain JSON answers, no sessions, no event streams),
 * on the JDK's HTTP server, bound to 127.0.0.1 only. Requests from a browser page of another origin
 * are refused (the {@code Origin} check the MCP spec asks for against DNS rebinding).
 */
public final class LoopbackHttpTransport implements McpStatelessServerTransport, AutoCloseable {
  static final String ENDPOINT = "/mcp";
  private static final int MAX_BODY = 1024 * 1024;

  private final HttpServer server;
  private final ExecutorService workers;
  private final McpJsonMapper json;
  private volatile McpStatelessServerHandler handler;

  private LoopbackHttpTransport(HttpServer server, ExecutorService workers, McpJsonMapper json) {
    this.server = server;
    this.workers = workers;
    this.json = json;
  }

  /** Listens on 127.0.0.1 at {@code port} (0: a free port). */
  public static LoopbackHttpTransport bind(int port, McpJsonMapper json) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
    ExecutorService workers =
        Executors.newFixedThreadPool(
            4,
            runnable -> {
              Thread thread = new Thread(runnable, "bulwark-mcp-http");
              thread.setDaemon(true);
              return thread;
            });
    server.setExecutor(workers);
    LoopbackHttpTransport transport = new LoopbackHttpTransport(server, workers, json);
    server.createContext("/", transport::serve);
    server.start();
    return transport;
  }

  /** The endpoint clients connect to, e.g. {@code http://127.0.0.1:8765/mcp}. */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + ENDPOINT);
  }

  @Override
  public void setMcpHandler(McpStatelessServerHandler value) {
    this.handler = value;
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.fromRunnable(this::close);
  }

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

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestURI().getPath().equals(ENDPOINT)) {
        send(exchange, 404, "");
        return;
      }
      if (!sameMachineOrigin(exchange.getRequestHeaders().getFirst("Origin"))) {
        send(exchange, 403, error(-32600, "requests from other origins are refused"));
        return;
      }
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.getResponseHeaders().set("Allow", "POST");
        send(exchange, 405, "");
        return;
      }
      String type = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
      if (!type.toLowerCase(Locale.ROOT).contains("application/json")) {
        send(exchange, 415, error(-32600, "Content-Type must be application/json"));
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        send(exchange, 413, error(-32600, "request too large"));
        return;
      }
      dispatch(exchange, new String(body, StandardCharsets.UTF_8));
    }
  }

  private void dispatch(HttpExchange exchange, String body) throws IOException {
    McpStatelessServerHandler current = handler;
    if (current == null) {
      send(exchange, 503, error(-32603, "server is starting"));
      return;
    }
    McpSchema.JSONRPCMessage message;
    try {
      message = McpSchema.deserializeJsonRpcMessage(json, body);
    } catch (IOException | IllegalArgumentException e) {
      send(exchange, 400, error(-32700, "not a JSON-RPC message"));
      return;
    }
    try {
      if (message instanceof McpSchema.JSONRPCRequest request) {
        McpSchema.JSONRPCResponse response =
            current.handleRequest(McpTransportContext.EMPTY, request).block();
        send(exchange, 200, json.writeValueAsString(response));
      } else if (message instanceof McpSchema.JSONRPCNotification notification) {
        current.handleNotification(McpTransportContext.EMPTY, notification).block();
        send(exchange, 202, "");
      } else {
        send(exchange, 400, error(-32600, "this server sends no requests, so takes no responses"));
      }
    } catch (RuntimeException e) {
      send(exchange, 500, error(-32603, "internal error"));
    }
  }

  /** No Origin (not a browser) or a page served from this machine. */
  static boolean sameMachineOrigin(String origin) {
    if (origin == null || origin.isBlank()) {
      return true;
    }
    try {
      String host = URI.create(origin.strip()).getHost();
      return host != null
          && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private String error(int code, String message) throws IOException {
    return json.writeValueAsString(
        Map.of("jsonrpc", "2.0", "error", Map.of("code", code, "message", message)));
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
