package dev.bulwark.scan;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.ScanAssembler;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.Target;
import dev.bulwark.core.ToolInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one scan: resolves targets to lenses, runs them in parallel, assembles one result. */
public final class ScanService {
  private final ToolInfo tool;
  private final Redactor redactor;
  private final Clock clock;

  public ScanService(ToolInfo tool, Redactor redactor, Clock clock) {
    this.tool = tool;
    this.redactor = redactor;
    this.clock = clock;
  }

  /**
   * Scans the settings' targets.
   *
   * @throws BadTargetException when a target is unusable; nothing is scanned then
   */
  public ScanOutcome scan(ScanSettings settings, ScanListener listener)
      throws BadTargetException, InterruptedException {
    return run(settings, TargetResolver.resolve(settings, tool, clock), listener);
  }

  /** Runs the given lens runners, e.g. ones the caller built itself. */
  public ScanOutcome run(ScanSettings settings, List<LensRunner> runners, ScanListener listener)
      throws BadTargetException, InterruptedException {
    Instant started = clock.instant();
    CollectingScanContext context = new CollectingScanContext(redactor, settings.policy());
    listener.started(context);
    List<ScanError> lensFailures = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, runners.size()));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (LensRunner runner : runners) {
        futures.add(
            pool.submit(
                () -> {
                  listener.lensStarted(runner.target());
                  try {
                    runner.run(context);
                  } finally {
                    listener.lensFinished(runner.target());
                  }
                  return null;
                }));
      }
      BadTargetException badTarget = null;
      for (int i = 0; i < futures.size(); i++) {
        try {
          futures.get(i).get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          Target target = runners.get(i).target();
          if (cause instanceof BadTargetException bad) {
            badTarget = badTarget == null ? bad : badTarget;
          } else {
            ScanError error = ScanError.of(target.kind().id() + " lens: " + target.ref(), cause);
            lensFailures.add(error);
            context.error(error);
          }
        }
      }
      if (badTarget != null) {
        throw badTarget;
      }
    } catch (InterruptedException e) {
      context.cancel();
      throw e;
    } finally {
      pool.shutdownNow();
    }
    List<Target> targets = runners.stream().map(LensRunner::target).toList();
    ScanAssembler assembler = new ScanAssembler(tool, clock);
    return new ScanOutcome(
        assembler.assemble(
            new ScanAssembler.Input(
                started, targets, settings.api(), context, settings.baseline())),
        lensFailures);
  }
}
