package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportersTest {

  @Test
  void listsTheSixFormatsInOrder() {
    assertThat(Reporters.formats())
        .containsExactly("text", "json", "sarif", "junit", "html", "markdown");
  }

  @Test
  void findsAFormatIgnoringCaseAndRejectsUnknownOnes() {
    assertThat(Reporters.forFormat("SARIF")).get().extracting(Reporter::format).isEqualTo("sarif");
    assertThat(Reporters.forFormat("pdf")).isEmpty();
  }

  @Test
  void everyReporterLeavesTheStreamOpen() throws Exception {
    for (Reporter r : Reporters.all()) {
      var out =
          new java.io.ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
              closed = true;
            }
          };
      r.write(SampleResults.one(), ReportContext.minimal(), out);
      assertThat(out.closed).as(r.format()).isFalse();
      assertThat(out.size()).as(r.format()).isPositive();
    }
  }
}
