package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {

  @TempDir Path dir;

  @Test
  void writesTheWholeFile() throws IOException {
    Path file = dir.resolve("out/report.json");
    ReportFiles.writeAtomically(
        file, out -> new JsonReporter().write(SampleResults.many(), SampleResults.context(), out));
    assertThat(Files.readString(file)).isEqualTo(Render.render("json", SampleResults.many()));
    assertThat(files()).containsExactly("out");
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    // given an existing report
    Path file = dir.resolve("report.json");
    Files.writeString(file, "old report");
    // when a writer fails half-way
    assertThatThrownBy(
            () ->
                ReportFiles.writeAtomically(
                    file,
                    out -> {
                      out.write("half a new rep".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");
    // then the old file is intact and nothing else is left behind
    assertThat(Files.readString(file)).isEqualTo("old report");
    assertThat(files()).containsExactly("report.json");
  }

  @Test
  void aRuntimeFailureAlsoCleansUp() throws IOException {
    Path file = dir.resolve("r.html");
    assertThatThrownBy(
            () ->
                ReportFiles.writeAtomically(
                    file,
                    out -> {
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(files()).isEmpty();
  }

  @Test
  void replacesAnExistingFileOnSuccess() throws IOException {
    Path file = dir.resolve("r.txt");
    Files.writeString(file, "old");
    ReportFiles.writeAtomically(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(file)).isEqualTo("new");
    assertThat(files()).containsExactly("r.txt");
  }

  private java.util.List<String> files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
