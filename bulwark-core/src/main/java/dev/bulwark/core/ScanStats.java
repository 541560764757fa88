package dev.bulwark.core;

import java.util.concurrent.atomic.LongAdder;

/** Counters of what a scan did; thread-safe, read once at the end with {@link #snapshot}. */
public final class ScanStats {
  private final LongAdder files = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  private final LongAdder requests = new LongAdder();
  private final LongAdder operations = new LongAdder();
  private final LongAdder requestBudget = new LongAdder();

  public void addFile(long size) {
    files.increment();
    bytes.add(size);
  }

  /** Adds counts gathered elsewhere (a replayed cached scan). */
  public void addFiles(long count, long size) {
    files.add(count);
    bytes.add(size);
  }

  public void addRequest() {
    requests.increment();
  }

  public void addOperations(long count) {
    operations.add(count);
  }

  /** A live lens's request budget, so reports can show requests sent against it. */
  public void addRequestBudget(long budget) {
    requestBudget.add(budget);
  }

  public Snapshot snapshot() {
    return new Snapshot(
        files.sum(), bytes.sum(), requests.sum(), operations.sum(), requestBudget.sum());
  }

  /**
   * The counters at one moment.
   *
   * @param requestBudget the live lenses' request budgets together; 0 when nothing was live
   */
  public record Snapshot(
      long files, long bytes, long requests, long operations, long requestBudget) {
    public static final Snapshot EMPTY = new Snapshot(0, 0, 0, 0, 0);

    public Snapshot(long files, long bytes, long requests, long operations) {
      this(files, bytes, requests, operations, 0);
    }

    public Snapshot plus(Snapshot other) {
      return new Snapshot(
          files + other.files,
          bytes + other.bytes,
          requests + other.requests,
          operations + other.operations,
          requestBudget + other.requestBudget);
    }
  }
}
