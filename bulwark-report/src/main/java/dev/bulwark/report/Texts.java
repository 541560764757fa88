package dev.bulwark.report;

import dev.bulwark.core.Finding;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Location;
import dev.bulwark.core.SpecLocation;

/**
 * Makes untrusted text (messages, evidence, paths from the scanned material) safe to print: no
 * control characters (so no ANSI escapes or line tricks), no bidi overrides, bounded length. Every
 * human-readable reporter passes text through here before its own escaping.
 */
final class Texts {

  /** Longest field a human-readable report prints; evidence is already shorter. */
  static final int MAX_FIELD = 1_000;

  private Texts() {}

  /** One line of printable text, at most {@link #MAX_FIELD} characters (plus an ellipsis). */
  static String line(String raw) {
    return clean(raw, MAX_FIELD, false);
  }

  /** Like {@link #line} but keeps line breaks (for multi-line docs and curl commands). */
  static String block(String raw, int max) {
    return clean(raw, max, true);
  }

  private static String clean(String raw, int max, boolean keepNewlines) {
    int limit = Math.min(raw.length(), max);
    StringBuilder out = new StringBuilder(limit + 1);
    for (int i = 0; i < limit; i++) {
      char c = raw.charAt(i);
      if (c == '\n' && keepNewlines) {
        out.append('\n');
      } else if (c == '\t' || c == '\n' || c == '\r') {
        out.append(' ');
      } else if (Character.isISOControl(c) || isInvisibleTrick(c)) {
        out.append('\uFFFD');
      } else if (Character.isSurrogate(c) && !validPair(raw, i)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    if (raw.length() > max) {
      out.append('…');
    }
    return out.toString();
  }

  /** Bidi overrides and line/paragraph separators can make printed text lie about its order. */
  private static boolean isInvisibleTrick(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u200E'
        || c == '\u200F';
  }

  private static boolean validPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** Where a finding is, for people: {@code app.py:12:5}, {@code api.yaml:40 GET /users}, … */
  static String where(Location location) {
    if (location instanceof SpecLocation s) {
      String at = s.line() > 0 ? s.file() + ":" + s.line() : s.file();
      String op = s.method().map(m -> " " + m + s.path().map(p -> " " + p).orElse("")).orElse("");
      return line(at + op + " (" + s.pointer() + ")");
    }
    if (location instanceof HttpLocation h) {
      // The full URL, so a reader can paste it; the path template alone hides the host.
      return line(h.method() + " " + h.url() + h.parameter().map(p -> " [" + p + "]").orElse(""));
    }
    return line(location.display());
  }

  static String where(Finding f) {
    return where(f.location());
  }

  /** Upper-case severity label, e.g. {@code HIGH}. */
  static String label(Finding f) {
    return f.severity().name();
  }
}
