package dev.bulwark.spec.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A document as written: its tree and the line of every value in it.
 *
 * @param yaml true when the text was YAML (else JSON)
 */
public record SourceTree(JsonNode root, LineIndex lines, boolean yaml) {
  public SourceTree {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(lines, "lines");
  }

  public int lineOf(String pointer) {
    return lines.lineOf(root, pointer);
  }

  /** The value at {@code pointer}, or a missing node. */
  public JsonNode at(String pointer) {
    return root.at(pointer);
  }

  /** The pointer itself when it exists in the text, else its deepest ancestor that does. */
  public String deepestExisting(String pointer) {
    for (String candidate : JsonPointers.selfAndAncestors(pointer)) {
      if (!root.at(candidate).isMissingNode()) {
        return candidate;
      }
    }
    return "";
  }
}
