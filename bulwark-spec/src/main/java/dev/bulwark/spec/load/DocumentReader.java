package dev.bulwark.spec.load;

import dev.bulwark.core.BadTargetException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Reads a document's text from a file or an {@code http(s)} URL, refusing anything too big. */
public final class DocumentReader {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private DocumentReader() {}

  public static boolean isUrl(String ref) {
    String lower = ref.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  public static String read(String ref, long maxBytes) throws BadTargetException {
    return isUrl(ref) ? fetch(ref, maxBytes) : readFile(ref, maxBytes);
  }

  private static String readFile(String ref, long maxBytes) throws BadTargetException {
    Path path = Path.of(ref);
    try {
      if (Files.isDirectory(path)) {
        throw new BadTargetException(ref + ": is a directory, not an OpenAPI document");
      }
      long size = Files.size(path);
      if (size > maxBytes) {
        throw tooBig(ref, maxBytes);
      }
      return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadTargetException(ref + ": no such file", e);
    } catch (IOException e) {
      throw new BadTargetException(ref + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static String fetch(String ref, long maxBytes) throws BadTargetException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(URI.create(ref))
              .timeout(TIMEOUT)
              .header("Accept", "application/json, application/yaml, text/yaml, */*")
              .GET()
              .build();
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() >= 400) {
          throw new BadTargetException(ref + ": the server answered HTTP " + response.statusCode());
        }
        return new String(readCapped(body, ref, maxBytes), StandardCharsets.UTF_8);
      }
    } catch (IllegalArgumentException e) {
      throw new BadTargetException(ref + ": not a valid URL", e);
    } catch (IOException e) {
      throw new BadTargetException(ref + ": cannot fetch: " + describe(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BadTargetException(ref + ": interrupted while fetching", e);
    }
  }

  private static byte[] readCapped(InputStream in, String ref, long maxBytes)
      throws IOException, BadTargetException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > maxBytes) {
        throw tooBig(ref, maxBytes);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  static BadTargetException tooBig(String ref, long maxBytes) {
    return new BadTargetException(
        ref + ": the document is larger than the limit of " + maxBytes + " bytes");
  }

  /** Why a fetch failed, in words: the JDK client often throws a bare ConnectException. */
  static String describe(IOException e) {
    if (e instanceof ConnectException) {
      return e.getMessage() == null || e.getMessage().isBlank()
          ? "connection refused"
          : e.getMessage();
    }
    if (e instanceof UnknownHostException) {
      return "the host name does not resolve";
    }
    if (e instanceof HttpTimeoutException) {
      return "timed out";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
