package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScanAssemblerTest {
  private final Instant now = Instant.parse("2026-12-01T10:00:00Z");
  private final ScanAssembler assembler =
      new ScanAssembler(new ToolInfo("bulwark", "test"), Clock.fixed(now, ZoneOffset.UTC));

  private CollectingScanContext context(RulePolicy policy) {
    CollectingScanContext ctx = new CollectingScanContext(Redactor.ephemeral(), policy);
    ctx.assessed(Category.DATA_EXPOSURE);
    return ctx;
  }

  private ScanResult assemble(CollectingScanContext ctx, Optional<Baseline> baseline) {
    return assembler.assemble(
        new ScanAssembler.Input(
            now, List.of(new Target(Lens.SOURCE, ".")), Optional.empty(), ctx, baseline));
  }

  @Test
  void givenADisabledRule_whenReported_thenItsFindingIsDropped() {
    CollectingScanContext ctx = context(new RulePolicy(Set.of("r"), Map.of()));

    ctx.report(SampleRules.finding("r", Category.DATA_EXPOSURE, Severity.HIGH, Confidence.HIGH, 1));

    assertThat(assemble(ctx, Optional.empty()).findings()).isEmpty();
  }

  @Test
  void givenASeverityOverride_whenAssembled_thenTheFindingCarriesIt() {
    CollectingScanContext ctx = context(new RulePolicy(Set.of(), Map.of("r", Severity.LOW)));
    ctx.report(SampleRules.finding("r", Category.DATA_EXPOSURE, Severity.HIGH, Confidence.HIGH, 1));

    ScanResult result = assemble(ctx, Optional.empty());

    assertThat(result.findings())
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.LOW);
  }

  @Test
  void givenABaseline_whenAssembled_thenOnlyNewFindingsJudgeAndBothScoresShow() {
    // given: two findings, one of which the baseline accepts
    Finding old =
        SampleRules.finding("r", Category.DATA_EXPOSURE, Severity.HIGH, Confidence.HIGH, 1);
    Finding fresh =
        SampleRules.finding("s", Category.DATA_EXPOSURE, Severity.LOW, Confidence.HIGH, 2);
    CollectingScanContext ctx = context(RulePolicy.DEFAULT);
    ctx.report(old);
    ctx.report(fresh);
    Baseline baseline = Baseline.of("baseline.json", List.of(old), "accepted in review");

    // when
    ScanResult result = assemble(ctx, Optional.of(baseline));

    // then
    assertThat(result.findings()).extracting(Finding::ruleId).containsExactly("s");
    assertThat(result.suppressed())
        .singleElement()
        .satisfies(s -> assertThat(s.suppression().kind()).isEqualTo(Suppression.Kind.BASELINE));
    assertThat(result.score().value()).isEqualTo(77);
    assertThat(result.gateScore().value()).isEqualTo(97);
  }

  @Test
  void givenAnExpiredInlineSuppression_whenAssembled_thenTheFindingCountsAgain() {
    CollectingScanContext ctx = context(RulePolicy.DEFAULT);
    Finding f = SampleRules.finding("r", Category.DATA_EXPOSURE, Severity.HIGH, Confidence.HIGH, 1);
    ctx.suppress(
        f,
        new Suppression(
            Suppression.Kind.INLINE,
            "until the rewrite",
            Optional.of(LocalDate.of(2026, 1, 1)),
            "app.py:1"));

    ScanResult result = assemble(ctx, Optional.empty());

    assertThat(result.findings()).hasSize(1);
    assertThat(result.suppressed()).isEmpty();
  }

  @Test
  void givenTwoFindingsSharingAFingerprint_whenAssembled_thenBothAreKeptWithDistinctIds() {
    RuleMeta rule = SampleRules.rule("r", Category.DATA_EXPOSURE, Severity.LOW);
    CollectingScanContext ctx = context(RulePolicy.DEFAULT);
    for (int line : new int[] {7, 3, 3}) {
      ctx.report(
          Finding.builder(rule, SourceLocation.of("a.py", line, 1)).anchor("same line").build());
    }

    ScanResult result = assemble(ctx, Optional.empty());

    assertThat(result.findings()).hasSize(2);
    assertThat(result.findings()).extracting(Finding::fingerprint).doesNotHaveDuplicates();
    assertThat(result.findings().get(0).location().line()).isEqualTo(3);
  }

  @Test
  void givenOneSecretReportedTwiceOnALine_whenAssembled_thenItIsOneFinding() {
    // given: the raw scan and the literal folder both report the same secret at line 4
    RuleMeta rule = SampleRules.rule("secret-x", Category.DATA_EXPOSURE, Severity.HIGH);
    CollectingScanContext ctx = context(RulePolicy.DEFAULT);
    String secret = "tok" + "_" + "0123456789abcdefABCDEF";
    String line = "KEY = '" + secret + "'";
    ctx.report(
        Finding.builder(rule, SourceLocation.of("a.py", 4, 8))
            .evidence(Evidence.secret(ctx.redactor(), line, secret, 0))
            .anchor("raw")
            .build());
    ctx.report(
        Finding.builder(rule, SourceLocation.of("a.py", 4, 7))
            .evidence(Evidence.secret(ctx.redactor(), line, secret, 0))
            .anchor("folded")
            .build());

    // when / then
    assertThat(assemble(ctx, Optional.empty()).findings()).hasSize(1);
  }

  @Test
  void
      givenOneSecretFoundWhereItIsWrittenAndWhereItIsUsed_whenAssembled_thenOneFindingAtTheFirst() {
    RuleMeta rule = SampleRules.rule("secret-x", Category.DATA_EXPOSURE, Severity.CRITICAL);
    CollectingScanContext ctx = context(RulePolicy.DEFAULT);
    String secret = "tok" + "_" + "0123456789abcdefABCDEF";
    ctx.report(
        Finding.builder(rule, SourceLocation.of("a.py", 90, 3))
            .evidence(Evidence.secret(ctx.redactor(), "URL + KEY", secret, 0))
            .anchor("use")
            .build());
    ctx.report(
        Finding.builder(rule, SourceLocation.of("a.py", 4, 7))
            .evidence(Evidence.secret(ctx.redactor(), "KEY = '" + secret + "'", secret, 0))
            .anchor("definition")
            .build());

    assertThat(assemble(ctx, Optional.empty()).findings())
        .singleElement()
        .satisfies(f -> assertThat(f.location().line()).isEqualTo(4));
  }

  @Test
  void givenErrors_whenAssembled_thenTheyAreSortedAndDeduplicated() {
    CollectingScanContext ctx = context(RulePolicy.DEFAULT);
    ctx.error(new ScanError("b.py", "unreadable"));
    ctx.error(new ScanError("a.py", "unreadable"));
    ctx.error(new ScanError("b.py", "unreadable"));

    assertThat(assemble(ctx, Optional.empty()).errors())
        .extracting(ScanError::source)
        .containsExactly("a.py", "b.py");
  }
}
