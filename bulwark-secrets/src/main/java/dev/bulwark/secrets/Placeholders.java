package dev.bulwark.secrets;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Values that stand in for a secret without being one: {@code changeme}, {@code xxx}, {@code
 * <your-key>}, {@code ${VAR}}, repeated characters, and the example keys that vendors print in
 * their documentation.
 */
public final class Placeholders {
  private static final List<String> MARKERS =
      List.of(
          "example",
          "changeme",
          "change_me",
          "change-me",
          "replace",
          "placeholder",
          "your_",
          "your-",
          "yourkey",
          "your key",
          "insert",
          "redacted",
          "dummy",
          "mock",
          "sample",
          "xxxx",
          "****",
          "....",
          "...",
          "\u2026",
          "<",
          ">",
          "${",
          "{{",
          "{",
          "}",
          "$(",
          "%(",
          "%s",
          "todo",
          "fixme",
          "notreal",
          "not_real",
          "not-a-real",
          "fake");

  private static final Set<String> WHOLE_WORDS =
      Set.of(
          "password",
          "passwd",
          "secret",
          "token",
          "apikey",
          "api_key",
          "none",
          "null",
          "true",
          "false",
          "undefined",
          "empty",
          "test",
          "testing",
          "admin",
          "root",
          "user",
          "default",
          "pass",
          "guest",
          "hunter2",
          "123456",
          "12345678",
          "qwerty",
          "letmein",
          "mysecret",
          "s3cr3t",
          "secretkey",
          "secret_key",
          "supersecret",
          "password123",
          "foobar");

  private Placeholders() {}

  public static boolean isPlaceholder(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    if (v.isEmpty()
        || allSameCharacter(v)
        || WHOLE_WORDS.contains(v)
        || WHOLE_WORDS.contains(unLeet(v))) {
      return true;
    }
    for (String marker : MARKERS) {
      if (v.contains(marker)) {
        return true;
      }
    }
    return isSequence(v);
  }

  /**
   * {@code P@55w0rd!} read as {@code password}: docs and demos spell the word they mean with digits
   * and symbols, and no real secret is a dictionary word in disguise.
   */
  private static String unLeet(String v) {
    int end = v.length();
    while (end > 0 && v.charAt(end - 1) == '!') {
      end--;
    }
    StringBuilder b = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      char c = v.charAt(i);
      int at = LEET.indexOf(c);
      b.append(at >= 0 ? PLAIN.charAt(at) : c);
    }
    return b.toString();
  }

  private static final String LEET = "@4$5310!7";
  private static final String PLAIN = "assseioit";

  /** At most two distinct characters ({@code aaaa}, {@code abab}, {@code 0x0000}). */
  private static boolean allSameCharacter(String v) {
    char first = v.charAt(0);
    char second = first;
    for (int i = 1; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == first || c == second) {
        continue;
      }
      if (second != first) {
        return false;
      }
      second = c;
    }
    return true;
  }

  /** abcdef…, 0123456789…: keyboard runs that docs use as obviously fake keys. */
  private static boolean isSequence(String v) {
    String letters = "abcdefghijklmnopqrstuvwxyz";
    String digits = "01234567890123456789";
    String body = v.length() > 12 ? v.substring(v.length() - 12) : v;
    return body.length() >= 8 && (letters.contains(body) || digits.contains(body));
  }
}
