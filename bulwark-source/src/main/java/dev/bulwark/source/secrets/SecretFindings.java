package dev.bulwark.source.secrets;

import dev.bulwark.core.Confidence;
import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.HistoryRef;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.secrets.SecretMatch;
import dev.bulwark.secrets.SecretMessages;
import dev.bulwark.source.InlineSuppressions;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a secret match into a finding: redacted evidence, a fingerprint anchor that holds neither
 * the secret nor its hash, a lower confidence in tests, fixtures and examples, and inline
 * suppressions applied.
 */
public final class SecretFindings {
  private static final int ANCHOR_MAX = 200;
  private static final Set<String> EXAMPLE_DIRS =
      Set.of(
          "test",
          "tests",
          "testing",
          "testdata",
          "test_data",
          "__tests__",
          "fixture",
          "fixtures",
          "example",
          "examples",
          "sample",
          "samples",
          "demo",
          "demos",
          "mock",
          "mocks",
          "docs",
          "doc");

  private SecretFindings() {}

  /** The line and its neighbour above, as text, and where the secret is. */
  public record Place(
      String file,
      int line,
      int column,
      String lineText,
      String previousLine,
      Optional<HistoryRef> history) {}

  public static void report(ScanContext context, SecretMatch match, Place place) {
    Confidence confidence = inExampleCode(place.file()) ? Confidence.LOW : match.confidence();
    // A line clipped around a long secret may hold only part of it: show no line at all then.
    String lineText = place.lineText().contains(match.secret()) ? place.lineText() : match.secret();
    Evidence evidence =
        Evidence.secret(context.redactor(), lineText, match.secret(), match.vendorPrefixLength());
    String anchor = lineText.replace(match.secret(), "<secret>").strip();
    if (anchor.length() > ANCHOR_MAX) {
      anchor = anchor.substring(0, ANCHOR_MAX);
    }
    String shown = context.redactor().redact(match.secret(), match.vendorPrefixLength()).render();
    Finding finding =
        Finding.builder(
                match.rule(),
                new SourceLocation(place.file(), place.line(), place.column(), place.history()))
            .message(SecretMessages.describe(match, place.file()) + ": " + shown)
            .confidence(confidence)
            .evidence(evidence)
            .anchor(place.history().isPresent() ? anchor + " @history" : anchor)
            .build();
    InlineSuppressions.report(
        context, finding, lineText, place.previousLine(), place.file() + ":" + place.line());
  }

  /**
   * Tests, fixtures, examples and docs: secrets there are usually, not always, fake, so they are
   * reported with low confidence rather than hidden.
   */
  public static boolean inExampleCode(String relative) {
    String lower = relative.toLowerCase(Locale.ROOT);
    if (lower.contains(".dist-info/")
        || lower.endsWith(".md")
        || lower.endsWith(".rst")
        || lower.endsWith(".adoc")) {
      return true; // documentation: its keys are examples far more often than leaks
    }
    String[] parts = lower.split("/");
    for (int i = 0; i < parts.length - 1; i++) {
      if (EXAMPLE_DIRS.contains(parts[i])) {
        return true;
      }
    }
    String name = parts[parts.length - 1];
    return name.startsWith("test_")
        || name.endsWith("_test.py")
        || name.equals("conftest.py")
        || name.contains("example")
        || name.contains("sample")
        || name.contains("fixture")
        || name.contains("mock")
        || name.contains("dummy");
  }
}
