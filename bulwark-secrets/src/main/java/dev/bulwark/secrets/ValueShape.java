package dev.bulwark.secrets;

import java.util.regex.Pattern;

/**
 * How a candidate value is built: a secret lives in its random-looking part, so {@code
 * acme-admin-0d1e2f3a4b5c6d7e8f90} is a secret despite its readable prefix, while {@code
 * acme-customer-key-2} (dictionary words and a small counter) is at best a guessable one.
 */
final class ValueShape {
  private static final Pattern SEPARATORS = Pattern.compile("[-_.:/+=~@]+");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
  private static final Pattern ALNUM = Pattern.compile("[0-9A-Za-z]+");
  private static final Pattern READABLE = Pattern.compile("[a-z]+|[A-Z][a-z]*|[A-Z]+|\\d{1,4}");
  private static final Pattern PATH_PART = Pattern.compile("[a-z0-9_.\\-]*");
  private static final int RUN_MIN = 16;

  private ValueShape() {}

  /**
   * Whether a separator-free run of at least 16 hex or base62 characters mixes letters and digits
   * and is random enough (hex: 3.0 bits per character, base62: 3.5) to be a generated secret.
   */
  static boolean hasRandomRun(String value) {
    for (String run : SEPARATORS.split(value)) {
      if (run.length() < RUN_MIN || !ALNUM.matcher(run).matches()) {
        continue;
      }
      boolean letters = run.chars().anyMatch(Character::isLetter);
      boolean digits = run.chars().anyMatch(Character::isDigit);
      if (!letters || !digits) {
        continue;
      }
      double floor = HEX.matcher(run).matches() ? 3.0 : 3.5;
      if (Entropy.of(run) >= floor) {
        return true;
      }
    }
    return false;
  }

  /** Whether the value is only readable words and small numbers joined by separators. */
  static boolean wordsAndCounter(String value) {
    String[] parts = SEPARATORS.split(value);
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (!part.isEmpty() && !READABLE.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the value is a path of readable lowercase parts ({@code scope/20220524/us-east-1/s3}).
   * Base64 secrets hold slashes too, but their parts mix cases or carry a random run.
   */
  static boolean pathLike(String value) {
    String[] parts = value.split("/");
    if (parts.length < 2) {
      return false;
    }
    for (String part : parts) {
      if (!PATH_PART.matcher(part).matches() || hasRandomRun(part)) {
        return false;
      }
    }
    return true;
  }
}
