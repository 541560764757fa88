package dev.bulwark.source.python.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Java copy path derives most end offsets instead of asking tree-sitter; these are the places
 * where a derivation went wrong once. Each must equal tree-sitter's own end byte.
 */
class CursorCopyTest {
  private static PyTree copy(String source) {
    return PyParser.parse(source.getBytes(StandardCharsets.UTF_8), PyParser.Reader.CURSOR_COPY);
  }

  private static int first(PyTree t, String type) {
    for (int n = 0; n < t.size(); n++) {
      if (t.is(n, type)) {
        return n;
      }
    }
    throw new AssertionError("no " + type);
  }

  @Test
  void stringContentGoesOnAfterItsLastEscapeSequence() {
    // given a string whose content ends in plain text after an escape
    PyTree t = copy("s = 'abc\\ndef'\n");
    // when its content is read
    String content = t.text(first(t, "string_content"));
    // then it is the whole content, not up to the escape
    assertThat(content).isEqualTo("abc\\ndef");
  }

  @Test
  void aFormatSpecifierKeepsItsTextAfterANestedField() {
    // given a format spec with literal text after a nested replacement field
    PyTree t = copy("s = f'{v:{w}>10}'\n");
    // when the spec is read
    String spec = t.text(first(t, "format_specifier"));
    // then it runs to the closing brace
    assertThat(spec).isEqualTo(":{w}>10");
  }

  @Test
  void aFloatFollowedByAnAttributeEndsAtTheNumber() {
    // given a float literal whose attribute is read
    PyTree t = copy("x = 1.5e10.real\n");
    // when the number is read
    String number = t.text(first(t, "float"));
    // then the attribute is not part of it
    assertThat(number).isEqualTo("1.5e10");
  }

  @Test
  void anIntegerRunningIntoAKeywordEndsAtItsDigits() {
    // given Python's `1if` (a number directly followed by a keyword)
    PyTree t = copy("x = 1if y else 2\n");
    // when the first number is read
    String number = t.text(first(t, "integer"));
    // then it is the digit only
    assertThat(number).isEqualTo("1");
  }

  @Test
  void aCommentKeepsTheCarriageReturnOfACrlfLine() {
    // given a comment on a CRLF line
    PyTree t = copy("# note\r\nx = 1\r\n");
    // when the comment's end is read
    int comment = first(t, "comment");
    // then it ends before the line feed only, as tree-sitter's comment token does
    assertThat(t.endByte(comment)).isEqualTo(7);
  }

  @Test
  void theModuleEndsAfterItsFinalNewline() {
    // given a module with a trailing newline
    PyTree t = copy("x = 1\n");
    // when the root's end is read
    int end = t.endByte(t.root());
    // then it covers the whole source
    assertThat(end).isEqualTo(6);
  }

  @Test
  void aNonAsciiIdentifierEndsWhereTreeSitterEndsIt() {
    // given an identifier followed by a no-break space (whitespace, not part of the name)
    PyTree t = copy("x = caf\u00e9\u00a0+ b\n");
    // when the left operand of `+` is read
    int name = t.child(t.child(first(t, "assignment"), "right"), "left");
    // then the space is not part of it
    assertThat(t.text(name)).isEqualTo("caf\u00e9");
  }
}
