package dev.bulwark.source.python;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.Lens;
import dev.bulwark.core.RuleMeta;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PythonRulesCatalogTest {
  @Test
  void everyRuleHasAUniqueIdADocAndFixtureCasesBothWays() throws IOException, URISyntaxException {
    // given the catalog and the text of every fixture
    List<RuleMeta> rules = new PythonRules().rules();
    Path fixtures = Path.of(getClass().getResource("/python-fixtures").toURI());
    String corpus;
    try (Stream<Path> walk = Files.walk(fixtures)) {
      corpus =
          walk.filter(Files::isRegularFile)
              .map(p -> new String(readAll(p), StandardCharsets.ISO_8859_1))
              .collect(Collectors.joining("\n"));
    }
    // then ids are unique, each rule is a source rule with a doc, a positive and a negative case
    assertThat(rules).extracting(RuleMeta::id).doesNotHaveDuplicates();
    for (RuleMeta rule : rules) {
      assertThat(rule.lens()).isEqualTo(Lens.SOURCE);
      assertThat(new PythonRules().doc(rule.id())).as(rule.id() + " doc").isPresent();
      assertThat(new PythonRules().doc(rule.id()).orElseThrow()).contains("```python");
      assertThat(corpus).as(rule.id() + " positive case").contains("ruleid: " + rule.id());
      assertThat(corpus).as(rule.id() + " negative case").contains("ok: " + rule.id());
    }
  }

  private static byte[] readAll(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
