package dev.bulwark.source.python.tree;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Optional;
import org.treesitter.TSInputEncoding;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * Parses Python source with tree-sitter and copies the tree into a {@link PyTree} in one cursor
 * pass. JNI calls dominate the cost, so the pass makes as few as it can: start offsets come from
 * the node's own fields, and the end offset is asked for only where it cannot be derived (named
 * leaves; anonymous tokens are as long as their text, inner nodes end with their last child).
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
  private static final Optional<VarHandle> START_BYTE = startByteHandle();

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
      TSNode rootNode = tree.getRootNode();
      boolean errors = rootNode.hasError();
      PyTree.Builder b = new PyTree.Builder();
      copy(rootNode, b, source);
      return new PyTree(source, Grammar.python(), b, errors);
    }
  }

  private static void copy(TSNode rootNode, PyTree.Builder b, byte[] source) {
    int length = source.length;
    Grammar g = Grammar.python();
    int[] stack = new int[64];
    int[] lastChild = new int[64];
    int depth = 0;
    try (TSTreeCursor cursor = new TSTreeCursor(rootNode)) {
      TSNode ts = rootNode;
      int current = b.add(rootNode.getSymbol(), 0, -1, startOf(rootNode));
      stack[0] = current;
      lastChild[0] = -1;
      while (true) {
        if (cursor.gotoFirstChild()) {
          depth++;
          if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
            lastChild = java.util.Arrays.copyOf(lastChild, depth * 2);
          }
          ts = cursor.currentNode();
          current = b.add(ts.getSymbol(), cursor.currentFieldId(), stack[depth - 1], startOf(ts));
          b.firstChild[stack[depth - 1]] = current;
          lastChild[depth - 1] = current;
          stack[depth] = current;
          lastChild[depth] = -1;
          continue;
        }
        finishLeaf(ts, b, current, g, length, source);
        while (true) {
          if (depth == 0) {
            return;
          }
          if (cursor.gotoNextSibling()) {
            int prev = lastChild[depth - 1];
            ts = cursor.currentNode();
            current = b.add(ts.getSymbol(), cursor.currentFieldId(), stack[depth - 1], startOf(ts));
            b.nextSibling[prev] = current;
            lastChild[depth - 1] = current;
            stack[depth] = current;
            lastChild[depth] = -1;
            break;
          }
          cursor.gotoParent();
          depth--;
          int node = stack[depth];
          int last = lastChild[depth];
          b.end[node] = last >= 0 ? Math.max(b.end[last], b.start[node]) : b.start[node];
        }
      }
    }
  }

  private static void finishLeaf(
      TSNode ts, PyTree.Builder b, int node, Grammar g, int length, byte[] src) {
    int sym = b.symbol[node];
    if (g.named(sym)) {
      int end = LeafEnds.scan(g.leafKind(sym), src, b.start[node]);
      b.end[node] = end >= 0 ? end : ts.getEndByte();
    } else {
      b.end[node] = Math.min(length, b.start[node] + g.name(sym).length());
    }
  }

  private static int startOf(TSNode node) {
    if (START_BYTE.isPresent()) {
      return (int) START_BYTE.get().get(node);
    }
    return node.getStartByte();
  }

  /** The binding keeps tree-sitter's node context (start byte first) in a private field. */
  private static Optional<VarHandle> startByteHandle() {
    try {
      return Optional.of(
          MethodHandles.privateLookupIn(TSNode.class, MethodHandles.lookup())
              .findVarHandle(TSNode.class, "context0", int.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
