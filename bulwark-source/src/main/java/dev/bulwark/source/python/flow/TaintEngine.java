package dev.bulwark.source.python.flow;

import dev.bulwark.core.FlowStep;
import dev.bulwark.source.python.PyModule;
import dev.bulwark.source.python.tree.PyTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Key-flow tracking within one module: walks the tree once in source order, binding variables to
 * the taint of what is assigned to them, and answers "does this expression carry a key?" for the
 * rules afterwards. Functions are summarised (a key they return, parameters that reach their
 * return) for the other modules; calls into the project's functions use those summaries.
 */
public final class TaintEngine {
  private static final int MAX_DEPTH = 200;

  /** A call that passes a key into parameter {@code param} of a project function. */
  public record CallEvent(String callee, int param, Taint taint, FlowStep at) {}

  private final PyModule module;
  private final PyTree tree;
  private final Summaries known;
  private final Optional<Summaries> export;
  private final KeySources sources;
  private final Map<Integer, Taint> reads = new HashMap<>();
  private final Evaluator evaluator;
  private final Deque<Map<String, Taint>> scopes = new ArrayDeque<>();
  private final Map<String, Taint> globals = new HashMap<>();
  private final List<CallEvent> calls = new ArrayList<>();
  private final Map<Integer, Integer> methodOffset = new HashMap<>();
  private String className = "";
  private Optional<Taint> returned = Optional.empty();
  private Set<Integer> paramsReturned = new HashSet<>();
  private boolean inFunction;

  public TaintEngine(PyModule module, Summaries known, Optional<Summaries> export) {
    this.module = module;
    this.tree = module.tree();
    this.known = known;
    this.export = export;
    this.sources = new KeySources(module);
    this.evaluator = new Evaluator(module, known, sources, reads);
    scopes.push(globals);
  }

  /** Walks the module once; call before asking {@link #taintOf}. */
  public TaintEngine run() {
    walk(tree.root(), 0);
    return this;
  }

  public List<CallEvent> callEvents() {
    return List.copyOf(calls);
  }

  /** The taint an expression carries, if any; sanitizers (len, hashes, checks) carry none. */
  public Optional<Taint> taintOf(int node) {
    return eval(node, 0);
  }

  /** The step a rule adds at a sink. */
  public FlowStep step(int node, String note) {
    return sources.step(node, note);
  }

  /** The qualified name of the function around {@code node} ({@code module.Class.f}), if any. */
  public Optional<String> enclosingFunction(int node) {
    int fn = tree.ancestor(node, "function_definition");
    return fn < 0 ? Optional.empty() : Optional.of(functionName(fn));
  }

  private String functionName(int fn) {
    int cls = tree.ancestor(fn, "class_definition");
    String name = tree.text(tree.child(fn, "name"));
    return cls < 0
        ? module.name() + "." + name
        : module.name() + "." + tree.text(tree.child(cls, "name")) + "." + name;
  }

  private void walk(int n, int depth) {
    if (n < 0 || depth > MAX_DEPTH) {
      return;
    }
    switch (tree.type(n)) {
      case "function_definition" -> function(n, depth);
      case "class_definition" -> classBody(n, depth);
      case "assignment" -> assignment(n, depth, false);
      case "augmented_assignment" -> assignment(n, depth, true);
      case "named_expression" -> {
        walk(tree.child(n, "value"), depth + 1);
        bind(tree.child(n, "name"), eval(tree.child(n, "value"), 0), n);
      }
      case "for_statement", "for_in_clause" -> {
        walk(tree.child(n, "right"), depth + 1);
        bind(tree.child(n, "left"), eval(tree.child(n, "right"), 0), n);
        for (int c = tree.firstNamed(n); c >= 0; c = tree.nextNamed(c)) {
          if (c != tree.child(n, "right") && c != tree.child(n, "left")) {
            walk(c, depth + 1);
          }
        }
      }
      case "as_pattern" -> {
        int value = tree.firstNamed(n);
        walk(value, depth + 1);
        int alias = tree.child(n, "alias");
        if (alias >= 0) {
          bind(tree.firstNamed(alias) >= 0 ? tree.firstNamed(alias) : alias, eval(value, 0), n);
        }
      }
      case "identifier" -> lookup(tree.text(n)).ifPresent(t -> reads.put(n, t));
      case "attribute" -> {
        lookup(tree.text(n)).ifPresent(t -> reads.put(n, t));
        walk(tree.child(n, "object"), depth + 1);
      }
      case "return_statement" -> {
        walkChildren(n, depth);
        int value = tree.firstNamed(n);
        if (value >= 0 && inFunction) {
          eval(value, 0).ifPresent(this::noteReturn);
        }
      }
      case "call" -> {
        walkChildren(n, depth);
        noteCall(n);
      }
      default -> walkChildren(n, depth);
    }
  }

