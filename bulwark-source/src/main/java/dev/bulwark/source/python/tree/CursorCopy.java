package dev.bulwark.source.python.tree;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.Optional;
import org.treesitter.TSNode;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;

/**
 * Copies a tree-sitter tree into a {@link PyTree} in one {@code TSTreeCursor} pass through the Java
 * binding: the path used wherever the native export ({@link NativeExport}) is unavailable. JNI
 * calls dominate its cost, so the pass makes as few as it can: start offsets come from the node's
 * own fields, and end offsets are derived where that is exact (anonymous tokens are as long as
 * their text, most inner nodes end with their last child, some named leaves are scanned) and asked
 * for elsewhere. In a tree with syntax errors every end is asked: error recovery leaves zero-width
 * and skipped tokens that no derivation can see.
 */
final class CursorCopy {
  private static final Optional<VarHandle> START_BYTE = startByteHandle();

  private CursorCopy() {}

  static PyTree read(TSTree tree, byte[] source) {
    TSNode rootNode = tree.getRootNode();
    boolean errors = rootNode.hasError();
    PyTree.Builder b = new PyTree.Builder();
    copy(rootNode, b, source, errors);
    // The module goes on after its last statement (the final newline is a hidden token).
    b.end[0] = rootNode.getEndByte();
    return new PyTree(source, Grammar.python(), b, errors);
  }

  private static void copy(TSNode rootNode, PyTree.Builder b, byte[] source, boolean exact) {
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
            stack = Arrays.copyOf(stack, depth * 2);
            lastChild = Arrays.copyOf(lastChild, depth * 2);
          }
          ts = cursor.currentNode();
          current = add(b, ts, cursor, stack[depth - 1], exact);
          b.firstChild[stack[depth - 1]] = current;
          lastChild[depth - 1] = current;
          stack[depth] = current;
          lastChild[depth] = -1;
          continue;
        }
        if (!exact) {
          finishLeaf(ts, b, current, g, source);
        }
        while (true) {
          if (depth == 0) {
            return;
          }
          if (cursor.gotoNextSibling()) {
            int prev = lastChild[depth - 1];
            ts = cursor.currentNode();
            current = add(b, ts, cursor, stack[depth - 1], exact);
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
          if (exact) {
            continue;
          }
          if (g.trailingHidden(b.symbol[node])) {
            b.end[node] = cursor.currentNode().getEndByte();
          } else {
            b.end[node] = last >= 0 ? Math.max(b.end[last], b.start[node]) : b.start[node];
          }
        }
      }
    }
  }

  private static int add(
      PyTree.Builder b, TSNode ts, TSTreeCursor cursor, int parent, boolean exact) {
    int node = b.add(ts.getSymbol(), cursor.currentFieldId(), parent, startOf(ts));
    if (exact) {
      b.end[node] = ts.getEndByte();
    }
    return node;
  }

  private static void finishLeaf(TSNode ts, PyTree.Builder b, int node, Grammar g, byte[] src) {
    int sym = b.symbol[node];
    if (g.named(sym)) {
      int end = LeafEnds.scan(g.leafKind(sym), src, b.start[node]);
      b.end[node] = end >= 0 ? end : ts.getEndByte();
    } else {
      b.end[node] = Math.min(src.length, b.start[node] + g.name(sym).length());
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
