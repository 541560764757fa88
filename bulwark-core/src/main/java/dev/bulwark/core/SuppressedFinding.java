package dev.bulwark.core;

import java.util.Objects;

/** A finding that a suppression accepted; listed apart in every report, never dropped. */
public record SuppressedFinding(Finding finding, Suppression suppression) {
  public SuppressedFinding {
    Objects.requireNonNull(finding, "finding");
    Objects.requireNonNull(suppression, "suppression");
  }
}
