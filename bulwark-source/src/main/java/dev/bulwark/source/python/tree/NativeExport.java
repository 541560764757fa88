package dev.bulwark.source.python.tree;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Optional;
import org.treesitter.TSNode;
import org.treesitter.TSTree;

/**
 * Reads a tree-sitter tree into a {@link PyTree} with one call into our own small JNI library
 * ({@code src/main/c/tsexport.c}), which walks the tree with tree-sitter's C cursor and fills the
 * tree's int arrays directly. The binding's per-node JNI marshalling (a field-id lookup per field
 * of every node) cost more than parsing; this path makes three native calls per file. Used only
 * after {@link TreeReaders} loaded the library and checked it against {@link CursorCopy}.
 */
final class NativeExport {
  private static final Optional<VarHandle> TREE_POINTER = handle(TSTree.class, "ptr", long.class);
  private static final Optional<VarHandle> NODE_TREE_POINTER =
      handle(TSNode.class, "treePtr", long.class);

  private NativeExport() {}

  /**
   * True when the pointer this class reads from the binding's tree object is the one the binding's
   * own root node carries (checked before the native side ever dereferences it).
   */
  static boolean pointerConsistent(TSTree tree) {
    if (TREE_POINTER.isEmpty() || NODE_TREE_POINTER.isEmpty()) {
      return false;
    }
    long pointer = (long) TREE_POINTER.get().get(tree);
    return pointer != 0 && pointer == (long) NODE_TREE_POINTER.get().get(tree.getRootNode());
  }

  /** The tree's arrays, or empty when the native side refused (the caller copies instead). */
  static Optional<PyTree> read(TSTree tree, byte[] source) {
    if (TREE_POINTER.isEmpty()) {
      return Optional.empty();
    }
    long pointer = (long) TREE_POINTER.get().get(tree);
    return pointer == 0 ? Optional.empty() : read(pointer, source, nodeCount(pointer));
  }

  /**
   * Reads into arrays of {@code capacity} first; when the tree is larger, the native side says how
   * large and the read is done again (tests pass a small capacity to take that path).
   */
  static Optional<PyTree> read(TSTree tree, byte[] source, int capacity) {
    return read((long) TREE_POINTER.orElseThrow().get(tree), source, capacity);
  }

  private static Optional<PyTree> read(long pointer, byte[] source, int capacity) {
    PyTree.Builder b = new PyTree.Builder(Math.max(1, capacity));
    int n = export(pointer, b);
    if (n > b.capacity()) {
      b = new PyTree.Builder(n);
      n = export(pointer, b);
    }
    if (n <= 0 || n > b.capacity()) {
      return Optional.empty();
    }
    b.size = n;
    return Optional.of(new PyTree(source, Grammar.python(), b, hasError(pointer)));
  }

  private static int export(long pointer, PyTree.Builder b) {
    return export(
        pointer, b.symbol, b.field, b.parent, b.firstChild, b.nextSibling, b.start, b.end);
  }

  /** Resolves the tree-sitter functions in the loaded binding; 0 when all were found. */
  static native int init();

  /** The number of nodes a cursor visits in the tree, or -1. */
  private static native int nodeCount(long tree);

  private static native boolean hasError(long tree);

  /**
   * Fills the arrays (all of one length) in preorder and returns the node count; a count above the
   * arrays' length means nothing past their end was written, and a negative count a failure.
   */
  private static native int export(
      long tree,
      int[] symbol,
      int[] field,
      int[] parent,
      int[] firstChild,
      int[] nextSibling,
      int[] start,
      int[] end);

  /** The binding keeps the native pointers in private fields. */
  private static Optional<VarHandle> handle(Class<?> owner, String field, Class<?> type) {
    try {
      return Optional.of(
          MethodHandles.privateLookupIn(owner, MethodHandles.lookup())
              .findVarHandle(owner, field, type));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
