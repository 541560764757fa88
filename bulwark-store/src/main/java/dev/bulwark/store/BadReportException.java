package dev.bulwark.store;

/** A report that cannot be stored: malformed JSON, a missing field, an unsupported schema. */
public final class BadReportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadReportException(String message) {
    super(message);
  }
}
