package dev.bulwark.live;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.LiveCheck;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.support.Scans;
import dev.bulwark.live.support.TestServer;
import dev.bulwark.spec.model.ApiModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a live scan with a chosen set of checks against a test server. */
public final class LiveTesting {
  private LiveTesting() {}

  public static Scans scan(
      TestServer server, Optional<ApiModel> model, LiveOptions options, LiveCheck... checks)
      throws BadTargetException {
    return scan(server.base(), model, options, checks);
  }

  public static Scans scan(
      java.net.URI base, Optional<ApiModel> model, LiveOptions options, LiveCheck... checks)
      throws BadTargetException {
    List<PassiveCheck> passive = new ArrayList<>();
    List<ActiveCheck> active = new ArrayList<>();
    for (LiveCheck c : checks) {
      if (c instanceof PassiveCheck p) {
        passive.add(p);
      }
      if (c instanceof ActiveCheck a) {
        active.add(a);
      }
    }
    LiveRunner runner = new LiveRunner(base, model, options, passive, active);
    CollectingScanContext context = Scans.context();
    runner.run(context);
    return Scans.of(context, runner.summary().orElseThrow());
  }

  public static Scans scan(TestServer server, LiveCheck... checks) throws BadTargetException {
    return scan(server, Optional.empty(), Scans.fast(), checks);
  }

  public static Scans scanAll(TestServer server, Optional<ApiModel> model, LiveOptions options)
      throws BadTargetException {
    LiveRunner runner = LiveLens.runner(server.base(), model, options);
    CollectingScanContext context = Scans.context();
    runner.run(context);
    return Scans.of(context, runner.summary().orElseThrow());
  }
}
