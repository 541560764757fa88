package dev.bulwark.core;

import java.util.Set;

/**
 * One lens, configured for one target, ready to run. The orchestrator runs the runners of a scan in
 * parallel against one shared {@link ScanContext}.
 */
public interface LensRunner {
  Target target();

  /**
   * The categories this run assesses. A lens marks them through {@link ScanContext#assessed} as it
   * goes; this is what it plans to assess, shown by {@code --dry-run} and used when a lens is
   * cancelled before it starts.
   */
  Set<Category> plannedCategories();

  /**
   * Runs the lens. Problems with single files, rules or requests go to {@link ScanContext#error};
   * only a target that cannot be scanned at all throws.
   *
   * @throws BadTargetException when the target itself is unusable (missing, unreachable, not an API
   *     document); the CLI turns this into exit code 2
   */
  void run(ScanContext context) throws BadTargetException;
}
