package dev.bulwark.live.engine;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One request header given on the command line as {@code Name: value}. */
public record Header(String name, String value) {
  public Header {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** Parses {@code Name: value}; empty when the line has no colon or no name. */
  public static Optional<Header> parse(String line) {
    int colon = line.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String name = line.substring(0, colon).strip();
    String value = line.substring(colon + 1).strip();
    if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    return Optional.of(new Header(name, value));
  }

  /** The placeholder that stands for this header's value in proofs and logs. */
  public String placeholder() {
    return "$" + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}
