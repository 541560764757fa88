package dev.bulwark.source;

import dev.bulwark.secrets.PatternSpec;
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
 * @param customPatterns a team's own secret patterns (from {@code bulwark.yaml}), validated like
 *     the built-in ones
 * @param threads worker threads for the file walk (0: one per available processor)
 * @param secretsOnly run only the secrets scan, not the Python analysis ({@code --secrets-only})
 */
public record SourceOptions(
    List<String> include,
    List<String> exclude,
    boolean history,
    Optional<String> since,
    boolean staged,
    List<PatternSpec> customPatterns,
    int threads,
    boolean secretsOnly) {

  public SourceOptions {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    customPatterns = List.copyOf(customPatterns);
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 (automatic) or more: " + threads);
    }
  }

  public SourceOptions(
      List<String> include,
      List<String> exclude,
      boolean history,
      Optional<String> since,
      boolean staged) {
    this(include, exclude, history, since, staged, List.of(), 0, false);
  }

  public static SourceOptions defaults() {
    return new SourceOptions(List.of(), List.of(), false, Optional.empty(), false);
  }

  public SourceOptions withHistory(boolean value) {
    return new SourceOptions(
        include, exclude, value, since, staged, customPatterns, threads, secretsOnly);
  }

  public SourceOptions withSince(String ref) {
    return new SourceOptions(
        include, exclude, history, Optional.of(ref), staged, customPatterns, threads, secretsOnly);
  }

  public SourceOptions withStaged(boolean value) {
    return new SourceOptions(
        include, exclude, history, since, value, customPatterns, threads, secretsOnly);
  }

  public SourceOptions withCustomPatterns(List<PatternSpec> value) {
    return new SourceOptions(include, exclude, history, since, staged, value, threads, secretsOnly);
  }

  public SourceOptions withThreads(int value) {
    return new SourceOptions(
        include, exclude, history, since, staged, customPatterns, value, secretsOnly);
  }

  public SourceOptions withSecretsOnly(boolean value) {
    return new SourceOptions(
        include, exclude, history, since, staged, customPatterns, threads, value);
  }

  public int effectiveThreads() {
    return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors());
  }
}
