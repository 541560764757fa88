package dev.bulwark.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A place in an OpenAPI document: its JSON pointer, the line it maps to, and the operation when the
 * pointer is inside one.
 */
public record SpecLocation(
    String file, String pointer, int line, Optional<String> method, Optional<String> path)
    implements Location {

  public SpecLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
  }

  @Override
  public String kind() {
    return "spec";
  }

  @Override
  public String fingerprintKey() {
    return "spec:" + file + "#" + pointer;
  }

  @Override
  public String display() {
    return file + "#" + pointer;
  }
}
