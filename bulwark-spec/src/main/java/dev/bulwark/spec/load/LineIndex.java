package dev.bulwark.spec.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Maps JSON pointers back to 1-based lines of the original text. The readers record, for every
 * object member and array element, the line it starts on; the parser used for the OpenAPI model
 * drops positions, so findings look their lines up here.
 */
public final class LineIndex {
  // Per container: the line of each member (in field order) or element. Objects are small, so a
  // lookup scans the field names instead of keeping a map per object.
  private final IdentityHashMap<JsonNode, int[]> lines;

  // Large objects (paths, schemas) are looked up often: their field positions are indexed on first
  // use.
  private static final int SCAN_LIMIT = 16;
  private final Map<JsonNode, Map<String, Integer>> largeObjects =
      Collections.synchronizedMap(new IdentityHashMap<>());

  LineIndex(IdentityHashMap<JsonNode, int[]> lines) {
    this.lines = lines;
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
      int[] known = lines.get(node);
      int index = node.isObject() ? fieldIndex(node, segment) : JsonPointers.index(segment);
      if (known == null || index < 0 || index >= known.length) {
        break;
      }
      if (node.isObject() || node.isArray()) {
        line = known[index];
        node = node.isObject() ? node.get(segment) : node.get(index);
      } else {
        break;
      }
    }
    return line;
  }

  private static Map<String, Integer> positions(JsonNode object) {
    Map<String, Integer> out = new HashMap<>();
    int i = 0;
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); i++) {
      out.put(names.next(), i);
    }
    return out;
  }

  private int fieldIndex(JsonNode object, String name) {
    if (object.size() > SCAN_LIMIT) {
      Map<String, Integer> positions = largeObjects.computeIfAbsent(object, LineIndex::positions);
      return positions.getOrDefault(name, -1);
    }
    int i = 0;
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); i++) {
      if (names.next().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
