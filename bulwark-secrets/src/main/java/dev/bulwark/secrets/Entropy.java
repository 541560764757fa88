package dev.bulwark.secrets;

/** Shannon entropy of a string, in bits per character: how random a candidate secret looks. */
public final class Entropy {
  private Entropy() {}

  public static double of(CharSequence text) {
    int n = text.length();
    if (n == 0) {
      return 0;
    }
    int[] counts = new int[128];
    int other = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        counts[c]++;
      } else {
        other++;
      }
    }
    double bits = 0;
    for (int count : counts) {
      bits += term(count, n);
    }
    return bits + term(other, n);
  }

  private static double term(int count, int n) {
    if (count == 0) {
      return 0;
    }
    double p = (double) count / n;
    return -p * (Math.log(p) / Math.log(2));
  }
}
