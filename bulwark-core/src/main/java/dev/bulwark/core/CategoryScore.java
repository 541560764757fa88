package dev.bulwark.core;

import java.util.OptionalInt;

/**
 * A category's score; a category no lens assessed has no score at all, never a perfect one.
 *
 * @param findings how many counted findings fell in the category
 */
public record CategoryScore(boolean assessed, OptionalInt score, int findings) {
  public static CategoryScore notAssessed(int findings) {
    return new CategoryScore(false, OptionalInt.empty(), findings);
  }

  public static CategoryScore of(int score, int findings) {
    return new CategoryScore(true, OptionalInt.of(score), findings);
  }
}
