package dev.bulwark.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What a finding shows as proof: a short snippet with every secret already redacted.
 *
 * <p>Construct it only through {@link #snippet} (for text that holds no secret) or {@link #secret}
 * (which redacts). Snippets are cut to a bounded length and stripped of control characters, so
 * hostile input cannot flood or repaint a terminal.
 */
public record Evidence(String text, Optional<RedactedSecret> secret) {
  public static final int MAX_LENGTH = 240;

  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(secret, "secret");
  }

  /** Evidence from text that holds no secret (a code line, a header name, a status line). */
  public static Evidence snippet(String text) {
    return new Evidence(clean(text), Optional.empty());
  }

  /**
   * Evidence for a secret found in {@code context} (e.g. the source line): the context with the
   * secret replaced by its redacted form.
   */
  public static Evidence secret(
      Redactor redactor, String context, String secret, int vendorPrefixLength) {
    RedactedSecret redacted = redactor.redact(secret, vendorPrefixLength);
    String text = context.replace(secret, redacted.render());
    return new Evidence(clean(text), Optional.of(redacted));
  }

  static String clean(String raw) {
    StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_LENGTH + 1));
    String trimmed = raw.strip();
    for (int i = 0; i < trimmed.length() && out.length() < MAX_LENGTH; i++) {
      char c = trimmed.charAt(i);
      if (c == '\t') {
        out.append(' ');
      } else if (c == '\n') {
        out.append('⏎');
      } else if (c == '\r') {
        continue;
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    if (trimmed.length() > MAX_LENGTH) {
      out.append('…');
    }
    return out.toString();
  }
}
