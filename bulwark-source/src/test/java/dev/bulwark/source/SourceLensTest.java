package dev.bulwark.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.ScanError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLensTest {
  @TempDir Path root;

  private CollectingScanContext scan() throws Exception {
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    SourceLens.runner(root, SourceOptions.defaults()).run(context);
    return context;
  }

  private void write(String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static Set<String> hits(CollectingScanContext context) {
    return context.findings().stream()
        .map(f -> f.ruleId() + "@" + f.location().file() + ":" + f.location().line())
        .collect(Collectors.toSet());
  }

  @Test
  void findsSecretsPlantedInEveryFileKindWithExactLines() throws Exception {
    write("app.py", "import stripe\n\nstripe.api_key = \"" + Keys.STRIPE_LIVE + "\"\n");
    write(
        "settings/config.yaml",
        "db:\n  url: postgresql://app:" + Keys.DB_PASSWORD + "@db:5432/app\n");
    write("Dockerfile", "FROM python:3.11\nENV GITHUB_TOKEN=" + Keys.GITHUB + "\n");
    write("deploy.sh", "#!/bin/sh\nexport AWS_ACCESS_KEY_ID=" + Keys.AWS_ID + "\n");
    write("notes.md", "# notes\n\nslack: `" + Keys.SLACK_BOT + "`\n");
    write(
        "nb.ipynb",
        "{\"cells\": [{\"outputs\": [{\"text\": [\"key " + Keys.OPENAI_PROJECT + "\\n\"]}]}]}\n");
    write("conf/app.ini", "[auth]\napi_key = " + Keys.GENERIC + "\n");

    CollectingScanContext context = scan();

    assertThat(hits(context))
        .contains(
            "secret-stripe-live-secret-key@app.py:3",
            "secret-postgres-url-password@settings/config.yaml:2",
            "secret-github-personal-access-token@Dockerfile:2",
            "secret-aws-access-key-id@deploy.sh:2",
            "secret-slack-bot-token@notes.md:3",
            "secret-openai-project-key@nb.ipynb:1",
            "hardcoded-secret-generic@conf/app.ini:2");
    assertThat(context.stats().snapshot().files()).isEqualTo(7);
  }

  @Test
  void findingsNeverCarryTheSecret() throws Exception {
    write("app.py", "KEY = \"" + Keys.STRIPE_LIVE + "\"\n");

    CollectingScanContext context = scan();

    Finding f = context.findings().get(0);
    assertThat(f.toString())
        .doesNotContain(Keys.STRIPE_LIVE)
        .doesNotContain(Keys.STRIPE_LIVE.substring(8));
    assertThat(f.evidence().orElseThrow().text()).startsWith("KEY = \"sk_live_…(");
    assertThat(((dev.bulwark.core.SourceLocation) f.location()).column()).isEqualTo(8);
  }

  @Test
  void placeholdersAreNotSecrets() throws Exception {
    write(
        "settings.py",
        String.join(
            "\n",
            "SECRET_KEY = \"changeme\"",
            "API_KEY = \"<your-api-key>\"",
            "TOKEN = \"${TOKEN}\"",
            "PASSWORD = os.environ[\"PASSWORD\"]",
            "api_key = \"xxxxxxxxxxxxxxxxxxxx\"",
            "aws_access_key_id = \"AKIA" + "IOSFODNN7EXAMPLE\"",
            "DATABASE_URL = \"postgresql://user:password@localhost/db\"",
            "stripe_key = \"sk_" + "test_" + "XXXXXXXXXXXXXXXXXXXXXXXX\"",
            "publishable = \"pk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc\"",
            ""));

    // A placeholder is no leaked secret; but Flask signing sessions with "changeme" is a weak
    // SECRET_KEY, which the Flask rule reports on its own.
    assertThat(scan().findings())
        .extracting(Finding::ruleId)
        .containsOnly("flask-hardcoded-secret-key");
  }

  @Test
  void secretsInTestsGetLowerConfidenceNotSilence() throws Exception {
    write("tests/test_app.py", "KEY = \"" + Keys.STRIPE_LIVE + "\"\n");

    List<Finding> findings = scan().findings();

    assertThat(findings)
        .singleElement()
        .satisfies(f -> assertThat(f.confidence()).isEqualTo(Confidence.LOW));
  }

  @Test
  void inlineIgnoreSuppressesWithItsReason() throws Exception {
    write(
        "app.py",
        "# bulwark: ignore[secret-stripe-live-secret-key] revoked in 2024\nKEY = \""
            + Keys.STRIPE_LIVE
            + "\"\nOTHER = \""
            + Keys.GITHUB
            + "\"  # bulwark: ignore[secret-stripe-live-secret-key] wrong rule\n");

    CollectingScanContext context = scan();

    assertThat(context.suppressed())
        .singleElement()
        .satisfies(s -> assertThat(s.suppression().reason()).isEqualTo("revoked in 2024"));
    assertThat(hits(context)).containsExactly("secret-github-personal-access-token@app.py:3");
  }

  @Test
  void expiredInlineIgnoreNoLongerSuppresses() throws Exception {
    write(
        "app.py",
        "KEY = \""
            + Keys.STRIPE_LIVE
            + "\"  # bulwark: ignore[secret-stripe-live-secret-key] until=2020-01-01 rotate soon\n");

    CollectingScanContext context = scan();

    assertThat(context.suppressed()).isEmpty();
    assertThat(hits(context)).containsExactly("secret-stripe-live-secret-key@app.py:1");
  }

  @Test
  void includeAndExcludeGlobsSelectFiles() throws Exception {
    String line = "KEY = \"" + Keys.STRIPE_LIVE + "\"\n";
    write("src/app.py", line);
    write("src/vendor/lib.py", line);
    write("other/x.py", line);
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);

    SourceLens.runner(
            root,
            new SourceOptions(
                List.of("src/**"), List.of("src/vendor"), false, java.util.Optional.empty(), false))
        .run(context);

    assertThat(hits(context)).containsExactly("secret-stripe-live-secret-key@src/app.py:1");
  }

  @Test
  void skipsVirtualenvsNodeModulesAndGitIgnoredFiles() throws Exception {
    String line = "KEY = \"" + Keys.STRIPE_LIVE + "\"\n";
    write("node_modules/pkg/index.js", line);
    write(".venv/lib/x.py", line);
    write("env2/pyvenv.cfg", "home = /usr\n");
    write("env2/lib/y.py", line);
    write("build/out.py", line);
    write("secret.log", line);
    write(".gitignore", "build/\n*.log\n");
    write("kept.py", line);

    assertThat(hits(scan())).containsExactly("secret-stripe-live-secret-key@kept.py:1");
  }

  @Test
  void envFileNotCoveredByGitignoreIsAFinding() throws Exception {
    write(".env", "DEBUG=1\n");
    write(".env.example", "API_KEY=changeme\n");

    assertThat(hits(scan())).containsExactly("env-file-committed@.env:1");
  }

  @Test
  void badInputBecomesOneErrorEachAndTheScanFinishes() throws Exception {
    write("good.py", "KEY = \"" + Keys.STRIPE_LIVE + "\"\n");
    Files.write(root.resolve("binary.py"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2});
    Files.write(
        root.resolve("latin1.txt"), "caf\u00e9 = 1\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.createSymbolicLink(root.resolve("broken.py"), root.resolve("missing.py"));
    Files.createDirectories(root.resolve("sub"));
    Files.createSymbolicLink(root.resolve("sub/loop"), root);

    CollectingScanContext context = scan();

    assertThat(context.errors())
        .extracting(ScanError::source)
        .containsExactlyInAnyOrder("binary.py", "latin1.txt", "broken.py", "sub/loop");
    assertThat(hits(context)).containsExactly("secret-stripe-live-secret-key@good.py:1");
  }

  @Test
  void fileLargerThanAWindowIsStreamedWithExactLines() throws Exception {
    StringBuilder text = new StringBuilder();
    String filler = "value = compute(1, 2, 3)  # nothing to see in this line at all\n";
    int lines = (6 << 20) / filler.length();
    for (int i = 0; i < lines; i++) {
      text.append(filler);
    }
    text.append("KEY = \"").append(Keys.STRIPE_LIVE).append("\"\n");
    write("big.py", text.toString());

    assertThat(hits(scan())).containsExactly("secret-stripe-live-secret-key@big.py:" + (lines + 1));
  }

  @Test
  void customPatternsFromConfigAreUsedAndInvalidOnesRejected() throws Exception {
    write("app.py", "ACME = \"acme_" + "k3j4h5g6f7d8s9a0p1o2\"\n");
    String yaml =
        "- id: acme-key\n  title: Acme key\n  regex: '\\bacme_[a-z0-9]{20}\\b'\n"
            + "  keywords: [acme_]\n  samples: {positive: ['acme_{{lowernum:20}}']}\n";
    SourceOptions options =
        SourceOptions.defaults()
            .withCustomPatterns(dev.bulwark.secrets.PatternCatalog.parseSpecs(yaml));
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);

    SourceLens.runner(root, options).run(context);

    assertThat(hits(context)).containsExactly("secret-acme-key@app.py:1");
    SourceOptions broken =
        SourceOptions.defaults()
            .withCustomPatterns(
                dev.bulwark.secrets.PatternCatalog.parseSpecs(
                    yaml.replace("[a-z0-9]{20}", "([a-z0-9]{20}")));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> SourceLens.runner(root, broken).run(context))
        .isInstanceOf(dev.bulwark.core.BadTargetException.class)
        .hasMessageContaining("invalid regex");
  }

  @Test
  void pythonAndEnvFilesAreHandedToThePythonAnalysis() throws Exception {
    write("app.py", "x = 1\n");
    write(".flaskenv", "FLASK_DEBUG=1\n");
    write("README.md", "hi\n");

    CollectingScanContext context = scan();

    assertThat(context.assessedCategories()).contains(dev.bulwark.core.Category.DATA_EXPOSURE);
  }
}
