package dev.bulwark.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable finding identities. A fingerprint hashes the rule id, the line-free part of the location,
 * and an anchor the rule chooses (by default the normalised evidence text), so it survives edits
 * elsewhere in the file and does not depend on the install's redaction key.
 */
public final class Fingerprints {
  private Fingerprints() {}

  public static String of(String ruleId, Location location, String anchor) {
    String normalised = anchor.strip().replaceAll("\\s+", " ");
    return sha256Hex(ruleId + "\u0000" + location.fingerprintKey() + "\u0000" + normalised)
        .substring(0, 32);
  }

  static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
