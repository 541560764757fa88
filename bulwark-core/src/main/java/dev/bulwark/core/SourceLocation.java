package dev.bulwark.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A place in a source file, relative to the scanned root with forward slashes.
 *
 * @param history present when the finding was made in git history rather than the work tree
 */
public record SourceLocation(String file, int line, int column, Optional<HistoryRef> history)
    implements Location {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    Objects.requireNonNull(history, "history");
  }

  public static SourceLocation of(String file, int line, int column) {
    return new SourceLocation(file, line, column, Optional.empty());
  }

  @Override
  public String kind() {
    return "source";
  }

  @Override
  public String fingerprintKey() {
    return "source:" + file;
  }

  @Override
  public String display() {
    String where = file + ":" + line + ":" + column;
    return history.map(h -> where + " @" + h.shortCommit()).orElse(where);
  }
}
