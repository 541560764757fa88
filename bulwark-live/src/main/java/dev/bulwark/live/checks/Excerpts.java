package dev.bulwark.live.checks;

/** Cuts a short window of text around a match, for evidence. */
public final class Excerpts {
  private static final int WINDOW = 60;

  private Excerpts() {}

  public static String around(String text, int start, int end) {
    int from = Math.max(0, start - WINDOW);
    int to = Math.min(text.length(), end + WINDOW);
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }

  /**
   * Like {@link #around} but never crosses a line break: the lines next to a secret (a .env file, a
   * config dump) often hold other secrets, and evidence must not carry them.
   */
  public static String aroundOnLine(String text, int start, int end) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
    int lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    int from = Math.max(lineStart, start - WINDOW);
    int to = Math.min(lineEnd, end + WINDOW);
    return (from > 0 ? "…" : "") + text.substring(from, to) + (to < text.length() ? "…" : "");
  }

  public static String head(String text) {
    return text.length() <= 2 * WINDOW ? text : text.substring(0, 2 * WINDOW) + "…";
  }
}