  private void walkChildren(int n, int depth) {
    for (int c = tree.firstNamed(n); c >= 0; c = tree.nextNamed(c)) {
      walk(c, depth + 1);
    }
  }

  private void assignment(int n, int depth, boolean augmented) {
    int right = tree.child(n, "right");
    walk(right, depth + 1);
    int left = tree.child(n, "left");
    if (right < 0) {
      return;
    }
    Optional<Taint> value = eval(right, 0);
    if (augmented && value.isEmpty()) {
      return;
    }
    bind(left, value, n);
  }

  private void bind(int target, Optional<Taint> value, int at) {
    if (target < 0) {
      return;
    }
    switch (tree.type(target)) {
      case "identifier", "attribute" -> {
        String name = tree.text(target);
        Map<String, Taint> scope = scopes.peek();
        if (value.isEmpty()) {
          scope.remove(name);
          return;
        }
        Taint t = value.get().then(step(at, "assigned to " + name));
        scope.put(name, t);
        if (!inFunction && t.isKey()) {
          String prefix = className.isEmpty() ? "" : className + ".";
          export.ifPresent(s -> s.putGlobal(module.name() + "." + prefix + name, t));
          if (!className.isEmpty()) {
            globals.put(className + "." + name, t);
          }
        }
      }
      case "subscript" -> {
        int container = tree.child(target, "value");
        if (value.isPresent() && container >= 0) {
          scopes
              .peek()
              .put(tree.text(container), value.get().then(step(at, "stored in a container")));
        }
      }
      case "pattern_list", "tuple_pattern", "list_pattern", "tuple", "list" -> {
        for (int c = tree.firstNamed(target); c >= 0; c = tree.nextNamed(c)) {
          bind(c, value, at);
        }
      }
      default -> {}
    }
  }

  private void function(int fn, int depth) {
    boolean outer = inFunction;
    Optional<Taint> outerReturned = returned;
    Set<Integer> outerParams = paramsReturned;
    inFunction = true;
    returned = Optional.empty();
    paramsReturned = new HashSet<>();
    Map<String, Taint> scope = new HashMap<>();
    int params = tree.child(fn, "parameters");
    int index = 0;
    int offset = 0;
    for (int p = params < 0 ? -1 : tree.firstNamed(params); p >= 0; p = tree.nextNamed(p)) {
      String name = paramName(p);
      if (index == 0 && (name.equals("self") || name.equals("cls"))) {
        offset = 1;
      }
      if (!name.isEmpty()) {
        scope.put(name, Taint.param(index, name));
      }
      index++;
    }
    methodOffset.put(fn, offset);
    scopes.push(scope);
    walk(tree.child(fn, "body"), depth + 1);
    scopes.pop();
    if (!outer && export.isPresent()) {
      export.get().putFunction(functionName(fn), new Summaries.Function(returned, paramsReturned));
    }
    inFunction = outer;
    returned = outerReturned;
    paramsReturned = outerParams;
  }

  private String paramName(int p) {
    if (tree.is(p, "identifier")) {
      return tree.text(p);
    }
    int name = tree.child(p, "name");
    if (name >= 0) {
      return tree.text(name);
    }
    int id = tree.childOfType(p, "identifier");
    return id >= 0 && (tree.is(p, "typed_parameter")) ? tree.text(id) : "";
  }

  private void classBody(int cls, int depth) {
    String outer = className;
    className = tree.text(tree.child(cls, "name"));
    walk(tree.child(cls, "body"), depth + 1);
    className = outer;
  }

  private void noteReturn(Taint t) {
    if (t.kind() == Taint.Kind.PARAM) {
      paramsReturned.add(t.param());
    } else if (t.isKey() && returned.isEmpty()) {
      returned = Optional.of(t);
    }
  }

  private void noteCall(int call) {
    int args = tree.child(call, "arguments");
    if (args < 0) {
      return;
    }
    String callee = calleeName(call);
    if (callee.isEmpty()) {
      return;
    }
    int i = 0;
    for (int a = tree.firstNamed(args); a >= 0; a = tree.nextNamed(a), i++) {
      if (tree.is(a, "keyword_argument")) {
        break;
      }
      final int index = i;
      eval(a, 0)
          .filter(Taint::isKey)
          .ifPresent(
              t ->
                  calls.add(
                      new CallEvent(
                          callee,
                          index,
                          t,
                          step(call, "passed to " + tree.text(tree.child(call, "function"))))));
    }
  }

  private Optional<Taint> lookup(String name) {
    for (Map<String, Taint> scope : scopes) {
      Taint t = scope.get(name);
      if (t != null) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  private Optional<Taint> eval(int n, int depth) {
    return evaluator.eval(n, depth);
  }

  String calleeName(int call) {
    return evaluator.calleeName(call);
  }

  /** The offset between call arguments and parameters for the function (1 for methods). */
  public int parameterOffset(int functionNode) {
    return methodOffset.getOrDefault(functionNode, 0);
  }
}
