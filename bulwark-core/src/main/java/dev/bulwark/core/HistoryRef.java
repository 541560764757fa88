package dev.bulwark.core;

import java.time.Instant;
import java.util.Objects;

/**
 * The commit in which a finding from git history was introduced.
 *
 * @param presentAtHead whether the same secret is still in the file at HEAD
 */
public record HistoryRef(String commit, String author, Instant date, boolean presentAtHead) {
  public HistoryRef {
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(date, "date");
  }

  public String shortCommit() {
    return commit.length() > 12 ? commit.substring(0, 12) : commit;
  }
}
