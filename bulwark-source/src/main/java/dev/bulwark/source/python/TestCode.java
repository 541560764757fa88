package dev.bulwark.source.python;

import dev.bulwark.core.Finding;
import dev.bulwark.core.Severity;
import dev.bulwark.core.SourceLocation;
import java.util.regex.Pattern;

/**
 * Findings in tests, fixtures and examples are kept but count for less: test code legitimately
 * turns TLS checks off or uses throwaway keys, so severity is capped at low and confidence lowered.
 */
final class TestCode {
  private static final Pattern TEST_PATH =
      Pattern.compile(
          "(^|/)(tests?|testing|fixtures?|examples?|samples?|demos?)/|(^|/)test_[^/]*\\.py$"
              + "|_tests?\\.py$|(^|/)conftest\\.py$");

  private TestCode() {}

  static boolean isTestPath(String file) {
    return TEST_PATH.matcher(file).find();
  }

  static Finding adjust(Finding f) {
    if (!(f.location() instanceof SourceLocation at) || !isTestPath(at.file())) {
      return f;
    }
    Severity capped = f.severity().atLeast(Severity.LOW) ? Severity.LOW : f.severity();
    return new Finding(
        f.fingerprint(),
        f.rule(),
        capped,
        f.confidence().lower(),
        f.location(),
        f.message(),
        f.evidence(),
        f.remediation(),
        f.flow(),
        f.proof());
  }
}
