package dev.bulwark.scan;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Target;

/** Hears how a scan progresses; the CLI prints it on a terminal, the MCP server ignores it. */
public interface ScanListener {
  ScanListener NONE = new ScanListener() {};

  /** The scan's context exists: keep it to cancel the scan (Ctrl-C) or read live counters. */
  default void started(CollectingScanContext context) {}

  default void lensStarted(Target target) {}

  default void lensFinished(Target target) {}
}
