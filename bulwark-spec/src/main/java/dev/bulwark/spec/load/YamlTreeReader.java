package dev.bulwark.spec.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bulwark.spec.SpecOptions;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads YAML text into a tree while recording lines, with limits against hostile documents: a
 * code-point limit sized to the document cap, a nesting limit, a limit on aliases, a budget for
 * what aliases may expand to (an alias bomb stays under any alias count if each alias doubles the
 * tree), and a refusal of recursive aliases.
 */
final class YamlTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> TRUE = Set.of("true", "yes", "on", "y");

  private final IdentityHashMap<JsonNode, int[]> lines = new IdentityHashMap<>();
  private final IdentityHashMap<Node, Boolean> converted = new IdentityHashMap<>();
  private final IdentityHashMap<Node, Boolean> inProgress = new IdentityHashMap<>();
  private final int maxExpansion;
  private int expanded;
  private int aliasDepth;

  private YamlTreeReader(int maxExpansion) {
    this.maxExpansion = maxExpansion;
  }

  static SourceTree read(String text, SpecOptions options) throws IOException {
    LoaderOptions loader = new LoaderOptions();
    loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxBytes()));
    loader.setNestingDepthLimit(options.maxNestingDepth());
    loader.setMaxAliasesForCollections(options.maxYamlAliases());
    loader.setAllowRecursiveKeys(false);
    loader.setAllowDuplicateKeys(true);
    DumperOptions dumper = new DumperOptions();
    Yaml yaml = new Yaml(new SafeConstructor(loader), new Representer(dumper), dumper, loader);
    Node root;
    try {
      root = yaml.compose(new StringReader(text));
    } catch (MarkedYAMLException e) {
      String where =
          e.getProblemMark() == null ? "" : " at line " + (e.getProblemMark().getLine() + 1);
      throw new IOException(firstLine(e.getProblem()) + where, e);
    } catch (RuntimeException e) {
      throw new IOException(firstLine(e.getMessage()), e);
    }
    if (root == null) {
      throw new IOException("the document is empty");
    }
    YamlTreeReader reader = new YamlTreeReader(options.maxAliasExpansion());
    JsonNode tree = reader.convert(root);
    return new SourceTree(tree, new LineIndex(reader.lines), true);
  }

  private JsonNode convert(Node node) throws IOException {
    if (inProgress.containsKey(node)) {
      throw new IOException("recursive YAML alias at line " + line(node));
    }
    boolean alias = converted.put(node, Boolean.TRUE) != null;
    if (alias) {
      aliasDepth++;
    }
    if (aliasDepth > 0 && ++expanded > maxExpansion) {
      throw new IOException(
          "YAML aliases expand to more than " + maxExpansion + " values (an alias bomb?)");
    }
    inProgress.put(node, Boolean.TRUE);
    try {
      if (node instanceof MappingNode mapping) {
        return mapping(mapping);
      }
      if (node instanceof SequenceNode sequence) {
        return sequence(sequence);
      }
      return scalar((ScalarNode) node);
    } finally {
      inProgress.remove(node);
      if (alias) {
        aliasDepth--;
      }
    }
  }

  private ObjectNode mapping(MappingNode mapping) throws IOException {
    ObjectNode out = NODES.objectNode();
    Map<String, Integer> memberLines = new LinkedHashMap<>();
    List<Node> merges = new ArrayList<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (Tag.MERGE.equals(key.getTag())) {
        merges.add(tuple.getValueNode());
        continue;
      }
      if (!(key instanceof ScalarNode scalarKey)) {
        throw new IOException("non-scalar YAML mapping key at line " + line(key));
      }
      String name = scalarKey.getValue();
      out.set(name, convert(tuple.getValueNode()));
      memberLines.putIfAbsent(name, line(key));
    }
    for (Node merge : merges) {
      List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
      for (Node source : sources) {
        JsonNode merged = convert(source);
        int[] mergedLines = lines.get(merged);
        int i = 0;
        for (Map.Entry<String, JsonNode> field : iterable(merged)) {
          if (!out.has(field.getKey())) {
            out.set(field.getKey(), field.getValue());
            int at = mergedLines != null && i < mergedLines.length ? mergedLines[i] : line(source);
            memberLines.put(field.getKey(), at);
          }
          i++;
        }
      }
    }
    // Field order of the object is the order of first insertion, as is this map's.
    int[] ordered = new int[memberLines.size()];
    int i = 0;
    for (int at : memberLines.values()) {
      ordered[i++] = at;
    }
    lines.put(out, ordered);
    return out;
  }

  private ArrayNode sequence(SequenceNode sequence) throws IOException {
    ArrayNode out = NODES.arrayNode();
    List<Node> items = sequence.getValue();
    int[] elementLines = new int[items.size()];
    for (int i = 0; i < items.size(); i++) {
      elementLines[i] = line(items.get(i));
      out.add(convert(items.get(i)));
    }
    lines.put(out, elementLines);
    return out;
  }

  private static JsonNode scalar(ScalarNode scalar) {
    String value = scalar.getValue();
    Tag tag = scalar.getTag();
    if (Tag.NULL.equals(tag)) {
      return NODES.nullNode();
    }
    if (Tag.BOOL.equals(tag)) {
      return NODES.booleanNode(TRUE.contains(value.toLowerCase(Locale.ROOT)));
    }
    if (Tag.INT.equals(tag)) {
      try {
        BigInteger number = new BigInteger(value.replace("_", ""));
        return number.bitLength() < 32
            ? NODES.numberNode(number.intValue())
            : number.bitLength() < 64
                ? NODES.numberNode(number.longValue())
                : NODES.numberNode(number);
      } catch (NumberFormatException e) {
        return NODES.textNode(value);
      }
    }
    if (Tag.FLOAT.equals(tag)) {
      try {
        return NODES.numberNode(Double.parseDouble(value.replace("_", "")));
      } catch (NumberFormatException e) {
        return NODES.textNode(value);
      }
    }
    return NODES.textNode(value);
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    out.addAll(node.properties());
    return out;
  }

  private static int line(Node node) {
    return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid YAML";
    }
    return message.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
  }
}
