package dev.bulwark.core;

import java.util.Objects;

/** One thing a scan looked at: a directory, a document, or a base URL. */
public record Target(Lens kind, String ref) {
  public Target {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ref, "ref");
  }
}
