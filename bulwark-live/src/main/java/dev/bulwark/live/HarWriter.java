package dev.bulwark.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.core.ScanError;
import dev.bulwark.live.engine.Credentials;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.live.engine.ExchangeLog;
import dev.bulwark.live.engine.Header;
import dev.bulwark.live.engine.ResponseData;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Writes every exchange as HAR 1.2, credentials replaced by placeholders. */
final class HarWriter {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private HarWriter() {}

  /**
   * @param clean redacts a body or header value: credentials become placeholders and recognised
   *     secrets their redacted form
   */
  static void write(
      Path file,
      ExchangeLog log,
      Credentials credentials,
      java.util.function.UnaryOperator<String> clean,
      Consumer<ScanError> errors) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode har = root.putObject("log");
    har.put("version", "1.2");
    har.putObject("creator").put("name", "Bulwark").put("version", "0.1");
    ArrayNode entries = har.putArray("entries");
    for (Exchange e : log.all()) {
      ObjectNode entry = entries.addObject();
      entry.put("time", e.elapsed().toMillis());
      ObjectNode request = entry.putObject("request");
      request.put("method", e.method());
      request.put("url", credentials.scrub(e.uri().toString()));
      request.put("httpVersion", "HTTP/1.1");
      ArrayNode headers = request.putArray("headers");
      for (Header h : e.sentHeaders()) {
        String value = credentials.scrub(h.value());
        headers
            .addObject()
            .put("name", h.name())
            .put("value", value.equals(h.value()) ? value : h.placeholder());
      }
      e.request()
          .body()
          .ifPresent(
              b ->
                  request
                      .putObject("postData")
                      .put("mimeType", "application/json")
                      .put("text", credentials.scrub(b)));
      ObjectNode response = entry.putObject("response");
      response.put("status", e.status());
      e.error().ifPresent(msg -> response.put("_error", credentials.scrub(msg)));
      ArrayNode responseHeaders = response.putArray("headers");
      ResponseData data = e.response().orElse(null);
      if (data != null) {
        for (Map.Entry<String, List<String>> h : data.headers().entrySet()) {
          for (String v : h.getValue()) {
            responseHeaders.addObject().put("name", h.getKey()).put("value", clean.apply(v));
          }
        }
        response
            .putObject("content")
            .put("size", data.body().length())
            .put("mimeType", data.contentType())
            .put("text", clean.apply(data.body()));
      }
    }
    try {
      MAPPER.writeValue(file.toFile(), root);
    } catch (IOException e) {
      errors.accept(new ScanError(file.toString(), "cannot write the HAR file: " + e.getMessage()));
    }
  }
}
