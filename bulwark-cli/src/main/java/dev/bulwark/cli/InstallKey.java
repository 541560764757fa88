package dev.bulwark.cli;

import dev.bulwark.core.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Map;

/**
 * The per-install key under which secrets are hashed in reports: created once in the user's config
 * directory with owner-only permissions. Without a writable home, scans still run with a one-off
 * key (hashes then do not correlate across runs).
 */
final class InstallKey {
  private static final int KEY_BYTES = 32;

  private InstallKey() {}

  static Redactor redactor(Map<String, String> env) {
    Path file = configDir(env).resolve("install.key");
    try {
      if (Files.isRegularFile(file) && Files.size(file) == KEY_BYTES) {
        return new Redactor(Files.readAllBytes(file));
      }
      byte[] key = new byte[KEY_BYTES];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "install", ".tmp");
      try {
        restrict(tmp);
        Files.write(tmp, key, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return new Redactor(key);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return Redactor.ephemeral();
    }
  }

  static Path configDir(Map<String, String> env) {
    String xdg = env.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "bulwark");
    }
    return Path.of(System.getProperty("user.home"), ".config", "bulwark");
  }

  private static void restrict(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the directory's own permissions must do.
    }
  }
}
