package dev.bulwark.server.web;

/**
 * A tiny HTML (well-formed XHTML) builder that escapes every text and attribute value it is given,
 * so that hostile evidence (markup, ANSI escapes, control characters) renders as inert text. Only
 * {@link #raw} bypasses escaping, and only for markup this package produced itself.
 */
public final class Html {
  private final StringBuilder out = new StringBuilder(4096);

  /** Escapes markup and replaces control characters (ESC and friends) with U+FFFD. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '\n', '\t' -> b.append(c);
        default ->
            b.append(Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  public Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Appends trusted markup produced by this package (an SVG chart, a rendered document). */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Opens {@code tag} with attributes given as name, value pairs. */
  public Html open(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append('>');
    return this;
  }

  public Html close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** An element holding only {@code text}. */
  public Html el(String tag, String text, String... attributes) {
    return open(tag, attributes).text(text).close(tag);
  }

  /** A void element ({@code <input />}), self-closed so the page is also valid XML. */
  public Html empty(String tag, String... attributes) {
    out.append('<').append(tag);
    attributes(attributes);
    out.append(" />");
    return this;
  }

  public Html append(Html other) {
    out.append(other.out);
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ')
          .append(attributes[i])
          .append("=\"")
          .append(escape(attributes[i + 1]))
          .append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
