package dev.bulwark.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file found by the walk of a source tree.
 *
 * @param relative the path relative to the scanned root, with forward slashes (as in reports)
 */
public record SourceFile(Path absolute, String relative) {
  public SourceFile {
    Objects.requireNonNull(absolute, "absolute");
    Objects.requireNonNull(relative, "relative");
  }
}
