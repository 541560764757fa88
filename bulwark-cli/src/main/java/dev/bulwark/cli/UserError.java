package dev.bulwark.cli;

/**
 * A problem the user can fix, shown as one line without a stack trace.
 *
 * @see ExitCode
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  UserError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  static UserError badInput(String message) {
    return new UserError(ExitCode.BAD_INPUT, message);
  }

  static UserError scanFailed(String message) {
    return new UserError(ExitCode.SCAN_FAILED, message);
  }

  int exitCode() {
    return exitCode;
  }
}
