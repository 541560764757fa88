package dev.bulwark.spec;

/**
 * How the spec lens loads documents. The limits protect the scanner from hostile documents; each is
 * set deliberately rather than left to a library default (SnakeYAML's default code-point limit of
 * about 3 MB rejects large legitimate documents).
 *
 * @param allowRemoteRefs fetch {@code $ref}s that point at other hosts
 * @param maxBytes the largest document accepted
 * @param maxNestingDepth the deepest object/array nesting accepted
 * @param maxYamlAliases the most YAML aliases to collections accepted (alias bombs use many)
 * @param maxAliasExpansion the most values that YAML aliases may expand to in total
 */
public record SpecOptions(
    boolean allowRemoteRefs,
    long maxBytes,
    int maxNestingDepth,
    int maxYamlAliases,
    int maxAliasExpansion) {

  public static final int DEFAULT_NESTING_DEPTH = 200;
  public static final int DEFAULT_YAML_ALIASES = 100;
  public static final int DEFAULT_ALIAS_EXPANSION = 200_000;

  public SpecOptions {
    if (maxBytes <= 0 || maxNestingDepth <= 0 || maxYamlAliases < 0 || maxAliasExpansion < 0) {
      throw new IllegalArgumentException("spec limits must be positive");
    }
  }

  public SpecOptions(boolean allowRemoteRefs, long maxBytes) {
    this(
        allowRemoteRefs,
        maxBytes,
        DEFAULT_NESTING_DEPTH,
        DEFAULT_YAML_ALIASES,
        DEFAULT_ALIAS_EXPANSION);
  }

  public static SpecOptions defaults() {
    return new SpecOptions(false, 64L * 1024 * 1024);
  }

  public SpecOptions withAllowRemoteRefs(boolean value) {
    return new SpecOptions(value, maxBytes, maxNestingDepth, maxYamlAliases, maxAliasExpansion);
  }

  public SpecOptions withMaxBytes(long value) {
    return new SpecOptions(
        allowRemoteRefs, value, maxNestingDepth, maxYamlAliases, maxAliasExpansion);
  }
}
