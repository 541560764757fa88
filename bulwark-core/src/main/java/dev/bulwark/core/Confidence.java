package dev.bulwark.core;

import java.util.Locale;
import java.util.Optional;

/** How sure the rule is that the finding is real; separate from how bad it would be. */
public enum Confidence {
  HIGH,
  MEDIUM,
  LOW;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** One step less sure, used for findings in tests, fixtures and examples. */
  public Confidence lower() {
    return this == HIGH ? MEDIUM : LOW;
  }

  public static Optional<Confidence> parse(String text) {
    for (Confidence c : values()) {
      if (c.id().equalsIgnoreCase(text.trim())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
