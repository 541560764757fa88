package dev.bulwark.live.support;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A server on 127.0.0.1 that misbehaves on purpose, written on raw sockets so it can break HTTP:
 * slow answers, endless bodies, a gzip bomb, redirect loops and redirects off scope, malformed
 * headers, invalid JSON, connection resets and HTTP/1.0.
 */
public final class HostileServer implements AutoCloseable {
  public static final String[] PATHS = {
    "/slow", "/endless", "/bomb", "/loop", "/away", "/malformed", "/hangup", "/old", "/badjson"
  };

  private final ServerSocket socket;
  private final ExecutorService pool =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "hostile");
            t.setDaemon(true);
            return t;
          });
  private final byte[] bomb;

  public HostileServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    bomb = gzipOfZeros(8 * 1024 * 1024);
    pool.submit(this::acceptLoop);
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        pool.submit(() -> serve(client));
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
      String requestLine = in.readLine();
      if (requestLine == null) {
        return;
      }
      String line;
      while ((line = in.readLine()) != null && !line.isEmpty()) {
        // headers are ignored
      }
      String path = requestLine.split(" ")[1];
      OutputStream out = client.getOutputStream();
      switch (path) {
        case "/slow" -> {
          Thread.sleep(3000);
          write(out, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
        }
        case "/endless" -> {
          write(
              out,
              "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n");
          byte[] chunk =
              ("4000\r\n" + "x".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
          for (int i = 0; i < 20_000; i++) { // at most ~320 MB, the client stops far sooner
            out.write(chunk);
          }
        }
        case "/bomb" -> {
          write(
              out,
              "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Encoding: gzip\r\nContent-Length: "
                  + bomb.length
                  + "\r\nConnection: close\r\n\r\n");
          out.write(bomb);
        }
        case "/loop" ->
            write(
                out,
                "HTTP/1.1 302 Found\r\nLocation: /loop\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        case "/away" ->
            write(
                out,
                "HTTP/1.1 302 Found\r\nLocation: http://elsewhere.invalid/\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        case "/malformed" ->
            write(out, "HTTP/1.1 200 OK\r\nContent-Length: nope\r\nX-Bad: \u0001\r\n\r\n\r\n{}");
        case "/hangup" -> {
          client.setSoLinger(true, 0);
          client.close();
        }
        case "/old" ->
            write(out, "HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"old\":true}");
        case "/badjson", "/" ->
            write(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\nConnection: close\r\n\r\n{not: json,,");
        default ->
            write(out, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
      }
      out.flush();
    } catch (IOException e) {
      // the client hung up: expected for the endless body
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static byte[] gzipOfZeros(int size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      byte[] zeros = new byte[64 * 1024];
      for (int written = 0; written < size; written += zeros.length) {
        gzip.write(zeros);
      }
    }
    return bytes.toByteArray();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    pool.shutdownNow();
  }
}
