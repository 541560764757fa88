package dev.bulwark.source.python.tree;

import java.util.Optional;
import java.util.function.Function;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSParser;
import org.treesitter.TSTree;

/**
 * Parses Python source with tree-sitter and reads the tree into a {@link PyTree}: through the
 * native bulk export when it is available and passed its self-check, else through the binding's
 * cursor. Both give the same tree.
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

  /** How a parsed tree is read into Java. */
  enum Reader {
    /** One call into our JNI library per file ({@link NativeExport}). */
    NATIVE_EXPORT,
    /** One binding call (or a few) per node ({@link CursorCopy}). */
    CURSOR_COPY
  }

  private PyParser() {}

  /** Parses {@code source} (UTF-8 bytes; invalid bytes become error nodes, never an exception). */
  public static PyTree parse(byte[] source) {
    return parse(source, TreeReaders.nativeExport() ? Reader.NATIVE_EXPORT : Reader.CURSOR_COPY);
  }

  /** Which reader {@link #parse(byte[])} uses, and why (for benchmarks and diagnostics). */
  public static String readerDescription() {
    return TreeReaders.description();
  }

  static PyTree parse(byte[] source, Reader reader) {
    return withTree(
        source,
        tree -> {
          if (reader == Reader.NATIVE_EXPORT) {
            Optional<PyTree> exported = NativeExport.read(tree, source);
            if (exported.isPresent()) {
              return exported.get();
            }
          }
          return CursorCopy.read(tree, source);
        });
  }

  /** Parses {@code source} and hands the tree to {@code use}; the tree is freed afterwards. */
  static <T> T withTree(byte[] source, Function<TSTree, T> use) {
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
      return use.apply(tree);
    }
  }
}
