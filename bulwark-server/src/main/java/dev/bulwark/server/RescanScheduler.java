package dev.bulwark.server;

import dev.bulwark.store.ApiHistory;
import dev.bulwark.store.SaveOutcome;
import dev.bulwark.store.ScanDetail;
import dev.bulwark.store.ScanStore;
import dev.bulwark.store.ScanSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link RescanJob}s on their cron schedules: scan, store, compare with the API's previous
 * scan, and post a signed webhook when the score dropped or a new critical finding appeared. One
 * thread; a job that fails is retried at its next scheduled time and its error kept for display.
 */
public final class RescanScheduler implements AutoCloseable {
  private final ScanStore store;
  private final Rescanner rescanner;
  private final WebhookNotifier notifier;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final Map<String, String> lastErrors = new ConcurrentHashMap<>();

  public RescanScheduler(
      ScanStore store, Rescanner rescanner, WebhookNotifier notifier, Clock clock) {
    this.store = store;
    this.rescanner = rescanner;
    this.notifier = notifier;
    this.clock = clock;
    this.executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "bulwark-rescans");
              t.setDaemon(true);
              return t;
            });
  }

  /** Schedules every job at its next time, and again after each run. */
  public void start(List<RescanJob> jobs) {
    jobs.forEach(this::scheduleNext);
  }

  private void scheduleNext(RescanJob job) {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
    long delay = Duration.between(now, job.schedule().next(now)).toMillis();
    executor.schedule(
        () -> {
          runNow(job);
          scheduleNext(job);
        },
        Math.max(0, delay),
        TimeUnit.MILLISECONDS);
  }

  /** Runs one job at once; returns the alert it raised, if any. */
  public Optional<ScoreAlert> runNow(RescanJob job) {
    try {
      Optional<ScanDetail> previous = latest(job);
      SaveOutcome saved = store.save(rescanner.rescan(job), Optional.of(job.api()));
      lastErrors.remove(job.name());
      if (!saved.created() || previous.isEmpty()) {
        return Optional.empty();
      }
      ScanDetail current = store.scan(saved.scanId()).orElseThrow();
      Optional<ScoreAlert> alert = ScoreAlert.between(previous.get(), current);
      if (alert.isPresent() && job.webhook().isPresent()) {
        int status = notifier.send(job.webhook().get(), alert.get(), clock.instant());
        if (status >= 300) {
          lastErrors.put(job.name(), "the webhook answered HTTP " + status);
        }
      }
      return alert;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (Exception e) {
      lastErrors.put(job.name(), String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  private Optional<ScanDetail> latest(RescanJob job) {
    return store
        .history(job.api().name())
        .map(ApiHistory::scans)
        .filter(scans -> !scans.isEmpty())
        .map(scans -> scans.get(scans.size() - 1))
        .map(ScanSummary::id)
        .flatMap(store::scan);
  }

  /** The last error of each job that failed on its latest run. */
  public Map<String, String> lastErrors() {
    return Map.copyOf(lastErrors);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
