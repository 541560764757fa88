package dev.bulwark.source.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.FlowStep;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.Suppression;
import dev.bulwark.source.SourceFile;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonAnalysisTest {
  @TempDir Path root;

  private CollectingScanContext scan(String... relatives) {
    List<SourceFile> files = new ArrayList<>();
    for (String r : relatives) {
      files.add(new SourceFile(root.resolve(r), r));
    }
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    PythonAnalysis.analyze(root, files, context, new FakeJudge());
    return context;
  }

  private void write(String relative, String text) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  @Test
  void aFlowAcrossModulesCarriesEveryStepFromSourceToSink() throws IOException {
    // given a key read in one module and logged in another
    write("pkg/__init__.py", "");
    write("pkg/config.py", "import os\nAPI_KEY = os.environ['VENDOR_API_KEY']\n");
    write(
        "pkg/app.py",
        "import logging\nfrom pkg.config import API_KEY\n\ndef go():\n"
            + "    header = f'Bearer {API_KEY}'\n    logging.info(header)\n");
    // when the tree is analysed
    CollectingScanContext context = scan("pkg/__init__.py", "pkg/config.py", "pkg/app.py");
    // then one finding at the sink carries the flow from the environment read onwards
    Finding f =
        context.findings().stream()
            .filter(x -> x.ruleId().equals("python-key-logged"))
            .findFirst()
            .orElseThrow();
    List<FlowStep> flow = f.flow();
    assertThat(flow.get(0).file()).isEqualTo("pkg/config.py");
    assertThat(flow.get(0).line()).isEqualTo(2);
    assertThat(flow.get(flow.size() - 1).file()).isEqualTo("pkg/app.py");
    assertThat(flow.get(flow.size() - 1).line()).isEqualTo(6);
    assertThat(flow).extracting(FlowStep::note).anyMatch(n -> n.contains("assigned to header"));
  }

  @Test
  void anInlineIgnoreOnTheLineOrAboveSuppressesWithItsReason() throws IOException {
    // given two logged keys, one accepted by a comment on the line above
    write(
        "a.py",
        "import os\nK = os.environ['API_KEY']\n"
            + "# bulwark: ignore[python-key-logged] local debugging only\nprint(K)\nprint(K)\n");
    // when analysed
    CollectingScanContext context = scan("a.py");
    // then line 4 is suppressed with the reason and line 5 is reported
    assertThat(context.suppressed()).hasSize(1);
    assertThat(context.suppressed().get(0).suppression().kind()).isEqualTo(Suppression.Kind.INLINE);
    assertThat(context.suppressed().get(0).suppression().reason())
        .isEqualTo("local debugging only");
    assertThat(context.findings())
        .extracting(f -> f.location().display())
        .containsExactly("a.py:5:1");
  }

  @Test
  void brokenAndHostileFilesNeverStopTheScan() throws IOException {
    // given a syntax error, invalid UTF-8, deep nesting, a huge file and a missing file
    write("syntax.py", "def f(:\n  pass\nimport os\nprint(os.environ['API_KEY'])\n");
    Files.write(
        root.resolve("latin.py"), new byte[] {'x', '=', '"', (byte) 0xe9, (byte) 0xff, '"', '\n'});
    write("deep.py", "x = " + "[".repeat(5000) + "]".repeat(5000) + "\n");
    try (RandomAccessFile huge = new RandomAccessFile(root.resolve("huge.py").toFile(), "rw")) {
      huge.setLength(PythonAnalysis.MAX_FILE_BYTES + 1);
    }
    // when analysed (missing.py does not exist)
    CollectingScanContext context =
        scan("syntax.py", "latin.py", "deep.py", "huge.py", "missing.py");
    // then the parseable part of the broken file is still analysed, and each problem is one error
    assertThat(context.findings()).extracting(Finding::ruleId).contains("python-key-logged");
    assertThat(context.errors())
        .extracting(e -> e.source())
        .containsExactlyInAnyOrder("huge.py", "missing.py");
  }

  @Test
  void evidenceOfAFoldedSecretNeverHoldsTheSecretOrItsPieces() throws IOException {
    // given a key assembled from pieces
    String tail = "4eC39HqLyjWD" + "arjtT1zdp7dc";
    write("k.py", "KEY = 'sk_' + 'live_' + '" + tail + "'\n");
    // when analysed
    CollectingScanContext context = scan("k.py");
    // then the finding's evidence shows neither the key nor its distinctive piece
    Finding f = context.findings().get(0);
    assertThat(f.ruleId()).isEqualTo("test-catalog-secret");
    assertThat(f.evidence().orElseThrow().text())
        .doesNotContain(tail)
        .doesNotContain("sk_live_" + tail);
    assertThat(f.evidence().orElseThrow().secret()).isPresent();
  }
}
