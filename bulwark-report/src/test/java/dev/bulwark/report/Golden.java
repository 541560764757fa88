package dev.bulwark.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. To regenerate them after an intended
 * change, run {@code ./mvnw -q -pl bulwark-report -am verify -Dbulwark.updateGolden=true} and
 * review the diff.
 */
final class Golden {

  static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("bulwark.updateGolden");
  }

  static void check(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (updating()) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file)
        .as("golden file %s is missing: run with -Dbulwark.updateGolden=true", file)
        .exists();
    assertThat(actual)
        .as("%s differs from its golden file (regenerate with -Dbulwark.updateGolden=true)", name)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
