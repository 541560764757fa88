package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.Baseline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFilesTest {

  @TempDir Path dir;

  @Test
  void writtenBaselineReadsBackTheSame() throws Exception {
    // given a baseline of every finding of a scan, one entry with an expiry
    Baseline baseline =
        Baseline.of("ignored", SampleResults.many().findings(), "accepted at adoption");
    Baseline.Entry first = baseline.entries().get(0);
    Baseline withExpiry =
        new Baseline(
            "x",
            List.of(
                new Baseline.Entry(
                    first.fingerprint(),
                    first.ruleId(),
                    first.where(),
                    "until the migration",
                    Optional.of(LocalDate.parse("2027-01-31")))));
    Path file = dir.resolve("bulwark-baseline.json");
    // when it is written and read
    BaselineFiles.write(file, baseline);
    Baseline read = BaselineFiles.read(file);
    BaselineFiles.write(dir.resolve("b2.json"), withExpiry);
    Baseline read2 = BaselineFiles.read(dir.resolve("b2.json"));
    // then the entries are the same and the origin is the file
    assertThat(read.entries()).isEqualTo(baseline.entries());
    assertThat(read.origin()).isEqualTo(file.toString());
    assertThat(read2.entries()).isEqualTo(withExpiry.entries());
    assertThat(Files.readString(file)).startsWith("{\n  \"bulwarkBaseline\": 1,\n  \"entries\": [");
    assertThat(Files.readString(dir.resolve("b2.json"))).contains("\"expires\": \"2027-01-31\"");
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("nope.json");
    assertThatThrownBy(() -> BaselineFiles.read(file))
        .isInstanceOf(BaselineFileException.class)
        .hasMessage("baseline file not found: " + file);
  }

  @Test
  void aFileThatIsNotJsonIsNamed() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(file, "fingerprints:\n  - abc\n");
    assertThatThrownBy(() -> BaselineFiles.read(file))
        .isInstanceOf(BaselineFileException.class)
        .hasMessageStartingWith("baseline file is not JSON: " + file);
  }

  @Test
  void aReportGivenByMistakeIsRecognised() throws Exception {
    Path file = dir.resolve("report.json");
    Files.writeString(file, Render.render("json", SampleResults.one()));
    assertThatThrownBy(() -> BaselineFiles.read(file))
        .isInstanceOf(BaselineFileException.class)
        .hasMessageContaining("not a Bulwark baseline")
        .hasMessageContaining("it is a scan report");
  }

  @Test
  void otherJsonIsNotABaseline() throws Exception {
    Path file = dir.resolve("package.json");
    Files.writeString(file, "{\"name\": \"x\"}");
    assertThatThrownBy(() -> BaselineFiles.read(file))
        .hasMessage("not a Bulwark baseline: " + file + " (no \"bulwarkBaseline\" field)");
    Files.writeString(file, "[1]");
    assertThatThrownBy(() -> BaselineFiles.read(file))
        .hasMessageContaining("expected a JSON object");
  }

  @Test
  void badEntriesAreNamedByPosition() throws Exception {
    Path file = dir.resolve("b.json");
    Files.writeString(
        file, "{\"bulwarkBaseline\": 1, \"entries\": [{\"fingerprint\": \"a\"}, {}]}");
    assertThatThrownBy(() -> BaselineFiles.read(file))
        .hasMessage("baseline entry 2 in " + file + " has no \"fingerprint\"");
    Files.writeString(
        file,
        "{\"bulwarkBaseline\": 1, \"entries\": [{\"fingerprint\": \"a\", \"expires\": \"soon\"}]}");
    assertThatThrownBy(() -> BaselineFiles.read(file)).hasMessageContaining("bad expiry date");
    Files.writeString(file, "{\"bulwarkBaseline\": 2, \"entries\": []}");
    assertThatThrownBy(() -> BaselineFiles.read(file))
        .hasMessageContaining("unsupported baseline version 2");
  }

  @Test
  void aDirectoryIsNamed() {
    assertThatThrownBy(() -> BaselineFiles.read(dir))
        .isInstanceOf(BaselineFileException.class)
        .hasMessageContaining(dir.toString());
  }
}
