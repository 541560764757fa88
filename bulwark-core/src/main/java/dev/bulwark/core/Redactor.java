package dev.bulwark.core;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a secret into its {@link RedactedSecret}. The hash is an HMAC under a per-install key, so a
 * short password cannot be recovered from a report by hashing guesses; the key is held by the
 * caller (the CLI keeps it in the user's config directory).
 */
public final class Redactor {
  /** Never reveal more than this share of a secret, whatever its vendor prefix. */
  private static final int MAX_VISIBLE_DIVISOR = 3;

  private static final int HMAC_HEX_CHARS = 12;

  private final SecretKeySpec key;

  /**
   * One initialised MAC per thread: looking up the provider and keying a MAC costs more than the
   * hash of a short secret, and a scan redacts thousands of them on its worker threads.
   */
  private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

  public Redactor(byte[] installKey) {
    if (installKey.length < 16) {
      throw new IllegalArgumentException("install key must have at least 16 bytes");
    }
    this.key = new SecretKeySpec(installKey.clone(), "HmacSHA256");
  }

  /** A redactor with a random key, for tests and one-off scans that need no correlation. */
  public static Redactor ephemeral() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return new Redactor(key);
  }

  /**
   * Redacts {@code secret}, showing at most {@code vendorPrefixLength} leading characters (the
   * public part of formats like {@code sk_live_} or {@code ghp_}), and never more than a third.
   */
  public RedactedSecret redact(String secret, int vendorPrefixLength) {
    int visible = Math.max(0, Math.min(vendorPrefixLength, secret.length() / MAX_VISIBLE_DIVISOR));
    return new RedactedSecret(secret.substring(0, visible), secret.length(), hmac(secret));
  }

  /** {@code text} with every occurrence of {@code secret} replaced by its redacted form. */
  public String redactIn(String text, String secret, int vendorPrefixLength) {
    if (secret.isEmpty()) {
      return text;
    }
    return text.replace(secret, redact(secret, vendorPrefixLength).render());
  }

  private String hmac(String secret) {
    // doFinal resets the MAC to its keyed initial state, ready for the next secret.
    byte[] digest = macs.get().doFinal(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest).substring(0, HMAC_HEX_CHARS);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
    }
  }
}
