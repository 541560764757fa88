package dev.bulwark.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoBundleTest {

  @Test
  void extractsTheExampleSourceAndSpecAndDeletesThemOnClose() throws IOException {
    Path root;
    try (DemoBundle bundle = DemoBundle.extract()) {
      root = bundle.sourceDir().getParent();

      assertThat(bundle.sourceDir()).isDirectory().endsWith(Path.of("vulnerable-flask"));
      assertThat(bundle.spec()).isRegularFile();
      assertThat(Files.readString(bundle.spec())).startsWith("openapi: 3.0.3");
      assertThat(Files.readString(bundle.sourceDir().resolve("app.py")))
          .contains("PAYMENTS_API_KEY", "debug=True", "pickle.loads");
      assertThat(Files.readString(bundle.sourceDir().resolve(".env"))).contains("FLASK_DEBUG=1");
    }
    assertThat(root).doesNotExist();
  }

  @Test
  void extractToKeepsTheFilesAfterClose(@TempDir Path dir) throws IOException {
    try (DemoBundle bundle = DemoBundle.extractTo(dir)) {
      assertThat(bundle.sourceDir()).isEqualTo(dir.resolve("vulnerable-flask"));
    }
    for (String name : DemoBundle.FILES) {
      assertThat(dir.resolve("vulnerable-flask").resolve(name)).isRegularFile();
    }
  }

  @Test
  void bundlesEveryFileOfTheExample() throws IOException {
    Path example = Path.of("..", "examples", "vulnerable-flask");
    assertThat(example).isDirectory();
    try (Stream<Path> files = Files.list(example)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("__pycache__")))
          .containsExactlyInAnyOrderElementsOf(DemoBundle.FILES);
    }
  }
}
