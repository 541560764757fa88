package dev.bulwark.spec;

/**
 * How the spec lens loads documents.
 *
 * @param allowRemoteRefs fetch {@code $ref}s that point at other hosts
 * @param maxBytes the largest document accepted
 */
public record SpecOptions(boolean allowRemoteRefs, long maxBytes) {
  public static SpecOptions defaults() {
    return new SpecOptions(false, 64L * 1024 * 1024);
  }
}
