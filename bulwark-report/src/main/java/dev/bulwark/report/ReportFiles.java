package dev.bulwark.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes report files so that a reader never sees half a file. */
public final class ReportFiles {

  private ReportFiles() {}

  /**
   * Writes {@code target} through a temporary file in the same directory, then moves it into place
   * atomically. If {@code writer} fails, the temporary file is deleted and an existing {@code
   * target} is left untouched.
   */
  public static void writeAtomically(Path target, IOConsumer<OutputStream> writer)
      throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    // Same directory as the target: a move within one file system can be atomic.
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp))) {
        writer.accept(out);
      }
      keepOrOpenPermissions(temp, absolute);
      try {
        Files.move(
            temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * A temporary file is created owner-only; a report is an ordinary file: it keeps the permissions
   * of the file it replaces, or gets rw-r--r-- (reports hold no whole secret, and CI uploaders and
   * web servers must read them).
   */
  private static void keepOrOpenPermissions(Path temp, Path target) throws IOException {
    try {
      Set<PosixFilePermission> perms =
          Files.exists(target)
              ? Files.getPosixFilePermissions(target)
              : PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(temp, perms);
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: the platform's defaults apply.
    }
  }
}
