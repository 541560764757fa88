package dev.bulwark.secrets;

/** A secret pattern (built-in or from {@code bulwark.yaml}) that cannot be used, and why. */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
