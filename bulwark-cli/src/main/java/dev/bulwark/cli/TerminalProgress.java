package dev.bulwark.cli;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Target;
import dev.bulwark.scan.ScanListener;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Progress lines on stderr, only when stderr is a terminal and the user did not ask for quiet. */
final class TerminalProgress implements ScanListener {
  private final PrintWriter err;
  private final boolean enabled;
  private final AtomicReference<CollectingScanContext> context = new AtomicReference<>();

  TerminalProgress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  Optional<CollectingScanContext> context() {
    return Optional.ofNullable(context.get());
  }

  @Override
  public void started(CollectingScanContext ctx) {
    context.set(ctx);
  }

  @Override
  public void lensStarted(Target target) {
    if (enabled) {
      err.printf("bulwark: scanning %s %s …%n", target.kind().id(), target.ref());
      err.flush();
    }
  }

  @Override
  public void lensFinished(Target target) {
    if (enabled) {
      err.printf("bulwark: done with %s %s%n", target.kind().id(), target.ref());
      err.flush();
    }
  }
}
