package dev.bulwark.server.mcp;

/**
 * A tool call that cannot be done as asked; its message goes back to the client as a tool error.
 */
final class ToolException extends Exception {
  private static final long serialVersionUID = 1L;

  ToolException(String message) {
    super(message);
  }
}
