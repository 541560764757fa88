package dev.bulwark.demo.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** action/report_to_github.py against a fixture report, on a simulated runner. */
class ReportToGitHubTest {
  private static final Path SCRIPT = SimulatedRunner.REPO.resolve("action/report_to_github.py");

  @TempDir Path dir;
  private StubGitHubApi api;
  private SimulatedRunner runner;
  private Path report;

  @BeforeAll
  static void needsPython() {
    assumeTrue(SimulatedRunner.hasCommand("python3"), "python3 is not installed");
  }

  @BeforeEach
  void setUp() throws IOException {
    api = new StubGitHubApi();
    runner = new SimulatedRunner(dir, api.url());
    report = dir.resolve("report.json");
    Files.writeString(report, fixture());
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  static String fixture() throws IOException {
    try (InputStream in = ReportToGitHubTest.class.getResourceAsStream("/action/report.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private SimulatedRunner.Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("python3", SCRIPT.toString(), "--report"));
    command.add(report.toString());
    command.addAll(List.of(args));
    return runner.run(command);
  }

  @Test
  void writesOutputsSummaryAndAnnotations() throws Exception {
    SimulatedRunner.Run run = run("--sarif", "/tmp/b.sarif", "--fail-below", "40");

    assertThat(run.status()).as(run.output()).isZero();
    assertThat(runner.outputs())
        .containsEntry("score", "41")
        .containsEntry("grade", "F")
        .containsEntry("findings-count", "4")
        .containsEntry("sarif-file", "/tmp/b.sarif")
        .containsEntry("report-file", report.toString())
        .containsEntry("gate", "passed");
    String summary = runner.summaryText();
    assertThat(summary)
        .contains("**Score: 41/100 · grade F**", "✅ thresholds met")
        .contains("| authentication | `███████░░░░░░░░░░░░░` 35 | 2 |")
        .contains("| llm_security | not assessed | 0 |")
        .contains("| 🟥 critical | `stripe-live-secret-key` | app.py:21 |");
    assertThat(summary.indexOf("stripe-live-secret-key"))
        .as("critical first")
        .isLessThan(summary.indexOf("spec-api-key-in-query"));
    assertThat(run.output())
        .contains(
            "::error file=services/orders/app.py,line=21,title=Bulwark stripe-live-secret-key"
                + " (critical)::Hardcoded Stripe live secret key, 100%25 sure")
        .contains("::warning file=services/orders/openapi.yaml,title=Bulwark spec-api-key-in-query")
        .doesNotContain("live-server-version-banner (low)");
  }

  @Test
  void hostileTextCannotInjectWorkflowCommandsOrHtml() throws Exception {
    SimulatedRunner.Run run = run();

    assertThat(run.output().lines()).noneMatch(line -> line.startsWith("::set-output"));
    assertThat(run.output()).contains("debug=True | <b>on</b>%0A::set-output");
    assertThat(runner.summaryText()).contains("debug=True \\| &lt;b&gt;on&lt;/b&gt;");
  }

  @Test
  void thresholdsDecideTheExitStatus() throws Exception {
    assertThat(run("--fail-below", "42").status()).isEqualTo(1);
    assertThat(runner.outputs()).containsEntry("gate", "failed");
    assertThat(runner.summaryText()).contains("❌ thresholds failed: score 41 is below 42");
    assertThat(run("--fail-on", "critical").status()).isEqualTo(1);
    assertThat(run("--fail-on", "none", "--fail-below", "0").status()).isZero();
    assertThat(run("--fail-on", "bogus").status()).isEqualTo(2);
    assertThat(run("--fail-below", "many").status()).isEqualTo(2);
  }

  @Test
  void withABaselineOnlyTheNewFindingsScoreIsJudged() throws Exception {
    Files.writeString(
        report,
        fixture()
            .replaceFirst(
                "\"findings\": \\[",
                "\"baseline\": {\"file\": \"bulwark-baseline.json\", \"newFindings\": 1,"
                    + " \"acceptedFindings\": 3, \"score\": {\"value\": 95, \"grade\": \"A\"}},"
                    + " \"findings\": ["));

    SimulatedRunner.Run run = run("--fail-below", "90");

    assertThat(run.status()).as(run.output()).isZero();
    assertThat(runner.summaryText()).contains("Baseline `bulwark-baseline.json`: 1 new, 3 already");
  }

  @Test
  void thePullRequestCommentIsCreatedOnceThenUpdatedInPlace() throws Exception {
    assertThat(run("--comment", "true").output()).contains("comment: created");
    Files.writeString(report, fixture().replace("\"value\": 41", "\"value\": 77"));
    assertThat(run("--comment", "true").output()).contains("comment: updated");

    Map<Integer, String> comments = api.comments();
    assertThat(comments).hasSize(1);
    assertThat(comments.values().iterator().next())
        .contains("<!-- bulwark-action-report -->", "Score: 77/100")
        .doesNotContain("Score: 41/100");
    assertThat(api.requests())
        .containsExactly(
            "GET /repos/acme/orders/issues/7/comments",
            "POST /repos/acme/orders/issues/7/comments",
            "GET /repos/acme/orders/issues/7/comments",
            "PATCH /repos/acme/orders/issues/comments/501");
    assertThat(api.authorizations()).allMatch(a -> a.equals("Bearer test-token-0000"));
  }

  @Test
  void aCommentThatCannotBePostedIsAWarningNotAFailure() throws Exception {
    runner.env.put("GITHUB_API_URL", "http://127.0.0.1:9");

    SimulatedRunner.Run run = run("--comment", "true");

    assertThat(run.status()).isZero();
    assertThat(run.output())
        .contains("::warning title=Bulwark::cannot post the pull-request comment");
  }

  @Test
  void outsideAPullRequestNoCommentIsPosted() throws Exception {
    Files.writeString(
        Path.of(runner.env.get("GITHUB_EVENT_PATH")), "{\"ref\": \"refs/heads/main\"}");

    assertThat(run("--comment", "true").output()).contains("skipped (not a pull request)");
    assertThat(api.requests()).isEmpty();
  }

  @Test
  void aMissingOrForeignReportIsBadInput() throws Exception {
    Files.writeString(report, "{\"hello\": 1}");
    SimulatedRunner.Run foreign = run();
    Files.delete(report);
    SimulatedRunner.Run missing = run();

    assertThat(foreign.status()).isEqualTo(2);
    assertThat(foreign.output()).contains("is not a Bulwark JSON report");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.output()).contains("::error title=Bulwark::cannot read the report");
  }
}
