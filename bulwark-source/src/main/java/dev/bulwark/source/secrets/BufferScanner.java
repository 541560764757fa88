package dev.bulwark.source.secrets;

import dev.bulwark.core.HistoryRef;
import dev.bulwark.core.ScanContext;
import dev.bulwark.secrets.ByteMatch;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.secrets.SecretMatch;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Scans one buffer of a file (the whole file, or one window of a large one) and reports what it
 * finds with exact lines and columns. Lines are counted lazily, only up to each match.
 */
public final class BufferScanner {
  /** How much of a very long line the evidence shows around the secret. */
  private static final int CONTEXT = 160;

  private final SecretEngine engine;
  private final ScanContext context;

  public BufferScanner(SecretEngine engine, ScanContext context) {
    this.engine = engine;
    this.context = context;
  }

  /**
   * Scans {@code buf[0, len)}, reporting matches that start before {@code reportUpTo}.
   *
   * @param firstLine the 1-based line number of {@code buf[0]}
   * @param placement which matches to report (all, or only on lines a commit added) and their
   *     history
   * @return how many matches were reported
   */
  public int scan(
      byte[] buf, int len, int reportUpTo, String file, int firstLine, Placement placement) {
    List<ByteMatch> matches = engine.scan(buf, 0, len);
    int line = firstLine;
    int counted = 0;
    int reported = 0;
    for (ByteMatch m : matches) {
      if (m.start() >= reportUpTo) {
        break;
      }
      for (int i = counted; i < m.start(); i++) {
        if (buf[i] == '\n') {
          line++;
        }
      }
      counted = m.start();
      if (!placement.keep(line, m.match())) {
        continue;
      }
      int ls = lineStart(buf, m.start());
      int le = lineEnd(buf, len, m.start());
      int from = Math.max(ls, m.start() - CONTEXT);
      int to = Math.min(le, Math.max(m.end(), m.start()) + CONTEXT);
      String text = new String(buf, from, Math.max(0, to - from), StandardCharsets.UTF_8);
      String previous = ls >= 2 ? lineText(buf, lineStart(buf, ls - 1), ls - 1) : "";
      int column = new String(buf, ls, m.start() - ls, StandardCharsets.UTF_8).length() + 1;
      SecretFindings.report(
          context,
          m.match(),
          new SecretFindings.Place(
              file, line, column, text, previous, placement.history(m.match())));
      reported++;
    }
    return reported;
  }

  /** Which matches a scan reports, and where in history they come from. */
  public interface Placement {
    /** Every match, in the work tree. */
    Placement ALL =
        new Placement() {
          @Override
          public boolean keep(int line, SecretMatch match) {
            return true;
          }

          @Override
          public Optional<HistoryRef> history(SecretMatch match) {
            return Optional.empty();
          }
        };

    boolean keep(int line, SecretMatch match);

    Optional<HistoryRef> history(SecretMatch match);
  }

  /** Counts the newlines in {@code buf[0, len)}. */
  static int newlines(byte[] buf, int len) {
    int n = 0;
    for (int i = 0; i < len; i++) {
      if (buf[i] == '\n') {
        n++;
      }
    }
    return n;
  }

  private static String lineText(byte[] buf, int from, int to) {
    int end = Math.min(to, from + 2 * CONTEXT);
    return new String(buf, from, Math.max(0, end - from), StandardCharsets.UTF_8);
  }

  private static int lineStart(byte[] buf, int at) {
    int limit = Math.max(0, at - 4096);
    for (int i = at - 1; i >= limit; i--) {
      if (buf[i] == '\n') {
        return i + 1;
      }
    }
    return limit;
  }

  private static int lineEnd(byte[] buf, int len, int at) {
    int limit = Math.min(len, at + 4096);
    for (int i = at; i < limit; i++) {
      if (buf[i] == '\n' || buf[i] == '\r') {
        return i;
      }
    }
    return limit;
  }
}
