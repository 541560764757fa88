package dev.bulwark.core;

import java.util.Locale;
import java.util.Optional;

/** How bad a finding is if it is real. Ordered from worst to mildest. */
public enum Severity {
  CRITICAL(9.5),
  HIGH(8.0),
  MEDIUM(5.5),
  LOW(3.0),
  INFO(0.0);

  private final double securitySeverity;

  Severity(double securitySeverity) {
    this.securitySeverity = securitySeverity;
  }

  /** The lower-case id used in reports and configuration. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The CVSS-like number GitHub code scanning reads from SARIF's {@code security-severity}. */
  public double securitySeverity() {
    return securitySeverity;
  }

  /** True when this severity is at least as bad as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }

  public static Optional<Severity> parse(String text) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(text.trim())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
