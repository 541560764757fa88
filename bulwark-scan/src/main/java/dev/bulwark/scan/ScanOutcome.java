package dev.bulwark.scan;

import dev.bulwark.core.ScanError;
import dev.bulwark.core.ScanResult;
import java.util.List;
import java.util.Objects;

/**
 * A scan's result, and the lenses that crashed outright (a broken lens is reported, the others'
 * findings are kept; the CLI exits with 3 when this list is not empty).
 */
public record ScanOutcome(ScanResult result, List<ScanError> lensFailures) {
  public ScanOutcome {
    Objects.requireNonNull(result, "result");
    lensFailures = List.copyOf(lensFailures);
  }

  public boolean complete() {
    return lensFailures.isEmpty();
  }
}
