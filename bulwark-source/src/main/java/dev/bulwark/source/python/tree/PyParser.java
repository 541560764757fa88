package dev.bulwark.source.python.tree;

import org.treesitter.TSInputEncoding;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * Parses Python source with tree-sitter and reads the tree into a {@link PyTree} ({@link
 * CursorCopy}).
 */
public final class PyParser {
  private static final ThreadLocal<TSParser> PARSERS =
      ThreadLocal.withInitial(
          () -> {
            TSParser parser = new TSParser();
            parser.setLanguage(Grammar.python().language());
            return parser;
          });
  private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[65536]);

  private PyParser() {}

  /** Parses {@code source} (UTF-8 bytes; invalid bytes become error nodes, never an exception). */
  public static PyTree parse(byte[] source) {
    TSParser parser = PARSERS.get();
    TSTree tree =
        parser.parse(
            BUFFERS.get(),
            null,
            (buffer, offset, point) -> {
              int n = Math.max(0, Math.min(buffer.length, source.length - offset));
              System.arraycopy(source, offset, buffer, 0, n);
              return n;
            },
            TSInputEncoding.TSInputEncodingUTF8);
    if (tree == null) {
      parser.reset();
      throw new IllegalStateException("tree-sitter returned no tree");
    }
    try (tree) {
      return CursorCopy.read(tree, source);
    }
  }
}
