package dev.bulwark.core;

import java.util.Objects;

/** One step of a key flow, from the source where a key is read to the sink where it leaks. */
public record FlowStep(String file, int line, String note) {
  public FlowStep {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(note, "note");
  }
}
