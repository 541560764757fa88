package dev.bulwark.source.secrets;

import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.source.notebooks.NotebookText;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one file at a time into a reusable buffer (one per worker thread) and scans it: whole when
 * it fits, else in windows that end on a line boundary, so a file of any size costs the same
 * memory. Binary content is skipped by sniffing, not by name.
 */
public final class FileScanner {
  /** Window size: files up to this size are read in one go. */
  public static final int WINDOW = 4 << 20;

  /** When a window holds no newline at all, this much of its end is scanned again next time. */
  private static final int OVERLAP = 8 << 10;

  private static final int SNIFF = 8000;

  private static final int INITIAL = 64 << 10;

  /** Files at least this large are reported as an error line (they are still scanned). */
  public static final long LARGE = 64L << 20;

  private final BufferScanner scanner;
  private final ScanContext context;

  /**
   * The file's bytes: as large as the largest file seen so far, up to {@link #WINDOW}. Starting
   * small spares a scan of a few files from zeroing megabytes it never uses.
   */
  private byte[] buf = new byte[INITIAL];

  /**
   * The kernel copies into this off-heap buffer (as large as {@link #buf}) and we copy on into
   * {@link #buf}: reading straight into a heap array makes the JDK borrow a temporary direct buffer
   * of the request's size, and allocating and zeroing that cost more than the scan of a small file.
   */
  private ByteBuffer direct = ByteBuffer.allocateDirect(INITIAL);

  /** What the scan of one file learnt. */
  public enum Outcome {
    TEXT,
    BINARY,
    UNREADABLE
  }

  public FileScanner(SecretEngine engine, ScanContext context) {
    this.scanner = new BufferScanner(engine, context);
    this.context = context;
  }

  public Outcome scan(Path path, String relative, long size) {
    try (FileChannel in = FileChannel.open(path)) {
      ensureCapacity((int) Math.min(WINDOW, size + 1));
      int len = fill(in, 0);
      if (len == buf.length && buf.length < WINDOW) {
        // the file grew since the walk saw it: windows need the full-size buffer
        ensureCapacity(WINDOW);
        len += fill(in, len);
      }
      if (isBinary(buf, Math.min(len, SNIFF))) {
        return Outcome.BINARY;
      }
      context.stats().addFile(size);
      if (size >= LARGE) {
        context.error(
            new ScanError(
                relative, "large file (" + (size >> 20) + " MB): scanned in windows, not parsed"));
      }
      if (len < buf.length && NotebookText.isNotebook(relative)) {
        Optional<byte[]> cells = NotebookText.lineAligned(buf, len);
        if (cells.isPresent()) {
          byte[] text = cells.get();
          scanner.scan(text, text.length, text.length, relative, 1, BufferScanner.Placement.ALL);
          return Outcome.TEXT;
        }
      }
      boolean utf8Checked = false;
      int line = 1;
      while (true) {
        boolean last = len < buf.length;
        int cut = last ? len : cutPoint(len);
        if (!utf8Checked && !Utf8.valid(buf, len, last)) {
          utf8Checked = true;
          context.error(new ScanError(relative, "not valid UTF-8: scanned byte for byte"));
        }
        scanner.scan(buf, len, cut, relative, line, BufferScanner.Placement.ALL);
        if (last) {
          return Outcome.TEXT;
        }
        line += BufferScanner.newlines(buf, cut);
        int carry = len - cut;
        System.arraycopy(buf, cut, buf, 0, carry);
        len = carry + fill(in, carry);
        if (len == carry) {
          scanner.scan(buf, len, len, relative, line, BufferScanner.Placement.ALL);
          return Outcome.TEXT;
        }
      }
    } catch (AccessDeniedException e) {
      context.error(new ScanError(relative, "cannot read: permission denied"));
    } catch (IOException e) {
      context.error(ScanError.of(relative, e));
    }
    return Outcome.UNREADABLE;
  }

  /** Binary by content: a NUL byte in the first bytes, as git and ripgrep judge it. */
  public static boolean isBinary(byte[] bytes, int len) {
    return Utf8.hasZeroByte(bytes, len);
  }

  private int cutPoint(int len) {
    for (int i = len - 1; i > len - WINDOW / 2; i--) {
      if (buf[i] == '\n') {
        return i + 1;
      }
    }
    return len - OVERLAP;
  }

  private void ensureCapacity(int capacity) {
    if (buf.length < capacity) {
      buf = java.util.Arrays.copyOf(buf, Math.max(capacity, Math.min(WINDOW, buf.length * 2)));
      direct = ByteBuffer.allocateDirect(buf.length);
    }
  }

  private int fill(FileChannel in, int offset) throws IOException {
    direct.clear().limit(buf.length - offset);
    int read;
    do {
      read = in.read(direct); // a short read is followed by another, up to the end of the file
    } while (read >= 0 && direct.hasRemaining());
    direct.flip();
    int n = direct.remaining();
    direct.get(buf, offset, n);
    return n;
  }
}
