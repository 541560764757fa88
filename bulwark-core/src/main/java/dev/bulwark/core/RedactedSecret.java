package dev.bulwark.core;

import java.util.Objects;

/**
 * What a report may say about a secret: the vendor prefix (when the format has one), its length,
 * and a keyed hash that lets two reports of one install correlate the same secret without revealing
 * it.
 */
public record RedactedSecret(String prefix, int length, String hmac) {
  public RedactedSecret {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(hmac, "hmac");
  }

  /** e.g. {@code sk_live_…(32 chars, hmac:3f9a0c1d2e4b)}. */
  public String render() {
    return prefix + "…(" + length + " chars, hmac:" + hmac + ")";
  }
}
