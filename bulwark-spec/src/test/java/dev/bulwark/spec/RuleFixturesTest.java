package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.SpecLocation;
import dev.bulwark.core.SuppressedFinding;
import dev.bulwark.spec.load.SourceParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every spec rule over every fixture under {@code fixtures/<rule-id>/}. Each fixture lists, in
 * its root {@code x-test-expect}, the exact pointers (as written in the file) where that rule must
 * fire, and in {@code x-test-suppressed} those where it fires but is accepted by {@code
 * x-bulwark-ignore}; an empty list makes it a negative fixture.
 */
class RuleFixturesTest {

  @TestFactory
  Stream<DynamicTest> everyFixtureGetsExactlyItsExpectedFindings() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(fixtures())) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String ruleId = file.getParent().getFileName().toString();
        if (ruleId.equals("fixtures") || ruleId.equals("loading")) {
          continue;
        }
        tests.add(
            DynamicTest.dynamicTest(ruleId + "/" + file.getFileName(), () -> check(file, ruleId)));
      }
    }
    return tests.stream();
  }

  private static void check(Path file, String ruleId) throws Exception {
    // given a fixture and what it expects of its rule
    JsonNode root =
        SourceParser.parse(Files.readString(file), file.toString(), SpecOptions.defaults()).root();
    Set<String> expected = pointers(root.get("x-test-expect"));
    Set<String> expectedSuppressed = pointers(root.get("x-test-suppressed"));

    // when the spec lens audits it
    CollectingScanContext context = Audits.auditText(Files.readString(file), file.toString());

    // then the rule fires exactly there
    Set<String> actual = new TreeSet<>();
    for (Finding f : context.findings()) {
      if (f.ruleId().equals(ruleId)) {
        SpecLocation at = (SpecLocation) f.location();
        assertThat(at.line()).as("line of %s", at.pointer()).isPositive();
        actual.add(at.pointer());
      }
    }
    Set<String> suppressed = new TreeSet<>();
    for (SuppressedFinding s : context.suppressed()) {
      if (s.finding().ruleId().equals(ruleId)) {
        suppressed.add(((SpecLocation) s.finding().location()).pointer());
      }
    }
    assertThat(actual).as("findings of %s in %s", ruleId, file.getFileName()).isEqualTo(expected);
    assertThat(suppressed)
        .as("suppressed %s in %s", ruleId, file.getFileName())
        .isEqualTo(expectedSuppressed);
    assertThat(context.errors()).as("scan errors").isEmpty();
  }

  private static Set<String> pointers(JsonNode list) {
    Set<String> out = new TreeSet<>();
    if (list != null) {
      list.forEach(n -> out.add(n.asText()));
    }
    return out;
  }

  static Path fixtures() throws URISyntaxException, IOException {
    return Path.of(RuleFixturesTest.class.getResource("/fixtures").toURI());
  }
}
