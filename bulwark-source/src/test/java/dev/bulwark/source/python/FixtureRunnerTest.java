package dev.bulwark.source.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.source.SourceFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every rule over every annotated fixture and compares the exact set of (file, rule, line)
 * findings with the annotations; prints precision and recall with the known misses counted.
 */
class FixtureRunnerTest {
  private static final Pattern ANNOTATION =
      Pattern.compile("#\\s*(ruleid|ok|todoruleid|todook):\\s*([a-z0-9, -]+)");

  private static Set<String> fired;
  private static List<Expectation> expectations;

  record Expectation(String kind, String key) {}

  @BeforeAll
  static void scanFixtures() throws IOException, URISyntaxException {
    Path root = Path.of(FixtureRunnerTest.class.getResource("/python-fixtures").toURI());
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile)
          .sorted()
          .forEach(
              p -> files.add(new SourceFile(p, root.relativize(p).toString().replace('\\', '/'))));
    }
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    PythonAnalysis.analyze(root, files, context, new FakeJudge());
    fired = new TreeSet<>();
    for (Finding f : context.findings()) {
      SourceLocation at = (SourceLocation) f.location();
      fired.add(at.file() + ":" + at.line() + ":" + f.ruleId());
    }
    expectations = new ArrayList<>();
    for (SourceFile f : files) {
      List<String> lines =
          new String(Files.readAllBytes(f.absolute()), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = ANNOTATION.matcher(lines.get(i));
        if (!m.find()) {
          continue;
        }
        int target = i + 1;
        while (target < lines.size()
            && ANNOTATION.matcher(lines.get(target)).find()
            && lines.get(target).strip().startsWith("#")) {
          target++;
        }
        for (String id : m.group(2).split(",")) {
          String key = f.relative() + ":" + (target + 1) + ":" + id.strip();
          expectations.add(new Expectation(m.group(1), key));
        }
      }
    }
  }

  @Test
  void everyAnnotationHoldsAndNothingElseFires() {
    // given the annotations and the findings of one run over the fixtures
    List<String> missed = new ArrayList<>();
    List<String> falseAlarms = new ArrayList<>();
    Set<String> annotated = new TreeSet<>();
    for (Expectation e : expectations) {
      annotated.add(e.key());
      if (e.kind().equals("ruleid") && !fired.contains(e.key())) {
        missed.add(e.key());
      }
      if (e.kind().equals("ok") && fired.contains(e.key())) {
        falseAlarms.add(e.key());
      }
    }
    List<String> unannotated = fired.stream().filter(k -> !annotated.contains(k)).toList();
    // then every ruleid fired, no ok fired, and nothing fired without an annotation
    assertThat(missed).as("ruleid annotations that did not fire").isEmpty();
    assertThat(falseAlarms).as("ok annotations that fired").isEmpty();
    assertThat(unannotated).as("findings without an annotation").isEmpty();
  }

  @Test
  void precisionAndRecallOverTheCorpusStayAbove95Percent() {
    // given the counts over the corpus, known misses included
    int tp = 0;
    int fn = 0;
    int fp = 0;
    int tn = 0;
    for (Expectation e : expectations) {
      boolean hit = fired.contains(e.key());
      switch (e.kind()) {
        case "ruleid", "todoruleid" -> {
          tp += hit ? 1 : 0;
          fn += hit ? 0 : 1;
        }
        default -> {
          fp += hit ? 1 : 0;
          tn += hit ? 0 : 1;
        }
      }
    }
    double precision = tp / (double) Math.max(1, tp + fp);
    double recall = tp / (double) Math.max(1, tp + fn);
    System.out.printf(
        "python fixtures: positives=%d negatives=%d tp=%d fn=%d fp=%d tn=%d"
            + " precision=%.3f recall=%.3f%n",
        tp + fn, fp + tn, tp, fn, fp, tn, precision, recall);
    // then both stay at or above 0.95
    assertThat(precision).isGreaterThanOrEqualTo(0.95);
    assertThat(recall).isGreaterThanOrEqualTo(0.95);
  }
}
