package dev.bulwark.demo.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The recipes of docs/ci.md: documented verbatim, and behaving as documented. */
class CiRecipesTest {
  private static final Path RECIPES = SimulatedRunner.REPO.resolve("recipes");

  @TempDir Path dir;
  private SimulatedRunner runner;
  private Path argsFile;

  @BeforeAll
  static void needsShell() {
    assumeTrue(SimulatedRunner.hasCommand("bash"), "bash is not installed");
  }

  @BeforeEach
  void setUp() throws IOException {
    runner = new SimulatedRunner(dir, "http://127.0.0.1:9");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path fake = bin.resolve("bulwark");
    try (InputStream in = getClass().getResourceAsStream("/action/fake-bulwark.sh")) {
      Files.copy(in, fake);
    }
    Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
    argsFile = dir.resolve("bulwark-args");
    runner.env.put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    runner.env.put("FAKE_ARGS_FILE", argsFile.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"bulwark-ci.sh", "pre-commit", "gitlab-ci.yml", "maven-exec.xml"})
  void docsShowEachRecipeExactly(String recipe) throws IOException {
    String doc = Files.readString(SimulatedRunner.REPO.resolve("docs/ci.md"));

    assertThat(doc).contains(Files.readString(RECIPES.resolve(recipe)));
  }

  @Test
  void docsShowThePreCommitFrameworkHook() throws IOException {
    String doc = Files.readString(SimulatedRunner.REPO.resolve("docs/ci.md"));

    assertThat(doc)
        .contains(Files.readString(SimulatedRunner.REPO.resolve(".pre-commit-hooks.yaml")));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void genericStepKeepsBulwarksExitStatus(int status) throws Exception {
    runner.env.put("FAKE_EXIT", Integer.toString(status));

    SimulatedRunner.Run run =
        runner.run(List.of("sh", RECIPES.resolve("bulwark-ci.sh").toString()));

    assertThat(run.status()).isEqualTo(status);
    assertThat(run.output())
        .contains(
            List.of(
                    "thresholds met",
                    "thresholds failed",
                    "bad usage or input",
                    "the scan itself failed (exit 3)")
                .get(status));
  }

  @Test
  void genericStepPassesTargetsThresholdsAndBaseline() throws Exception {
    runner.env.put("BULWARK_TARGET", "api openapi.yaml");
    runner.env.put("BULWARK_BASELINE", "bulwark-baseline.json");
    runner.env.put("BULWARK_FAIL_ON", "high");

    SimulatedRunner.Run run =
        runner.run(List.of("sh", RECIPES.resolve("bulwark-ci.sh").toString()));

    assertThat(run.status()).isZero();
    List<String> args = Files.readAllLines(argsFile);
    assertThat(args.subList(0, 3)).containsExactly("scan", "api", "openapi.yaml");
    assertThat(args)
        .containsSequence("--fail-below", "70")
        .containsSequence("--fail-on", "high")
        .containsSequence("--baseline", "bulwark-baseline.json")
        .containsSequence("--format", "sarif", "--output", "bulwark-reports/bulwark.sarif");
    assertThat(runner.dir.resolve("workspace/bulwark-reports")).isDirectory();
  }

  @Test
  void preCommitHookScansStagedFilesAndBlocksOnFindings() throws Exception {
    runner.env.put("FAKE_EXIT", "1");
    SimulatedRunner.Run blocked =
        runner.run(List.of("sh", RECIPES.resolve("pre-commit").toString()));

    assertThat(blocked.status()).isEqualTo(1);
    assertThat(blocked.output())
        .contains("found problems in the staged changes", "bulwark: ignore[");
    assertThat(Files.readAllLines(argsFile))
        .containsExactly("scan", "--staged", ".", "--fail-on", "high", "--quiet");

    runner.env.put("FAKE_EXIT", "0");
    assertThat(runner.run(List.of("sh", RECIPES.resolve("pre-commit").toString())).status())
        .isZero();
    runner.env.put("FAKE_EXIT", "3");
    assertThat(runner.run(List.of("sh", RECIPES.resolve("pre-commit").toString())).status())
        .isEqualTo(3);
  }

  @Test
  void preCommitHookLetsCommitsThroughWhenBulwarkIsMissing() throws Exception {
    runner.env.put("BULWARK", "bulwark-not-installed-anywhere");

    SimulatedRunner.Run run = runner.run(List.of("sh", RECIPES.resolve("pre-commit").toString()));

    assertThat(run.status()).isZero();
    assertThat(run.output()).contains("bulwark is not installed");
  }
}
