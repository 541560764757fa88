package dev.bulwark.core;

import java.util.Objects;

/** The tool that produced a result. */
public record ToolInfo(String name, String version) {
  public ToolInfo {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
  }
}
