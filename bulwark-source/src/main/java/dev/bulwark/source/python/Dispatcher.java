package dev.bulwark.source.python;

import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.source.python.tree.PyTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The visitor table: node type to the rules that registered for it. The tree's arrays are in
 * preorder, so one loop over them is the single walk every rule shares.
 */
final class Dispatcher {
  private final List<PythonRule> rules;
  private final Map<String, NodeVisitor[]> byType = new HashMap<>();

  Dispatcher(List<PythonRule> rules, List<NodeVisitor> others) {
    this.rules = List.copyOf(rules);
    Map<String, List<NodeVisitor>> lists = new HashMap<>();
    List<NodeVisitor> all = new ArrayList<>(rules);
    all.addAll(others);
    for (NodeVisitor r : all) {
      for (String type : r.nodeTypes()) {
        lists.computeIfAbsent(type, t -> new ArrayList<>()).add(r);
      }
    }
    lists.forEach((type, list) -> byType.put(type, list.toArray(new NodeVisitor[0])));
  }

  List<PythonRule> rules() {
    return rules;
  }

  void run(FileScope scope, ScanContext context) {
    PyTree tree = scope.tree();
    Map<Integer, NodeVisitor[]> bySymbol = new HashMap<>();
    NodeVisitor[] none = new NodeVisitor[0];
    for (int n = 0; n < tree.size(); n++) {
      NodeVisitor[] targets = bySymbol.get(tree.symbol(n));
      if (targets == null) {
        targets = byType.getOrDefault(tree.type(n), none);
        bySymbol.put(tree.symbol(n), targets);
      }
      for (NodeVisitor rule : targets) {
        try {
          rule.visit(n, scope);
        } catch (RuntimeException | StackOverflowError e) {
          context.error(ScanError.of(scope.module().file() + " (" + name(rule) + ")", e));
        }
      }
    }
  }

  private static String name(NodeVisitor visitor) {
    return visitor instanceof PythonRule r ? r.meta().id() : visitor.getClass().getSimpleName();
  }
}
