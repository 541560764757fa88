package dev.bulwark.source;

import java.util.List;
import java.util.Optional;

/**
 * What the source lens scans and how.
 *
 * @param include glob patterns of paths to scan (empty: everything)
 * @param exclude glob patterns of paths to skip
 * @param history also scan every commit of the git history
 * @param since only files and lines changed since this git ref
 * @param staged only what is staged in git
 */
public record SourceOptions(
    List<String> include,
    List<String> exclude,
    boolean history,
    Optional<String> since,
    boolean staged) {

  public SourceOptions {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  public static SourceOptions defaults() {
    return new SourceOptions(List.of(), List.of(), false, Optional.empty(), false);
  }
}
