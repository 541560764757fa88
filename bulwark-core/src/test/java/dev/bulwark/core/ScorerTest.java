package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {
  private static final Set<Category> ALL = EnumSet.allOf(Category.class);

  @Test
  void givenNoFindings_whenScored_thenEveryAssessedCategoryIsPerfect() {
    // given / when
    Score score = Scorer.score(List.of(), EnumSet.of(Category.DATA_EXPOSURE));

    // then
    assertThat(score.value()).isEqualTo(100);
    assertThat(score.grade()).isEqualTo(Grade.A);
    assertThat(score.categories().get(Category.DATA_EXPOSURE).score()).hasValue(100);
    assertThat(score.categories().get(Category.RATE_LIMITING).assessed()).isFalse();
    assertThat(score.categories().get(Category.RATE_LIMITING).score()).isEmpty();
  }

  @ParameterizedTest(name = "{0}/{1} in data_exposure -> category {2}")
  @CsvSource({
    "CRITICAL, HIGH,   60",
    "CRITICAL, MEDIUM, 70",
    "CRITICAL, LOW,    80",
    "HIGH,     HIGH,   80",
    "HIGH,     LOW,    90",
    "MEDIUM,   HIGH,   92",
    "MEDIUM,   MEDIUM, 94",
    "LOW,      HIGH,   97",
    "INFO,     HIGH,   100",
  })
  void givenOneFinding_whenScored_thenCategoryLosesItsPrice(
      Severity severity, Confidence confidence, int expected) {
    // given
    Finding f = SampleRules.finding("r", Category.DATA_EXPOSURE, severity, confidence, 1);

    // when
    Score score = Scorer.score(List.of(f), EnumSet.of(Category.DATA_EXPOSURE));

    // then
    assertThat(score.categories().get(Category.DATA_EXPOSURE).score()).hasValue(expected);
  }

  @Test
  void givenRepeatsOfOneRule_whenScored_thenTheyDiminish() {
    // given: ten medium findings of one rule cost 8 * (1 + 1/2 + 1/4 + ...) < 16
    List<Finding> repeats =
        java.util.stream.IntStream.rangeClosed(1, 10)
            .mapToObj(
                i -> SampleRules.finding("r", Category.SSRF, Severity.MEDIUM, Confidence.HIGH, i))
            .toList();

    // when
    Score score = Scorer.score(repeats, EnumSet.of(Category.SSRF));

    // then
    assertThat(score.categories().get(Category.SSRF).score()).hasValue(84);
  }

  @Test
  void givenACriticalFinding_whenScored_thenTotalIsCappedAtGradeD() {
    // given: one critical in a light category; the weighted mean alone would be an A
    Finding f = SampleRules.finding("r", Category.INVENTORY, Severity.CRITICAL, Confidence.HIGH, 1);

    // when
    Score score = Scorer.score(List.of(f), ALL);

    // then
    assertThat(score.value()).isEqualTo(Scorer.CRITICAL_CAP);
    assertThat(score.grade()).isEqualTo(Grade.D);
    assertThat(score.caps()).hasSize(1);
  }

  @Test
  void givenAHighFinding_whenScored_thenTotalIsCappedAtGradeC() {
    Finding f = SampleRules.finding("r", Category.INVENTORY, Severity.HIGH, Confidence.MEDIUM, 1);

    Score score = Scorer.score(List.of(f), ALL);

    assertThat(score.value()).isEqualTo(Scorer.HIGH_CAP);
    assertThat(score.grade()).isEqualTo(Grade.C);
  }

  @Test
  void givenALowConfidenceCritical_whenScored_thenNoCapApplies() {
    Finding f = SampleRules.finding("r", Category.INVENTORY, Severity.CRITICAL, Confidence.LOW, 1);

    Score score = Scorer.score(List.of(f), ALL);

    assertThat(score.caps()).isEmpty();
    assertThat(score.value()).isGreaterThan(Scorer.HIGH_CAP);
  }

  @Test
  void givenFindingsInUnassessedCategories_whenScored_thenTheyDoNotMoveTheTotal() {
    Finding f =
        SampleRules.finding("r", Category.RATE_LIMITING, Severity.MEDIUM, Confidence.HIGH, 1);

    Score score = Scorer.score(List.of(f), EnumSet.of(Category.DATA_EXPOSURE));

    assertThat(score.value()).isEqualTo(100);
    assertThat(score.categories().get(Category.RATE_LIMITING).findings()).isEqualTo(1);
  }

  @Test
  void givenTheSameFindingsInAnyOrder_whenScored_thenTheScoreIsIdentical() {
    List<Finding> findings =
        List.of(
            SampleRules.finding("a", Category.SSRF, Severity.HIGH, Confidence.MEDIUM, 1),
            SampleRules.finding("b", Category.SSRF, Severity.LOW, Confidence.LOW, 2),
            SampleRules.finding("a", Category.SSRF, Severity.MEDIUM, Confidence.HIGH, 3),
            SampleRules.finding("c", Category.BOLA, Severity.MEDIUM, Confidence.HIGH, 4));
    List<Finding> reversed = new java.util.ArrayList<>(findings);
    java.util.Collections.reverse(reversed);

    assertThat(Scorer.score(reversed, ALL)).isEqualTo(Scorer.score(findings, ALL));
  }

  @ParameterizedTest
  @CsvSource({"100,A", "90,A", "89,B", "80,B", "79,C", "70,C", "69,D", "60,D", "59,F", "0,F"})
  void givenAScore_whenGraded_thenBandsMatchTheDocs(int value, Grade grade) {
    assertThat(Grade.of(value)).isEqualTo(grade);
  }
}
