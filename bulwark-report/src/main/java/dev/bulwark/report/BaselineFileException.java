package dev.bulwark.report;

/** A baseline file that cannot be used; the message is one line naming the file and the problem. */
public final class BaselineFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public BaselineFileException(String message) {
    super(message);
  }

  public BaselineFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
