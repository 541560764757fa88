package dev.bulwark.live.check;

import dev.bulwark.live.engine.ExchangeLog;

/** A check that sends probes, always through the engine behind its {@link ProbeContext}. */
public interface ActiveCheck extends LiveCheck {
  /**
   * Probes the target. {@code log} holds what the crawl fetched, so the check sends only what is
   * new; a check that would need more than the budget left gives up and says so.
   */
  void probe(ExchangeLog log, ProbeContext context);
}
