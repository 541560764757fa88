package dev.bulwark.source;

import dev.bulwark.core.Finding;
import dev.bulwark.core.InlineIgnore;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.Suppression;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Applies {@code bulwark: ignore[rule-id] reason} comments: a finding on line L is suppressed when
 * line L or line L-1 holds a directive naming its rule (or naming none). An expired directive no
 * longer suppresses. Shared by the secrets scan and the Python analysis.
 */
public final class InlineSuppressions {
  private InlineSuppressions() {}

  /** The directive that covers {@code ruleId} on this line or the one above, if any. */
  public static Optional<InlineIgnore> find(String line, String previousLine, String ruleId) {
    Optional<InlineIgnore> here = InlineIgnore.parse(line).filter(i -> i.covers(ruleId));
    return here.isPresent() ? here : InlineIgnore.parse(previousLine).filter(i -> i.covers(ruleId));
  }

  /**
   * Reports {@code finding} to {@code context}: suppressed when a live directive covers it, else as
   * a finding.
   *
   * @param origin where the directive would be, e.g. {@code app.py:12}
   */
  public static void report(
      ScanContext context, Finding finding, String line, String previousLine, String origin) {
    Optional<InlineIgnore> directive = find(line, previousLine, finding.ruleId());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (directive.isPresent()) {
      InlineIgnore ignore = directive.get();
      Suppression suppression =
          new Suppression(Suppression.Kind.INLINE, ignore.reason(), ignore.expires(), origin);
      if (suppression.activeOn(today)) {
        context.suppress(finding, suppression);
        return;
      }
    }
    context.report(finding);
  }
}
