package dev.bulwark.live;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.Target;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.LiveCheck;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.spec.model.ApiModel;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** The live lens configured for one target; {@link #summary()} is filled once it has run. */
public final class LiveRunner implements LensRunner {
  private final URI base;
  private final LiveScan scan;
  private final List<LiveCheck> checks;
  private final AtomicReference<LiveSummary> summary = new AtomicReference<>();

  LiveRunner(
      URI base,
      Optional<ApiModel> model,
      LiveOptions options,
      List<PassiveCheck> passive,
      List<ActiveCheck> active) {
    this.base = base;
    this.scan = new LiveScan(base, model, options, passive, active);
    this.checks = new java.util.ArrayList<>(passive);
    this.checks.addAll(active);
  }

  @Override
  public Target target() {
    return new Target(Lens.LIVE, base.toString());
  }

  @Override
  public Set<Category> plannedCategories() {
    Set<Category> out = EnumSet.noneOf(Category.class);
    checks.forEach(c -> out.add(c.meta().category()));
    return out;
  }

  @Override
  public void run(ScanContext context) throws BadTargetException {
    summary.set(scan.run(context));
  }

  /** What the run did; empty before {@link #run} finished. */
  public Optional<LiveSummary> summary() {
    return Optional.ofNullable(summary.get());
  }
}
