package dev.bulwark.server;

/** Runs one scan of a scheduled target; the CLI wires it to the scanner. */
@FunctionalInterface
public interface Rescanner {
  /**
   * Scans the job's target and returns the JSON report (schema version 1).
   *
   * @throws Exception when the scan could not run; the scheduler logs nothing and retries at the
   *     next scheduled time, reporting the failure through {@link RescanScheduler#lastErrors()}
   */
  String rescan(RescanJob job) throws Exception;
}
