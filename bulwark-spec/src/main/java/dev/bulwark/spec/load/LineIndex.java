package dev.bulwark.spec.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Maps JSON pointers back to 1-based lines of the original text. The readers record, for every
 * object member and array element, the line it starts on; the parser used for the OpenAPI model
 * drops positions, so findings look their lines up here.
 */
public final class LineIndex {
  private final IdentityHashMap<JsonNode, Map<String, Integer>> memberLines;
  private final IdentityHashMap<JsonNode, int[]> elementLines;

  LineIndex(
      IdentityHashMap<JsonNode, Map<String, Integer>> memberLines,
      IdentityHashMap<JsonNode, int[]> elementLines) {
    this.memberLines = memberLines;
    this.elementLines = elementLines;
  }

  /**
   * The line of the value at {@code pointer} under {@code root}, or of its deepest existing
   * ancestor when the pointer goes further than the text (1 when nothing matches).
   */
  public int lineOf(JsonNode root, String pointer) {
    int line = 1;
    JsonNode node = root;
    for (String segment : JsonPointers.segments(pointer)) {
      if (node == null) {
        break;
      }
      if (node.isObject()) {
        Map<String, Integer> lines = memberLines.get(node);
        Integer at = lines == null ? null : lines.get(segment);
        if (at == null) {
          break;
        }
        line = at;
        node = node.get(segment);
      } else if (node.isArray()) {
        int index = JsonPointers.index(segment);
        int[] lines = elementLines.get(node);
        if (lines == null || index < 0 || index >= lines.length) {
          break;
        }
        line = lines[index];
        node = node.get(index);
      } else {
        break;
      }
    }
    return line;
  }
}
