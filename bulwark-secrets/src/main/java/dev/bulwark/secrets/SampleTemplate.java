package dev.bulwark.secrets;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a catalog sample such as {@code sk_{{}}live_{{alnum:24}}} into a concrete string, so that
 * no file in the repository holds anything that looks like a live key: {@code {{}}} splits a prefix
 * (so the raw text never shows it whole) and {@code {{class:n}}} is {@code n} characters drawn from
 * a class. The draw is seeded by the template, so a sample expands the same way every run.
 */
public final class SampleTemplate {
  private static final Pattern SLOT = Pattern.compile("\\{\\{(?:([a-z0-9]+):(\\d+))?}}");

  private SampleTemplate() {}

  public static String expand(String template) {
    Random random = new Random(template.hashCode());
    Matcher m = SLOT.matcher(template);
    StringBuilder out = new StringBuilder();
    int last = 0;
    while (m.find()) {
      out.append(template, last, m.start());
      if (m.group(1) != null) {
        String alphabet = alphabet(m.group(1), template);
        int n = Integer.parseInt(m.group(2));
        for (int i = 0; i < n; i++) {
          out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      last = m.end();
    }
    return out.append(template, last, template.length()).toString();
  }

  private static String alphabet(String name, String template) {
    String digits = "0123456789";
    String lower = "abcdefghijklmnopqrstuvwxyz";
    String upper = lower.toUpperCase(java.util.Locale.ROOT);
    return switch (name) {
      case "alnum" -> lower + upper + digits;
      case "hex" -> digits + "abcdef";
      case "uhex" -> digits + "ABCDEF";
      case "lower" -> lower;
      case "upper" -> upper;
      case "alpha" -> lower + upper;
      case "digits" -> digits;
      case "lowernum" -> lower + digits;
      case "uppernum" -> upper + digits;
      case "b64" -> lower + upper + digits + "+/";
      case "b64url" -> lower + upper + digits + "_-";
      case "base32" -> "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
      default ->
          throw new IllegalArgumentException(
              "unknown sample character class '" + name + "' in " + template);
    };
  }
}
