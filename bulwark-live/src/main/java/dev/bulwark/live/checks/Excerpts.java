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

  public static String head(String text) {
    return text.length() <= 2 * WINDOW ? text : text.substring(0, 2 * WINDOW) + "…";
  }
}
