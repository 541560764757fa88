package dev.bulwark.source.python.tree;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Optional;
import org.treesitter.TSTree;

/**
 * Reads a tree-sitter tree into a {@link PyTree} with one call into our own small JNI library
 * ({@code src/main/c/tsexport.c}), which walks the tree with tree-sitter's C cursor and fills the
 * tree's int arrays directly. The binding's per-node JNI marshalling (a field-id lookup per field
 * of every node) cost more than parsing; this path makes three native calls per file. Used only
 * after {@link TreeReaders} loaded the library and checked it against {@link CursorCopy}.
 */
final class NativeExport {
  private static final Optional<VarHandle> TREE_POINTER = treePointerHandle();

  private NativeExport() {}

  /** True when the binding's tree object exposes its native pointer as this version expects. */
  static boolean treePointerReadable() {
    return TREE_POINTER.isPresent();
  }

  /** The tree's arrays, or empty when the native side refused (the caller copies instead). */
  static Optional<PyTree> read(TSTree tree, byte[] source) {
    if (TREE_POINTER.isEmpty()) {
      return Optional.empty();
    }
    long pointer = (long) TREE_POINTER.get().get(tree);
    if (pointer == 0) {
      return Optional.empty();
    }
    PyTree.Builder b = new PyTree.Builder(Math.max(1, nodeCount(pointer)));
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

  /** The binding keeps the native {@code TSTree *} in a private field. */
  private static Optional<VarHandle> treePointerHandle() {
    try {
      return Optional.of(
          MethodHandles.privateLookupIn(TSTree.class, MethodHandles.lookup())
              .findVarHandle(TSTree.class, "ptr", long.class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
