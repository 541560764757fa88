package dev.bulwark.server.mcp;

import dev.bulwark.core.Redactor;
import dev.bulwark.core.RuleDocs;
import dev.bulwark.core.RuleRegistry;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * Runs the MCP server over stdio until the client closes stdin ({@code bulwark mcp}).
 *
 * <p>The SDK's stdio transport does not end when its input ends, so the input is watched here: end
 * of input (or a read error) closes the server and returns. While it runs, {@code System.out} is
 * pointed at stderr, so that nothing but protocol messages ever reaches the client.
 */
public final class McpServerMain {
  private McpServerMain() {}

  /** Serves on this process's stdin/stdout; blocks until stdin closes. */
  public static void runStdio(McpConfig config, RuleRegistry rules, Redactor redactor)
      throws InterruptedException {
    runStdio(config, rules, RuleDocs::load, redactor);
  }

  /**
   * As {@link #runStdio(McpConfig, RuleRegistry, Redactor)}, with the rule docs looked up by the
   * given function (e.g. one that also asks data-driven catalogs).
   */
  public static void runStdio(
      McpConfig config,
      RuleRegistry rules,
      Function<String, Optional<String>> docs,
      Redactor redactor)
      throws InterruptedException {
    PrintStream protocolOut = System.out;
    System.setOut(System.err);
    try {
      serve(new BulwarkMcpServer(config, rules, docs, redactor), System.in, protocolOut);
    } finally {
      protocolOut.flush();
      System.setOut(protocolOut);
    }
  }

  /**
   * Serves MCP over streamable HTTP (stateless) on 127.0.0.1 at {@code port} (0: a free one) until
   * {@link HttpHandle#close()}; {@code bulwark mcp --http PORT} prints {@link
   * HttpHandle#endpoint()} and waits.
   */
  public static HttpHandle startHttp(
      McpConfig config,
      RuleRegistry rules,
      Function<String, Optional<String>> docs,
      Redactor redactor,
      int port)
      throws IOException {
    LoopbackHttpTransport transport =
        LoopbackHttpTransport.bind(port, BulwarkMcpServer.jsonMapper());
    try {
      McpStatelessSyncServer server =
          new BulwarkMcpServer(config, rules, docs, redactor).startStateless(transport);
      return new HttpHandle(transport, server);
    } catch (RuntimeException e) {
      transport.close();
      throw e;
    }
  }

  /** A running HTTP MCP server. */
  public static final class HttpHandle implements AutoCloseable {
    private final LoopbackHttpTransport transport;
    private final McpStatelessSyncServer server;
    private final CountDownLatch closed = new CountDownLatch(1);

    private HttpHandle(LoopbackHttpTransport transport, McpStatelessSyncServer server) {
      this.transport = transport;
      this.server = server;
    }

    /** Where clients connect, e.g. {@code http://127.0.0.1:8765/mcp}. */
    public URI endpoint() {
      return transport.endpoint();
    }

    /** Blocks until the server is closed (e.g. by a shutdown hook on Ctrl-C). */
    public void awaitClose() throws InterruptedException {
      closed.await();
    }

    @Override
    public void close() {
      try {
        server.closeGracefully();
      } finally {
        transport.close();
        closed.countDown();
      }
    }
  }

  /** Serves on the given streams; blocks until {@code in} ends. */
  public static void serve(BulwarkMcpServer server, InputStream in, OutputStream out)
      throws InterruptedException {
    CountDownLatch ended = new CountDownLatch(1);
    InputStream watched = new EndWatchingInputStream(in, ended);
    StdioServerTransportProvider transport =
        new StdioServerTransportProvider(BulwarkMcpServer.jsonMapper(), watched, out);
    McpSyncServer running = server.start(transport);
    try {
      ended.await();
    } finally {
      running.closeGracefully();
    }
  }

  /** Counts a latch down when the stream ends or fails. */
  private static final class EndWatchingInputStream extends FilterInputStream {
    private final CountDownLatch ended;

    EndWatchingInputStream(InputStream in, CountDownLatch ended) {
      super(in);
      this.ended = ended;
    }

    @Override
    public int read() throws IOException {
      return watch(() -> super.read());
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      return watch(() -> super.read(buffer, offset, length));
    }

    private int watch(Read read) throws IOException {
      try {
        int n = read.run();
        if (n < 0) {
          ended.countDown();
        }
        return n;
      } catch (IOException | RuntimeException e) {
        ended.countDown();
        throw e;
      }
    }

    @Override
    public void close() throws IOException {
      ended.countDown();
      super.close();
    }
  }

  @FunctionalInterface
  private interface Read {
    int run() throws IOException;
  }
}
