package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.bulwark.core.BadTargetException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading over HTTP and remote references, against a server on 127.0.0.1 only. */
class RemoteLoadingTest {
  private static final String SCHEMA = "type: object\nproperties:\n  name: {type: string}\n";
  @TempDir Path tmp;
  private HttpServer server;
  private final AtomicInteger schemaRequests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/schema.yaml",
        exchange -> {
          schemaRequests.incrementAndGet();
          send(exchange, 200, SCHEMA);
        });
    server.createContext(
        "/openapi.json",
        exchange ->
            send(
                exchange,
                200,
                "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},"
                    + "\"paths\":{\"/a\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\"}}}}}}"));
    server.createContext("/missing.json", exchange -> send(exchange, 404, "no"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void loadsADocumentFromAUrl() throws Exception {
    var model = SpecLoader.load(base() + "/openapi.json", SpecOptions.defaults());
    assertThat(model.operations()).hasSize(1);
  }

  @Test
  void anHttpErrorIsAOneLineBadTarget() {
    assertThatThrownBy(() -> SpecLoader.load(base() + "/missing.json", SpecOptions.defaults()))
        .isInstanceOf(BadTargetException.class)
        .hasMessageEndingWith("the server answered HTTP 404");
  }

  @Test
  void aRefusedConnectionIsAOneLineBadTargetInWords() throws Exception {
    // given a port nothing listens on
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port + "/openapi.yaml";

    // when it is loaded, then the message says what happened, not an exception class
    assertThatThrownBy(() -> SpecLoader.load(url, SpecOptions.defaults()))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("cannot fetch")
        .hasMessageNotContaining("ConnectException")
        .hasMessageNotContaining("\n");
  }

  @Test
  void remoteRefsAreNotFetchedUnlessAllowed() throws Exception {
    // given a local document referring to a schema on another host
    Path doc = remoteRefDocument();

    // when it is loaded with the defaults
    SpecDocument loaded = SpecLoader.loadDocument(doc.toString(), SpecOptions.defaults());

    // then nothing was fetched and the user is told
    assertThat(schemaRequests.get()).isZero();
    assertThat(loaded.warnings()).anyMatch(w -> w.contains("remote $ref not fetched"));
  }

  @Test
  void remoteRefsAreFetchedWhenAllowed() throws Exception {
    Path doc = remoteRefDocument();
    SpecDocument loaded =
        SpecLoader.loadDocument(doc.toString(), SpecOptions.defaults().withAllowRemoteRefs(true));
    assertThat(schemaRequests.get()).isPositive();
    assertThat(loaded.warnings()).noneMatch(w -> w.contains("remote $ref not fetched"));
  }

  private Path remoteRefDocument() throws Exception {
    String text =
        Files.readString(SpecLoaderTest.resource("remote-ref.yaml"))
            .replace("REMOTE", base() + "/schema.yaml");
    Path doc = tmp.resolve("remote.yaml");
    Files.writeString(doc, text);
    return doc;
  }

  private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
