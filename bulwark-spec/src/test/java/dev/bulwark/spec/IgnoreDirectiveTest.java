package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.spec.audit.IgnoreDirective;
import dev.bulwark.spec.load.SourceParser;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IgnoreDirectiveTest {

  private static java.util.List<IgnoreDirective> parse(String yaml) throws Exception {
    return IgnoreDirective.on(SourceParser.parse(yaml, "t.yaml", SpecOptions.defaults()).root());
  }

  @Test
  void aListSharesTheReasonKey() throws Exception {
    var parsed =
        parse("x-bulwark-ignore: [rule-a, rule-b]\nx-bulwark-ignore-reason: gateway does it\n");
    assertThat(parsed)
        .containsExactly(
            new IgnoreDirective("rule-a", "gateway does it", Optional.empty()),
            new IgnoreDirective("rule-b", "gateway does it", Optional.empty()));
  }

  @Test
  void withoutAReasonTheSuppressionSaysSo() throws Exception {
    var parsed = parse("x-bulwark-ignore: rule-a\n");
    assertThat(parsed)
        .containsExactly(new IgnoreDirective("rule-a", "no reason given", Optional.empty()));
  }

  @Test
  void theObjectFormCarriesItsOwnReasonAndExpiry() throws Exception {
    var parsed =
        parse(
            "x-bulwark-ignore:\n  - {rule: rule-a, reason: accepted, until: 2027-01-31}\n"
                + "  - {rule: rule-b, until: not-a-date}\n  - {reason: no rule}\n");
    assertThat(parsed)
        .containsExactly(
            new IgnoreDirective("rule-a", "accepted", Optional.of(LocalDate.of(2027, 1, 31))),
            new IgnoreDirective("rule-b", "no reason given", Optional.empty()));
  }
}
