package dev.bulwark.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notebooks are scanned as their cells' text, with lines of the .ipynb file. */
class NotebookScanTest {
  @TempDir Path root;

  /** A notebook as Jupyter writes it: indent 1, one JSON string per line of a cell. */
  private static String notebook(String codeLine, String outputLine) {
    return String.join(
        "\n",
        "{",
        " \"cells\": [",
        "  {",
        "   \"cell_type\": \"code\",",
        "   \"execution_count\": 1,",
        "   \"metadata\": {},",
        "   \"outputs\": [",
        "    {",
        "     \"name\": \"stdout\",",
        "     \"output_type\": \"stream\",",
        "     \"text\": [",
        "      " + outputLine,
        "     ]",
        "    }",
        "   ],",
        "   \"source\": [",
        "    \"import requests\\n\",",
        "    " + codeLine,
        "   ]",
        "  }",
        " ],",
        " \"metadata\": {},",
        " \"nbformat\": 4,",
        " \"nbformat_minor\": 5",
        "}",
        "");
  }

  private List<String> scan() throws Exception {
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    SourceLens.runner(root, SourceOptions.defaults().withSecretsOnly(true)).run(context);
    return context.findings().stream()
        .map(f -> f.ruleId() + "@" + f.location().file() + ":" + f.location().line())
        .sorted()
        .toList();
  }

  @Test
  void aKeyAssignedInACodeCellIsFoundOnItsLine() throws Exception {
    // given a code cell that assigns a key to a name (JSON escapes its quotes)
    String code = "\"API_KEY = \\\"" + Keys.GENERIC + "\\\"\\n\"";
    Files.writeString(root.resolve("explore.ipynb"), notebook(code, "\"done\\n\""));

    // when the tree is scanned
    List<String> hits = scan();

    // then the generic detector finds it, on the notebook line that holds it
    assertThat(hits).containsExactly("hardcoded-secret-generic@explore.ipynb:18");
  }

  @Test
  void aKeyPrintedInAnOutputIsFoundOnItsLine() throws Exception {
    // given a cell whose stored output printed a vendor key
    String output = "\"token " + Keys.GITHUB + "\\n\"";
    Files.writeString(root.resolve("debug.ipynb"), notebook("\"print(1)\\n\"", output));

    // when the tree is scanned
    List<String> hits = scan();

    // then the key is found on the output's line
    assertThat(hits).containsExactly("secret-github-personal-access-token@debug.ipynb:12");
  }

  @Test
  void aNotebookThatIsNotJsonIsScannedAsText() throws Exception {
    // given a truncated notebook holding a vendor key
    Files.writeString(
        root.resolve("broken.ipynb"), "{\n \"cells\": [\n  \"key " + Keys.GITHUB + "\"\n");

    // when the tree is scanned
    List<String> hits = scan();

    // then the raw text is still scanned
    assertThat(hits).containsExactly("secret-github-personal-access-token@broken.ipynb:3");
  }
}
