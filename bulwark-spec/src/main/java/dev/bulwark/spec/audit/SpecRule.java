package dev.bulwark.spec.audit;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.spec.SpecDocument;

/**
 * One check over a loaded OpenAPI document. Rules do no I/O and report only through the reporter.
 */
public interface SpecRule {
  RuleMeta meta();

  void check(SpecDocument document, SpecReporter reporter);
}
