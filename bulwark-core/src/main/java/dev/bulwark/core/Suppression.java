package dev.bulwark.core;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a finding is accepted rather than counted. Every suppression has a reason and may expire; an
 * expired suppression no longer applies and the finding counts again.
 *
 * @param origin where the suppression was written, e.g. {@code app.py:12} or {@code baseline.json}
 */
public record Suppression(Kind kind, String reason, Optional<LocalDate> expires, String origin) {

  /** Where suppressions come from. */
  public enum Kind {
    /** A {@code # bulwark: ignore[rule-id] reason} comment on or above the line. */
    INLINE,
    /** A fingerprint listed in a baseline file. */
    BASELINE,
    /** A rule or path excluded in {@code bulwark.yaml}. */
    CONFIG,
    /** An {@code x-bulwark-ignore} extension in an OpenAPI document. */
    SPEC;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Suppression {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(origin, "origin");
  }

  public boolean activeOn(LocalDate today) {
    return expires.map(date -> !today.isAfter(date)).orElse(true);
  }
}
