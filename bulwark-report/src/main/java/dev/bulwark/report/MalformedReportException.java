package dev.bulwark.report;

import java.io.IOException;

/** A JSON report that cannot be read back: not JSON, or missing or invalid fields. One line. */
public final class MalformedReportException extends IOException {
  private static final long serialVersionUID = 1L;

  public MalformedReportException(String message) {
    super(message);
  }

  public MalformedReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
