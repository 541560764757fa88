package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Finding;
import dev.bulwark.core.SpecLocation;
import dev.bulwark.spec.load.SourceParser;
import dev.bulwark.spec.load.SourceTree;
import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void mapsPointersToLinesInYaml() throws Exception {
    // given YAML with a nested member, an array element and an escaped path
    String yaml = "a:\n  b:\n    - x\n    - y: 1\npaths:\n  /u/{id}:\n    get: {}\n";

    // when it is indexed
    SourceTree tree = SourceParser.parse(yaml, "t.yaml", SpecOptions.defaults());

    // then each pointer has its line, and a pointer past the text falls back to its ancestor
    assertThat(tree.lineOf("/a")).isEqualTo(1);
    assertThat(tree.lineOf("/a/b/1")).isEqualTo(4);
    assertThat(tree.lineOf("/a/b/1/y")).isEqualTo(4);
    assertThat(tree.lineOf("/paths/~1u~1{id}/get")).isEqualTo(7);
    assertThat(tree.lineOf("/paths/~1u~1{id}/get/responses/200")).isEqualTo(7);
    assertThat(tree.lineOf("/nothing")).isEqualTo(1);
  }

  @Test
  void mapsPointersToLinesInJson() throws Exception {
    String json = "{\n  \"a\": {\n    \"b\": [\n      1,\n      {\"c\": 2}\n    ]\n  }\n}\n";
    SourceTree tree = SourceParser.parse(json, "t.json", SpecOptions.defaults());
    assertThat(tree.lineOf("/a")).isEqualTo(2);
    assertThat(tree.lineOf("/a/b/0")).isEqualTo(4);
    assertThat(tree.lineOf("/a/b/1/c")).isEqualTo(5);
  }

  @Test
  void mapsMembersOfLargeObjects() throws Exception {
    // given an object with many members (indexed rather than scanned)
    StringBuilder yaml = new StringBuilder("big:\n");
    for (int i = 0; i < 40; i++) {
      yaml.append("  k").append(i).append(": ").append(i).append('\n');
    }
    SourceTree tree = SourceParser.parse(yaml.toString(), "t.yaml", SpecOptions.defaults());

    // then members are found at their lines, and a missing one falls back to the object
    assertThat(tree.lineOf("/big/k0")).isEqualTo(2);
    assertThat(tree.lineOf("/big/k39")).isEqualTo(41);
    assertThat(tree.lineOf("/big/nope")).isEqualTo(1);
  }

  @Test
  void findingsCarryTheLineOfTheirPointer() throws Exception {
    // given a document whose plain-HTTP server is on line 4
    String yaml =
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\nservers:\n  - url: http://api.example.com\n"
            + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n";

    // when it is audited
    CollectingScanContext context = Audits.auditText(yaml, "api.yaml");

    // then the finding is located by file, pointer and line
    Finding finding =
        context.findings().stream()
            .filter(f -> f.ruleId().equals("spec-plain-http-server"))
            .findFirst()
            .orElseThrow();
    SpecLocation at = (SpecLocation) finding.location();
    assertThat(at.file()).isEqualTo("api.yaml");
    assertThat(at.pointer()).isEqualTo("/servers/0");
    assertThat(at.line()).isEqualTo(4);
  }
}
