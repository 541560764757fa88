package dev.bulwark.cli;

/** The documented exit codes of every bulwark command. */
public final class ExitCode {
  /** The scan ran and the thresholds were met (or none were set). */
  public static final int OK = 0;

  /** The scan ran and a threshold ({@code --fail-below}, {@code --fail-on}) failed. */
  public static final int THRESHOLD_FAILED = 1;

  /**
   * Bad usage or bad input: an unknown flag, a missing path, a file that is not what it should be.
   */
  public static final int BAD_INPUT = 2;

  /** The scan itself broke (a lens crashed, a report could not be written). */
  public static final int SCAN_FAILED = 3;

  private ExitCode() {}
}
