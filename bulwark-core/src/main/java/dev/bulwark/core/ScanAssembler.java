package dev.bulwark.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Post-processing after every lens has run: severity overrides, de-duplication, fingerprints made
 * unique, suppressions and the baseline applied, the score computed, everything sorted.
 */
public final class ScanAssembler {
  private final ToolInfo tool;
  private final Clock clock;

  public ScanAssembler(ToolInfo tool, Clock clock) {
    this.tool = tool;
    this.clock = clock;
  }

  /** What the lenses of one scan produced, and what the user asked for. */
  public record Input(
      Instant startedAt,
      List<Target> targets,
      Optional<ApiIdentity> api,
      CollectingScanContext context,
      Optional<Baseline> baseline) {}

  public ScanResult assemble(Input input) {
    RulePolicy policy = input.context().policy();
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));

    List<Finding> found = unique(input.context().findings().stream().map(policy::apply).toList());
    List<SuppressedFinding> suppressed = new ArrayList<>();
    List<Finding> counted = new ArrayList<>();
    // A suppression written in the scanned material expires like any other: then the finding
    // counts.
    for (SuppressedFinding s : input.context().suppressed()) {
      Finding f = policy.apply(s.finding());
      if (s.suppression().activeOn(today)) {
        suppressed.add(new SuppressedFinding(f, s.suppression()));
      } else {
        found = new ArrayList<>(found);
        found.add(f);
      }
    }
    List<Finding> newFindings = new ArrayList<>();
    List<Finding> accepted = new ArrayList<>();
    for (Finding f : found) {
      counted.add(f);
      Optional<Suppression> byBaseline = input.baseline().flatMap(b -> b.match(f, today));
      if (byBaseline.isPresent()) {
        accepted.add(f);
        suppressed.add(new SuppressedFinding(f, byBaseline.get()));
      } else {
        newFindings.add(f);
      }
    }
    Set<Category> assessed = input.context().assessedCategories();
    Score score = Scorer.score(counted, assessed);
    Optional<BaselineSummary> baseline =
        input
            .baseline()
            .map(
                b ->
                    new BaselineSummary(
                        b.origin(),
                        newFindings.size(),
                        accepted.size(),
                        Scorer.score(newFindings, assessed)));

    newFindings.sort(FindingOrder.STANDARD);
    suppressed.sort(Comparator.comparing(SuppressedFinding::finding, FindingOrder.STANDARD));
    List<ScanError> errors = new ArrayList<>(input.context().errors());
    errors.sort(Comparator.comparing(ScanError::source).thenComparing(ScanError::message));
    Instant end = clock.instant();
    return new ScanResult(
        ScanResult.SCHEMA_VERSION,
        tool,
        UUID.randomUUID().toString(),
        input.startedAt(),
        Math.max(0, Duration.between(input.startedAt(), end).toMillis()),
        input.targets(),
        input.api(),
        score,
        baseline,
        newFindings,
        suppressed,
        dedupeErrors(errors),
        input.context().stats().snapshot());
  }

  /**
   * Drops exact duplicates (same rule, fingerprint and location) and gives findings that share a
   * fingerprint at different places a numbered suffix, in location order, so each is addressable.
   */
  static List<Finding> unique(Collection<Finding> findings) {
    Map<String, List<Finding>> byFingerprint = new LinkedHashMap<>();
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(FindingOrder.BY_LOCATION);
    Set<String> seen = new HashSet<>();
    for (Finding f : sorted) {
      String exact = f.fingerprint() + "|" + f.location();
      if (seen.add(exact) && seen.add(sameSecretKey(f))) {
        byFingerprint.computeIfAbsent(f.fingerprint(), k -> new ArrayList<>()).add(f);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (List<Finding> group : byFingerprint.values()) {
      for (int i = 0; i < group.size(); i++) {
        Finding f = group.get(i);
        out.add(i == 0 ? f : f.withFingerprint(f.fingerprint() + "-" + (i + 1)));
      }
    }
    return out;
  }

  /**
   * Two analyses may find one secret (the raw text scan and the Python literal folder, which also
   * sees the constant where it is used): one rule, one file and one secret (by its keyed hash) make
   * one finding, at its first place. Other source findings: one per rule and line.
   */
  private static String sameSecretKey(Finding f) {
    return f.evidence()
        .flatMap(Evidence::secret)
        .map(
            s ->
                "secret|"
                    + f.ruleId()
                    + "|"
                    + f.location().kind()
                    + "|"
                    + f.location().file()
                    + "|"
                    + s.hmac())
        .orElse(
            f.location() instanceof SourceLocation src && src.history().isEmpty()
                // One rule says a thing once per source line, however many nodes it matched.
                ? "line|" + f.ruleId() + "|" + src.file() + "|" + src.line()
                : "unique|" + f.fingerprint() + "|" + f.location());
  }

  private static List<ScanError> dedupeErrors(List<ScanError> errors) {
    return errors.stream().distinct().toList();
  }
}
