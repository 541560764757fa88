package dev.bulwark.source.python.flow;

import dev.bulwark.source.python.PyModule;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Map;
import java.util.Optional;

/**
 * Answers "what does this expression carry?" from the variables the engine has bound (its recorded
 * reads), the sources, and the project's summaries. Pure: it binds nothing.
 */
final class Evaluator {
  private final PyModule module;
  private final PyTree tree;
  private final Summaries known;
  private final KeySources sources;
  private final Map<Integer, Taint> reads;

  Evaluator(PyModule module, Summaries known, KeySources sources, Map<Integer, Taint> reads) {
    this.module = module;
    this.tree = module.tree();
    this.known = known;
    this.sources = sources;
    this.reads = reads;
  }

  /** The project-qualified name of a call's target: imported names or this module's functions. */
  String calleeName(int call) {
    int fn = tree.child(call, "function");
    String q = module.qualify(fn);
    if (q.isEmpty() || q.contains("()")) {
      return "";
    }
    if (tree.is(fn, "identifier") && module.imported(tree.text(fn)).isEmpty()) {
      return module.name() + "." + q;
    }
    return q;
  }

  Optional<Taint> eval(int n, int depth) {
    if (n < 0 || depth > 60) {
      return Optional.empty();
    }
    Optional<Taint> source = sources.sourceOf(n);
    if (source.isPresent()) {
      return source;
    }
    return switch (tree.type(n)) {
      case "identifier" -> identifier(n);
      case "attribute" -> Optional.ofNullable(reads.get(n)).or(() -> importedGlobal(tree.text(n)));
      case "call" -> call(n, depth);
      case "binary_operator",
          "concatenated_string",
          "string",
          "interpolation",
          "list",
          "tuple",
          "set",
          "dictionary",
          "pair",
          "parenthesized_expression",
          "await",
          "keyword_argument",
          "expression_list",
          "boolean_operator",
          "conditional_expression",
          "list_splat",
          "dictionary_splat",
          "format_expression",
          "argument_list" ->
          anyChild(n, depth, n);
      case "subscript" -> eval(tree.child(n, "value"), depth + 1);
      case "list_comprehension", "generator_expression" -> eval(tree.child(n, "body"), depth + 1);
      default -> Optional.empty();
    };
  }

  private Optional<Taint> identifier(int n) {
    Taint t = reads.get(n);
    if (t != null) {
      return Optional.of(t);
    }
    return importedGlobal(tree.text(n));
  }

  private Optional<Taint> importedGlobal(String name) {
    int dot = name.indexOf('.');
    String head = dot < 0 ? name : name.substring(0, dot);
    Optional<String> target = module.imported(head);
    if (target.isPresent()) {
      String q = dot < 0 ? target.get() : target.get() + name.substring(dot);
      return known.global(q);
    }
    for (String star : module.starImports()) {
      Optional<Taint> t = known.global(star + "." + name);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private Optional<Taint> anyChild(int n, int depth, int at) {
    for (int c = tree.firstNamed(n); c >= 0; c = tree.nextNamed(c)) {
      if (tree.is(c, "comparison_operator") || tree.is(c, "not_operator")) {
        continue;
      }
      Optional<Taint> t = eval(c, depth + 1);
      if (t.isPresent()) {
        return t;
      }
    }
    return Optional.empty();
  }

  private Optional<Taint> call(int call, int depth) {
    int fn = tree.child(call, "function");
    String q = module.qualify(fn);
    int args = tree.child(call, "arguments");
    if (Sources.isSanitizer(q)) {
      return Optional.empty();
    }
    if (tree.is(fn, "attribute")) {
      String method = tree.text(tree.child(fn, "attribute"));
      if (Sources.isCarryingMethod(method)) {
        Optional<Taint> receiver = eval(tree.child(fn, "object"), depth + 1);
        return receiver.isPresent() ? receiver : argsTaint(args, depth);
      }
    }
    if (Sources.passesThrough(q)) {
      return argsTaint(args, depth);
    }
    String callee = calleeName(call);
    if (callee.isEmpty()) {
      return Optional.empty();
    }
    Optional<Summaries.Function> summary = known.function(callee);
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    if (summary.get().returns().isPresent()) {
      return Optional.of(
          summary
              .get()
              .returns()
              .get()
              .then(sources.step(call, "returned by " + tree.text(fn) + "()")));
    }
    int i = 0;
    for (int a = args < 0 ? -1 : tree.firstNamed(args); a >= 0; a = tree.nextNamed(a), i++) {
      if (summary.get().paramsToReturn().contains(i)
          || summary.get().paramsToReturn().contains(i + 1)) {
        Optional<Taint> t = eval(a, depth + 1);
        if (t.isPresent()) {
          return Optional.of(
              t.get().then(sources.step(call, "carried through " + tree.text(fn) + "()")));
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Taint> argsTaint(int args, int depth) {
    return args < 0 ? Optional.empty() : anyChild(args, depth, args);
  }
}
