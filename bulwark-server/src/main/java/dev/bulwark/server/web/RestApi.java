package dev.bulwark.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bulwark.core.ApiIdentity;
import dev.bulwark.store.BadReportException;
import dev.bulwark.store.SaveOutcome;
import dev.bulwark.store.ScanStore;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** The JSON REST API under {@code /api/v1}; documented in docs/dashboard.md. */
final class RestApi {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final ScanStore store;
  private final long maxUploadBytes;

  RestApi(ScanStore store, long maxUploadBytes) {
    this.store = store;
    this.maxUploadBytes = maxUploadBytes;
  }

  void apis(Context ctx) {
    json(ctx, HttpStatus.OK, store.apis().stream().map(JsonViews::api).toList());
  }

  void api(Context ctx) {
    String name = ctx.pathParam("name");
    store
        .history(name)
        .ifPresentOrElse(
            h -> json(ctx, HttpStatus.OK, JsonViews.history(h)),
            () -> error(ctx, HttpStatus.NOT_FOUND, "no API named " + name));
  }

  void scan(Context ctx) {
    Optional<Long> id = WebApp.idParam(ctx.pathParam("id"));
    id.flatMap(store::scan)
        .ifPresentOrElse(
            d -> json(ctx, HttpStatus.OK, JsonViews.scan(d)),
            () -> error(ctx, HttpStatus.NOT_FOUND, "no scan " + ctx.pathParam("id")));
  }

  void report(Context ctx) {
    Optional<String> raw = WebApp.idParam(ctx.pathParam("id")).flatMap(store::rawReport);
    if (raw.isEmpty()) {
      error(ctx, HttpStatus.NOT_FOUND, "no scan " + ctx.pathParam("id"));
      return;
    }
    ctx.contentType("application/json").result(raw.get());
  }

  void diff(Context ctx) {
    Optional<Long> from = WebApp.idParam(ctx.queryParam("from"));
    Optional<Long> to = WebApp.idParam(ctx.queryParam("to"));
    if (from.isEmpty() || to.isEmpty()) {
      error(ctx, HttpStatus.BAD_REQUEST, "give two scan ids: ?from=ID&to=ID");
      return;
    }
    store
        .diff(from.get(), to.get())
        .ifPresentOrElse(
            d -> json(ctx, HttpStatus.OK, JsonViews.diff(d)),
            () -> error(ctx, HttpStatus.NOT_FOUND, "no such scans"));
  }

  /** POST /api/v1/scans: stores one JSON report; the gate has already checked the token. */
  void upload(Context ctx) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    if (!type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      error(
          ctx,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "send the report as Content-Type: application/json");
      return;
    }
    long declared = ctx.contentLength();
    if (declared > maxUploadBytes) {
      drain(ctx, declared);
      error(
          ctx,
          HttpStatus.CONTENT_TOO_LARGE,
          "the report is larger than " + maxUploadBytes + " bytes");
      return;
    }
    Optional<byte[]> body = readCapped(ctx);
    if (body.isEmpty()) {
      error(
          ctx,
          HttpStatus.CONTENT_TOO_LARGE,
          "the report is larger than " + maxUploadBytes + " bytes");
      return;
    }
    Optional<String> text = utf8(body.get());
    if (text.isEmpty()) {
      error(ctx, HttpStatus.BAD_REQUEST, "the report is not UTF-8 text");
      return;
    }
    Optional<ApiIdentity> identity = identity(ctx);
    try {
      SaveOutcome outcome = store.save(text.get(), identity);
      json(
          ctx,
          outcome.created() ? HttpStatus.CREATED : HttpStatus.OK,
          Map.of(
              "id",
              outcome.scanId(),
              "created",
              outcome.created(),
              "url",
              "/scans/" + outcome.scanId()));
    } catch (BadReportException e) {
      boolean schema = e.getMessage().startsWith("unsupported report schemaVersion");
      error(
          ctx, schema ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  private static Optional<ApiIdentity> identity(Context ctx) {
    String api = ctx.queryParam("api");
    if (api == null || api.isBlank()) {
      return Optional.empty();
    }
    String version =
        Optional.ofNullable(ctx.queryParam("version"))
            .filter(v -> !v.isBlank())
            .orElse("unversioned");
    return Optional.of(new ApiIdentity(api.strip(), version.strip()));
  }

  /**
   * Reads and discards a refused body (up to a bound) before answering: a server that answers and
   * closes while the client is still sending resets the connection, and the client never sees the
   * 413 that explains why.
   */
  private void drain(Context ctx, long declared) {
    long bound = Math.max(4 * maxUploadBytes, 1024 * 1024);
    if (declared > bound) {
      return;
    }
    try (InputStream in = ctx.req().getInputStream()) {
      in.skipNBytes(declared);
    } catch (IOException e) {
      // The client went away; there is no one left to answer.
    }
  }

  private Optional<byte[]> readCapped(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxUploadBytes + 1));
      return bytes.length > maxUploadBytes ? Optional.empty() : Optional.of(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the upload", e);
    }
  }

  private static Optional<String> utf8(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  static void json(Context ctx, HttpStatus status, Object value) {
    try {
      ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  static void error(Context ctx, HttpStatus status, String message) {
    json(ctx, status, Map.of("error", message));
  }
}
