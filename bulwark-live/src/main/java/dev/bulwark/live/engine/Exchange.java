package dev.bulwark.live.engine;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One request and what came back: a response, or the error that replaced it.
 *
 * @param id the order in which the engine sent it
 * @param uri the absolute URI sent
 * @param sentHeaders the headers sent, credentials included (never show them: use {@link
 *     Credentials#scrub})
 */
public record Exchange(
    long id,
    ProbeRequest request,
    URI uri,
    List<Header> sentHeaders,
    Optional<ResponseData> response,
    Optional<String> error,
    Duration elapsed) {

  public Exchange {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(uri, "uri");
    sentHeaders = List.copyOf(sentHeaders);
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  public String method() {
    return request.method();
  }

  /** The path (with query) as sent. */
  public String pathAndQuery() {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /** The path template when known, else the concrete path. */
  public String template() {
    return request.pathTemplate().orElse(uri.getRawPath() == null ? "/" : uri.getRawPath());
  }

  public Identity identity() {
    return request.identity();
  }

  public int status() {
    return response.map(ResponseData::status).orElse(0);
  }

  public String body() {
    return response.map(ResponseData::body).orElse("");
  }

  public boolean succeeded() {
    return response.map(ResponseData::isSuccess).orElse(false);
  }

  public boolean hasData() {
    return response.map(ResponseData::hasData).orElse(false);
  }

  public Optional<String> header(String name) {
    return response.flatMap(r -> r.header(name));
  }
}
