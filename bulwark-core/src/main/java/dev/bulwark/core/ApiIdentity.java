package dev.bulwark.core;

import java.util.Objects;

/** Which API (and version) a scan concerns, for history on the dashboard. */
public record ApiIdentity(String name, String version) {
  public ApiIdentity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }
}
