package dev.bulwark.core;

/**
 * The user's target cannot be scanned: a missing path, a refused connection, a document that is not
 * OpenAPI. Its message is one line, shown to the user as is.
 */
public class BadTargetException extends Exception {
  private static final long serialVersionUID = 1L;

  public BadTargetException(String message) {
    super(message);
  }

  public BadTargetException(String message, Throwable cause) {
    super(message, cause);
  }
}
