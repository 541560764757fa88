package dev.bulwark.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InlineIgnoreTest {
  @Test
  void givenADirectiveWithRulesReasonAndExpiry_whenParsed_thenAllPartsAreRead() {
    var ignore =
        InlineIgnore.parse(
                "x = 1  # bulwark: ignore[flask-debug-enabled, other] local only until=2027-01-31")
            .orElseThrow();

    assertThat(ignore.ruleIds()).containsExactly("flask-debug-enabled", "other");
    assertThat(ignore.reason()).isEqualTo("local only");
    assertThat(ignore.expires()).contains(LocalDate.of(2027, 1, 31));
    assertThat(ignore.covers("other")).isTrue();
    assertThat(ignore.covers("third")).isFalse();
  }

  @Test
  void givenALineWithoutADirective_whenParsed_thenNothing() {
    assertThat(InlineIgnore.parse("bulwark: is a scanner")).isEmpty();
    assertThat(InlineIgnore.parse("x = 1")).isEmpty();
  }

  @Test
  void givenNoReason_whenParsed_thenTheReasonSaysSo() {
    assertThat(InlineIgnore.parse("# bulwark: ignore[r]").orElseThrow().reason())
        .isEqualTo("no reason given");
  }

  @Test
  void givenAnImpossibleUntilDate_whenParsed_thenItHasAlreadyExpiredAndTheReasonSaysWhy() {
    var ignore =
        InlineIgnore.parse("x = 1  # bulwark: ignore[r] waiting on vendor until=2027-02-30")
            .orElseThrow();

    assertThat(ignore.expires()).contains(LocalDate.MIN);
    assertThat(ignore.expires().orElseThrow()).isBefore(LocalDate.of(2000, 1, 1));
    assertThat(ignore.reason()).isEqualTo("waiting on vendor (invalid until date)");
  }
}
