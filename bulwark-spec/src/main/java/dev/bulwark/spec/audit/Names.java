package dev.bulwark.spec.audit;

import java.util.Locale;

/** Name normalisation shared by rules that judge parameter and property names. */
public final class Names {
  private Names() {}

  /** Lower case without separators: {@code X-Api_Key} becomes {@code xapikey}. */
  public static String squash(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
