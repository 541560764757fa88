package dev.bulwark.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A live endpoint: the request that showed the problem.
 *
 * @param path the path template when known (e.g. {@code /users/{id}}), else the concrete path
 * @param parameter the parameter or header concerned, when there is one
 */
public record HttpLocation(String method, String url, String path, Optional<String> parameter)
    implements Location {

  public HttpLocation {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(parameter, "parameter");
  }

  @Override
  public String kind() {
    return "http";
  }

  /** Host-independent, so a staging and a production scan of one API correlate. */
  @Override
  public String fingerprintKey() {
    return "http:" + method + " " + path + parameter.map(p -> " " + p).orElse("");
  }

  @Override
  public String display() {
    return method + " " + path + parameter.map(p -> " [" + p + "]").orElse("");
  }

  @Override
  public String file() {
    return "";
  }

  @Override
  public int line() {
    return 0;
  }
}
