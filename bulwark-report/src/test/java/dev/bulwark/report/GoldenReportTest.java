package dev.bulwark.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GoldenReportTest {

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Render.Sample sample : Render.Sample.values()) {
      for (Reporter reporter : Reporters.all()) {
        cases.add(Arguments.of(sample, reporter));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  void reportMatchesItsGoldenFile(Render.Sample sample, Reporter reporter) throws IOException {
    // given a sample result with a fixed id, timestamps and duration
    // when it is rendered
    String actual = Render.render(reporter.format(), sample.result());
    // then the output is byte for byte the reviewed golden file
    Golden.check(sample.id() + "." + reporter.extension(), actual);
  }

  @Test
  void colouredTextMatchesItsGoldenFile() throws IOException {
    String actual =
        Render.render("text", SampleResults.many(), SampleResults.context().withColor(true));
    Golden.check("many.color.txt", actual);
  }

  @Test
  void renderingTwiceGivesTheSameBytes() {
    for (Reporter reporter : Reporters.all()) {
      String first = Render.render(reporter.format(), SampleResults.many());
      String second = Render.render(reporter.format(), SampleResults.many());
      org.assertj.core.api.Assertions.assertThat(second).as(reporter.format()).isEqualTo(first);
    }
  }
}
