package dev.bulwark.core;

import java.util.Locale;

/** The three ways Bulwark looks at an API. */
public enum Lens {
  SOURCE,
  SPEC,
  LIVE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
