package dev.bulwark.demo.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** action/bulwark-action.sh end to end, with a stand-in for {@code java -jar bulwark.jar}. */
class BulwarkActionScriptTest {
  private static final Path SCRIPT = SimulatedRunner.REPO.resolve("action/bulwark-action.sh");

  @TempDir Path dir;
  private StubGitHubApi api;
  private SimulatedRunner runner;
  private Path argsFile;

  @BeforeAll
  static void needsBashAndPython() {
    assumeTrue(SimulatedRunner.hasCommand("bash"), "bash is not installed");
    assumeTrue(SimulatedRunner.hasCommand("python3"), "python3 is not installed");
  }

  @BeforeEach
  void setUp() throws IOException {
    api = new StubGitHubApi();
    runner = new SimulatedRunner(dir, api.url());
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path fakeJava = bin.resolve("java");
    try (InputStream in = getClass().getResourceAsStream("/action/fake-java.sh")) {
      Files.copy(in, fakeJava);
    }
    Files.setPosixFilePermissions(fakeJava, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path report = dir.resolve("fixture-report.json");
    Files.writeString(report, ReportToGitHubTest.fixture());
    argsFile = dir.resolve("java-args");
    Path jar = Files.writeString(dir.resolve("bulwark.jar"), "not really a jar");
    runner.env.put("PATH", bin + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    runner.env.put("FAKE_REPORT", report.toString());
    runner.env.put("FAKE_ARGS_FILE", argsFile.toString());
    runner.env.put("BULWARK_JAR", jar.toString());
    runner.env.put(
        "BULWARK_TARGET", "services/orders\nservices/orders/openapi.yaml  http://127.0.0.1:5000");
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  private SimulatedRunner.Run run() throws Exception {
    return runner.run(List.of("bash", SCRIPT.toString()));
  }

  @Test
  void passesTargetsAndOptionsToTheScannerAndMasksHeaderValues() throws Exception {
    runner.env.put(
        "BULWARK_HEADERS", "X-API-Key: hdr-secret-0001\nAuthorization: Bearer tok-0002\n");
    runner.env.put("BULWARK_SPEC", "services/orders/openapi.yaml");
    runner.env.put("BULWARK_FORMAT", "html,markdown");
    runner.env.put("BULWARK_ARGS", "--max-requests 50");

    SimulatedRunner.Run run = run();

    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output())
        .contains(
            "::add-mask::hdr-secret-0001", "::add-mask::Bearer tok-0002", "fake bulwark: scanned");
    List<String> args = Files.readAllLines(argsFile);
    assertThat(args.subList(0, 5))
        .containsExactly(
            "-jar",
            runner.env.get("BULWARK_JAR"),
            "scan",
            "services/orders",
            "services/orders/openapi.yaml");
    assertThat(args)
        .contains(
            "http://127.0.0.1:5000",
            "--spec",
            "X-API-Key: hdr-secret-0001",
            "html",
            "--max-requests",
            "50")
        .containsSequence(
            "--format", "json", "--output", dir.resolve("bulwark/bulwark-report.json").toString());
    assertThat(runner.outputs())
        .containsEntry("score", "41")
        .containsEntry("sarif-file", dir.resolve("bulwark/bulwark.sarif").toString());
    assertThat(runner.summaryText()).contains("grade F");
  }

  @Test
  void failedThresholdsFailTheScriptOrAreDeferredToTheAction() throws Exception {
    runner.env.put("BULWARK_FAIL_ON", "high");
    runner.env.put("FAKE_EXIT", "1");
    SimulatedRunner.Run direct = run();

    runner.env.put("BULWARK_DEFER_GATE", "true");
    SimulatedRunner.Run deferred = run();

    assertThat(direct.status()).isEqualTo(1);
    assertThat(deferred.status()).isZero();
    assertThat(runner.outputs()).containsEntry("gate", "failed");
  }

  @Test
  void theScannersOwnThresholdVerdictWins() throws Exception {
    runner.env.put("FAKE_EXIT", "1");

    SimulatedRunner.Run run = run();

    assertThat(run.status()).isEqualTo(1);
    assertThat(runner.outputs()).containsEntry("gate", "failed");
  }

  @Test
  void scannerErrorsKeepTheirExitCodes() throws Exception {
    runner.env.put("FAKE_EXIT", "3");
    SimulatedRunner.Run broken = run();
    runner.env.put("FAKE_EXIT", "2");
    SimulatedRunner.Run rejected = run();

    assertThat(broken.status()).isEqualTo(3);
    assertThat(broken.output()).contains("::error title=Bulwark::the scan failed (exit 3)");
    assertThat(rejected.status()).isEqualTo(2);
  }

  @Test
  void actionYmlDeclaresTheDocumentedInputsAndOutputsAndFeedsTheScript() throws IOException {
    String action = Files.readString(SimulatedRunner.REPO.resolve("action.yml"));
    String script = Files.readString(SCRIPT);

    for (String input :
        List.of(
            "target",
            "spec",
            "headers",
            "fail-below",
            "fail-on",
            "baseline",
            "format",
            "upload-sarif",
            "comment",
            "args",
            "version",
            "sha256",
            "jar")) {
      assertThat(action).contains("\n  " + input + ":\n");
    }
    for (String output : List.of("score", "grade", "findings-count", "sarif-file", "report-file")) {
      assertThat(action).contains("\n  " + output + ":\n", "steps.scan.outputs." + output);
    }
    java.util.regex.Matcher env =
        java.util.regex.Pattern.compile("(BULWARK_[A-Z0-9_]+):").matcher(action);
    while (env.find()) {
      assertThat(script).as("the script reads %s", env.group(1)).contains(env.group(1));
    }
    assertThat(action)
        .contains(
            "github/codeql-action/upload-sarif@",
            "default: \"true\"",
            "BULWARK_DEFER_GATE: \"true\"");
  }

  @Test
  void badInputsAreRejectedBeforeScanning() throws Exception {
    runner.env.put("BULWARK_TARGET", "  ");
    SimulatedRunner.Run noTarget = run();
    runner.env.put("BULWARK_TARGET", ".");
    runner.env.put("BULWARK_FORMAT", "pdf");
    SimulatedRunner.Run badFormat = run();
    runner.env.remove("BULWARK_FORMAT");
    runner.env.put("BULWARK_HEADERS", "no colon here");
    SimulatedRunner.Run badHeader = run();

    assertThat(noTarget.status()).isEqualTo(2);
    assertThat(noTarget.output()).contains("no target given");
    assertThat(badFormat.status()).isEqualTo(2);
    assertThat(badFormat.output()).contains("unknown format 'pdf'");
    assertThat(badHeader.status()).isEqualTo(2);
    assertThat(Files.exists(argsFile)).as("the scanner never ran").isFalse();
  }
}
