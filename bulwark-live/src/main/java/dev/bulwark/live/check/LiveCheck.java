package dev.bulwark.live.check;

import dev.bulwark.core.RuleMeta;

/** A live check: one rule, one small class. */
public interface LiveCheck {
  RuleMeta meta();
}
