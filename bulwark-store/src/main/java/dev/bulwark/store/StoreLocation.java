package dev.bulwark.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the embedded database lives by default: {@code $XDG_DATA_HOME/bulwark/bulwark.db}, else
 * {@code ~/.local/share/bulwark/bulwark.db}. The caller passes the environment in (nothing below
 * the CLI reads environment variables).
 */
public final class StoreLocation {
  public static final String FILE_NAME = "bulwark.db";

  private StoreLocation() {}

  /** The data directory, created if missing. */
  public static Path dataDirectory(Optional<String> xdgDataHome, String userHome) {
    Path base =
        xdgDataHome
            .filter(s -> !s.isBlank())
            .map(Path::of)
            .filter(Path::isAbsolute) // the XDG spec says to ignore a relative value
            .orElse(Path.of(userHome, ".local", "share"));
    Path dir = base.resolve("bulwark");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data directory " + dir, e);
    }
    return dir;
  }

  /** The JDBC URL of the default embedded database. */
  public static String defaultJdbcUrl(Optional<String> xdgDataHome, String userHome) {
    return sqliteUrl(dataDirectory(xdgDataHome, userHome).resolve(FILE_NAME));
  }

  public static String sqliteUrl(Path file) {
    return "jdbc:sqlite:" + file.toAbsolutePath();
  }
}
