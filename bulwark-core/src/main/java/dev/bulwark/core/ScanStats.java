package dev.bulwark.core;

import java.util.concurrent.atomic.LongAdder;

/** Counters of what a scan did; thread-safe, read once at the end with {@link #snapshot}. */
public final class ScanStats {
  private final LongAdder files = new LongAdder();
  private final LongAdder bytes = new LongAdder();
  private final LongAdder requests = new LongAdder();
  private final LongAdder operations = new LongAdder();

  public void addFile(long size) {
    files.increment();
    bytes.add(size);
  }

  public void addRequest() {
    requests.increment();
  }

  public void addOperations(long count) {
    operations.add(count);
  }

  public Snapshot snapshot() {
    return new Snapshot(files.sum(), bytes.sum(), requests.sum(), operations.sum());
  }

  /** The counters at one moment. */
  public record Snapshot(long files, long bytes, long requests, long operations) {
    public static final Snapshot EMPTY = new Snapshot(0, 0, 0, 0);

    public Snapshot plus(Snapshot other) {
      return new Snapshot(
          files + other.files,
          bytes + other.bytes,
          requests + other.requests,
          operations + other.operations);
    }
  }
}
