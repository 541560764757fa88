package dev.bulwark.report;

/**
 * A tiny HTML writer: tag and attribute names are constants of the caller, every text and attribute
 * value goes through {@link #escape}, so scanned material cannot inject markup.
 */
final class HtmlBuilder {

  private final StringBuilder out = new StringBuilder(16_384);

  /** The one escaping helper for HTML text and attribute values. */
  static String escape(String raw) {
    String text = Texts.block(raw, Texts.MAX_FIELD * 4);
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Opens {@code tag} with attributes given as name, value pairs. */
  HtmlBuilder open(String tag, String... attributes) {
    out.append('<').append(tag);
    for (int i = 0; i + 1 < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
    out.append('>');
    return this;
  }

  HtmlBuilder close(String tag) {
    out.append("</").append(tag).append(">\n");
    return this;
  }

  HtmlBuilder text(String raw) {
    out.append(escape(raw));
    return this;
  }

  /** {@code <tag attrs>text</tag>}. */
  HtmlBuilder element(String tag, String text, String... attributes) {
    open(tag, attributes);
    text(text);
    return close(tag);
  }

  /** Trusted markup written by this module only (the doctype, the style sheet). */
  HtmlBuilder raw(String trusted) {
    out.append(trusted);
    return this;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
