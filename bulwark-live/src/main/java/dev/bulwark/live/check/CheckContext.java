package dev.bulwark.live.check;

import dev.bulwark.core.Redactor;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.live.engine.Exchange;
import dev.bulwark.secrets.SecretEngine;

/** What a passive check may use: the surface, and a way to report what it saw. */
public interface CheckContext {
  Surface surface();

  Redactor redactor();

  SecretEngine secrets();

  /** {@code text} with every credential the scan holds replaced by a placeholder. */
  String scrub(String text);

  /** Starts a finding of {@code rule} on {@code exchange}; call {@link FindingDraft#report()}. */
  FindingDraft finding(RuleMeta rule, Exchange exchange);

  /** Records a problem the check met (one line, no credential). */
  void note(RuleMeta rule, String message);
}
