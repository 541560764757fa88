package dev.bulwark.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stable finding identities. A fingerprint hashes the rule id, the line-free part of the location,
 * and an anchor the rule chooses (by default the normalised evidence text), so it survives edits
 * elsewhere in the file and does not depend on the install's redaction key.
 */
public final class Fingerprints {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** One digest per thread: a scan fingerprints thousands of findings on its worker threads. */
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(Fingerprints::newDigest);

  private Fingerprints() {}

  public static String of(String ruleId, Location location, String anchor) {
    String normalised = WHITESPACE.matcher(anchor.strip()).replaceAll(" ");
    return sha256Hex(ruleId + "\u0000" + location.fingerprintKey() + "\u0000" + normalised)
        .substring(0, 32);
  }

  static String sha256Hex(String text) {
    // digest() resets the digest for the next use
    return HexFormat.of().formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
