package dev.bulwark.source.python.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The native export must give exactly the tree the cursor copy gives (skipped where the native
 * library was not built or cannot load).
 */
class NativeExportTest {
  private static void assumeNative() {
    assumeTrue(TreeReaders.nativeExport(), PyParser.readerDescription());
  }

  private static Optional<String> differenceBetweenReaders(byte[] source) {
    PyTree copied = PyParser.parse(source, PyParser.Reader.CURSOR_COPY);
    PyTree exported = PyParser.parse(source, PyParser.Reader.NATIVE_EXPORT);
    return copied.difference(exported);
  }

  @Test
  void theNativeExportIsChosenWhereTheBuildProducedIt() {
    // given a Linux x86_64 JVM whose classpath holds the library the build compiled
    String arch = System.getProperty("os.arch", "");
    assumeTrue(
        System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
            && (arch.equals("amd64") || arch.equals("x86_64")));
    assumeTrue(NativeLibrary.class.getResource(NativeLibrary.RESOURCE) != null, "not built");
    assumeTrue(System.getProperty(TreeReaders.SWITCH) == null, "turned off");
    // when the parser picks its reader
    String description = PyParser.readerDescription();
    // then it is the native export (a failed load or self-check would say why here)
    assertThat(description).isEqualTo("native export");
  }

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path root = Path.of(NativeExportTest.class.getResource("/python-fixtures").toURI());
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      return files.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void everyFixtureGivesTheSameTreeThroughBothReaders(Path file) throws IOException {
    assumeNative();
    // given a fixture file
    byte[] source = Files.readAllBytes(file);
    // when it is read natively and through the cursor
    Optional<String> difference = differenceBetweenReaders(source);
    // then both trees are equal
    assertThat(difference).isEmpty();
  }

  static Stream<String> hostileNames() {
    return HostileSources.names().stream();
  }

  @ParameterizedTest
  @MethodSource("hostileNames")
  void hostileInputGivesTheSameTreeThroughBothReaders(String name) {
    assumeNative();
    // given a hostile input
    byte[] source = HostileSources.get(name);
    // when it is read natively and through the cursor
    Optional<String> difference = differenceBetweenReaders(source);
    // then both trees are equal
    assertThat(difference).isEmpty();
  }

  @Test
  void aTreeLargerThanTheFirstArraysIsReadAgainWhole() {
    assumeNative();
    // given a module of a few hundred nodes
    byte[] source = HostileSources.get("syntax errors");
    // when the native side is first handed arrays of three slots
    Optional<PyTree> exported =
        PyParser.withTree(source, tree -> NativeExport.read(tree, source, 3));
    // then it says how many it needs and the second read gives the whole tree
    PyTree copied = PyParser.parse(source, PyParser.Reader.CURSOR_COPY);
    assertThat(exported).hasValueSatisfying(t -> assertThat(copied.difference(t)).isEmpty());
  }

  @Test
  void theTreePointerReadFromTheBindingIsTheOneItsRootNodeCarries() {
    // given a parsed tree (this needs no native library of ours)
    byte[] source = "x = 1\n".getBytes(StandardCharsets.UTF_8);
    // when the pointer read from the binding's private field is compared with the root node's
    boolean consistent = PyParser.withTree(source, NativeExport::pointerConsistent);
    // then they agree (a binding upgrade that moves the field would make this fail)
    assertThat(consistent).isTrue();
  }

  @Test
  void theSelfCheckSnippetCoversErrorsFieldsAndNonAsciiText() {
    // given the snippet the library is checked with at load time
    byte[] snippet = TreeReaders.selfCheckSource();
    // when it is parsed through the cursor
    PyTree tree = PyParser.parse(snippet, PyParser.Reader.CURSOR_COPY);
    // then it exercises error recovery, fields, nesting and multi-byte text
    Set<String> types = new HashSet<>();
    int withName = 0;
    for (int n = 0; n < tree.size(); n++) {
      types.add(tree.type(n));
      withName += tree.is(n, "function_definition") && tree.child(n, "name") >= 0 ? 1 : 0;
    }
    assertThat(tree.hasErrors()).isTrue();
    assertThat(types)
        .contains("ERROR", "case_clause", "interpolation", "escape_sequence", "format_specifier");
    assertThat(withName).isGreaterThan(0);
    assertThat(new String(snippet, StandardCharsets.UTF_8)).contains("\u00e9t\u00e9");
  }

  @Test
  void aTreeOfAnotherSourceIsReportedAsDifferent() {
    // given two sources of one length that differ in one token
    PyTree a = PyParser.parse("x = 1\n".getBytes(StandardCharsets.UTF_8));
    PyTree b = PyParser.parse("x = y\n".getBytes(StandardCharsets.UTF_8));
    // when they are compared
    Optional<String> difference = a.difference(b);
    // then the difference names the node
    assertThat(difference).hasValueSatisfying(d -> assertThat(d).contains("integer"));
  }
}
