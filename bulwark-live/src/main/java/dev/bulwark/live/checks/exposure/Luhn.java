package dev.bulwark.live.checks.exposure;

/** The Luhn checksum of card numbers. */
final class Luhn {
  private Luhn() {}

  static boolean valid(String digits) {
    if (digits.length() < 13 || digits.length() > 19 || digits.chars().distinct().count() < 3) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
