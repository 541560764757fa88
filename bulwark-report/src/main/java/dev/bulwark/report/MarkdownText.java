package dev.bulwark.report;

/** Escaping for GitHub-flavoured markdown, as used in pull-request comments. */
final class MarkdownText {

  /** Characters with inline meaning anywhere in a line. */
  private static final String INLINE = "\\`*_[]|~";

  /** Characters that start a block (heading, list, quote) only at the start of a line. */
  private static final String LINE_START = "#+-!=";

  private MarkdownText() {}

  /**
   * Untrusted text for a markdown paragraph or table cell: one line, markdown punctuation
   * backslash-escaped, HTML characters as entities, {@code @} as an entity so no one is mentioned.
   */
  static String md(String raw) {
    String text = Texts.line(raw);
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '@' -> b.append("&#64;");
        default -> {
          if (INLINE.indexOf(c) >= 0 || (i == 0 && LINE_START.indexOf(c) >= 0)) {
            b.append('\\');
          }
          b.append(c);
        }
      }
    }
    return b.toString();
  }

  /** Untrusted text inside an HTML block such as {@code <summary>}: entities only. */
  static String html(String raw) {
    return HtmlBuilder.escape(Texts.line(raw)).replace("@", "&#64;").replace("|", "&#124;");
  }
}
