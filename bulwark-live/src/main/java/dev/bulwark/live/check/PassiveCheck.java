package dev.bulwark.live.check;

import dev.bulwark.live.engine.Exchange;

/** A check that reads exchanges already recorded; it sends nothing. */
public interface PassiveCheck extends LiveCheck {
  /** Inspects one exchange (called once per exchange of the log, from many threads). */
  void inspect(Exchange exchange, CheckContext context);
}
