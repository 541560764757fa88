package dev.bulwark.core;

import java.util.Objects;

/**
 * Something that went wrong without stopping the scan: an unreadable file, a rule that threw, a
 * request that timed out.
 *
 * @param source what failed, e.g. a file path, a rule id or a URL
 */
public record ScanError(String source, String message) {
  public ScanError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** An error from an exception, with a one-line message and no stack trace. */
  public static ScanError of(String source, Throwable t) {
    String text = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return new ScanError(source, Evidence.clean(text.lines().findFirst().orElse(text)));
  }
}
