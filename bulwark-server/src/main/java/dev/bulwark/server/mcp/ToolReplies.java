package dev.bulwark.server.mcp;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds tool answers and reads tool arguments. */
final class ToolReplies {
  private ToolReplies() {}

  static CallToolResult ok(String text, Object structured) {
    return CallToolResult.builder()
        .addTextContent(text)
        .structuredContent(structured)
        .isError(false)
        .build();
  }

  static CallToolResult error(String message) {
    return CallToolResult.builder().addTextContent(message).isError(true).build();
  }

  static Optional<String> string(Map<String, Object> args, String name) {
    Object value = args == null ? null : args.get(name);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  static String required(Map<String, Object> args, String name) throws ToolException {
    return string(args, name)
        .orElseThrow(() -> new ToolException("missing required argument '" + name + "'"));
  }

  static List<String> strings(Map<String, Object> args, String name) throws ToolException {
    Object value = args == null ? null : args.get(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw new ToolException("argument '" + name + "' must be an array of strings");
    }
    return list.stream().map(String::valueOf).toList();
  }
}
