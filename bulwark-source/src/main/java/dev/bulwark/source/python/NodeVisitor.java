package dev.bulwark.source.python;

import java.util.Set;

/** Something the single walk of a tree hands nodes to, by node type. */
public interface NodeVisitor {
  /** The tree-sitter node types to see, e.g. {@code call}, {@code assignment}. */
  Set<String> nodeTypes();

  void visit(int node, FileScope scope);
}
