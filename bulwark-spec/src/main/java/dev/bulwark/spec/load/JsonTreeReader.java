package dev.bulwark.spec.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/** Reads JSON text into a tree while recording the line of every member and element. */
final class JsonTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final IdentityHashMap<JsonNode, int[]> lines = new IdentityHashMap<>();

  static SourceTree read(String text, int maxDepth) throws IOException {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(maxDepth)
                    .maxStringLength(Integer.MAX_VALUE / 2)
                    .build())
            .build();
    JsonTreeReader reader = new JsonTreeReader();
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new IOException("the document is empty");
      }
      JsonNode root = reader.value(parser, first);
      if (parser.nextToken() != null) {
        throw new IOException("unexpected content after the end of the JSON document");
      }
      return new SourceTree(root, new LineIndex(reader.lines), false);
    }
  }

  private JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      // Node types as Jackson's own tree reader makes them: swagger-parser reads ints as IntNode.
      case VALUE_NUMBER_INT ->
          switch (parser.getNumberType()) {
            case INT -> NODES.numberNode(parser.getIntValue());
            case LONG -> NODES.numberNode(parser.getLongValue());
            default -> NODES.numberNode(parser.getBigIntegerValue());
          };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IOException("unexpected JSON token " + token);
    };
  }

  private ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode node = NODES.objectNode();
    List<Integer> memberLines = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      int line = parser.currentTokenLocation().getLineNr();
      JsonNode child = value(parser, parser.nextToken());
      // A repeated name keeps its first position in field order (and its last value).
      if (node.replace(name, child) == null) {
        memberLines.add(line);
      } else {
        memberLines.set(fieldIndex(node, name), line);
      }
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IOException("unterminated JSON object");
    }
    lines.put(node, toArray(memberLines));
    return node;
  }

  private ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode node = NODES.arrayNode();
    List<Integer> elementLines = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        throw new IOException("unterminated JSON array");
      }
      elementLines.add(parser.currentTokenLocation().getLineNr());
      node.add(value(parser, token));
    }
    lines.put(node, toArray(elementLines));
    return node;
  }

  private static int[] toArray(List<Integer> values) {
    int[] out = new int[values.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = values.get(i);
    }
    return out;
  }

  static int fieldIndex(JsonNode object, String name) {
    int i = 0;
    for (var names = object.fieldNames(); names.hasNext(); i++) {
      if (names.next().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
