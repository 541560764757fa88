package dev.bulwark.secrets;

import com.google.re2j.Pattern;
import java.util.Objects;

/**
 * A pattern's regex, compiled when a scan first needs it. Most of the catalog's ~200 regexes never
 * run in a given tree (their keywords never occur), and compiling them all up front was a third of
 * the time a small scan spends starting. Thread-safe: two threads may race to compile, and both get
 * an equal pattern.
 */
public final class LazyRegex {
  private final String source;
  private volatile Pattern pattern;
  private volatile int secretGroup = -1;

  private LazyRegex(String source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  /** A regex compiled on first use (the built-in catalog's, which its test compiles). */
  static LazyRegex deferred(String source) {
    return new LazyRegex(source);
  }

  /**
   * A regex compiled now, so that a syntax error surfaces while loading (a team's own patterns).
   *
   * @throws com.google.re2j.PatternSyntaxException when {@code source} is not a valid regex
   */
  static LazyRegex compiled(String source) {
    LazyRegex regex = new LazyRegex(source);
    regex.pattern();
    return regex;
  }

  public String source() {
    return source;
  }

  public Pattern pattern() {
    Pattern p = pattern;
    if (p == null) {
      p = Pattern.compile(source);
      pattern = p;
    }
    return p;
  }

  /** The group that holds the secret: the one named {@code secret}, else the whole match. */
  int secretGroup() {
    int group = secretGroup;
    if (group < 0) {
      Integer named = pattern().namedGroups().get("secret");
      group = named == null ? 0 : named;
      secretGroup = group;
    }
    return group;
  }

  @Override
  public String toString() {
    return source;
  }
}
