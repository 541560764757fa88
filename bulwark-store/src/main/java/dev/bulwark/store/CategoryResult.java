package dev.bulwark.store;

import java.util.Objects;

/** One category's part of a scan's score, as the report states it. */
public record CategoryResult(String category, boolean assessed, int score, int findings) {
  public CategoryResult {
    Objects.requireNonNull(category, "category");
  }
}
