package dev.bulwark.source.python.flow;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each module of the project exports to the others: module-level variables that hold a key,
 * and functions that return one (or return what they were given). Filled by the first pass over
 * every file, read by the second; names are looked up exactly, then by their unique dotted suffix
 * (so {@code config.API_KEY} finds {@code src.app.config.API_KEY}).
 */
public final class Summaries {
  /** A function's effect on keys: a key it returns, and the parameters that reach its return. */
  public record Function(Optional<Taint> returns, Set<Integer> paramsToReturn) {
    public Function {
      paramsToReturn = Set.copyOf(paramsToReturn);
    }
  }

  private final Map<String, Taint> globals = new ConcurrentHashMap<>();
  private final Map<String, Function> functions = new ConcurrentHashMap<>();
  private final Map<String, String> suffixes = new ConcurrentHashMap<>();
  private final Set<String> exporting = ConcurrentHashMap.newKeySet();

  public static Summaries empty() {
    return new Summaries();
  }

  void putGlobal(String qualified, Taint taint) {
    globals.put(qualified, taint);
    indexSuffixes(qualified);
  }

  void putFunction(String qualified, Function summary) {
    if (summary.returns().isEmpty() && summary.paramsToReturn().isEmpty()) {
      return; // nothing a caller could learn
    }
    functions.put(qualified, summary);
    indexSuffixes(qualified);
  }

  /** Adds (and overrides with) everything {@code other} knows. */
  public void addAll(Summaries other) {
    other.globals.forEach(this::putGlobal);
    other.functions.forEach(this::putFunction);
  }

  /** True when a name, or a module that exports something, is known here. */
  public boolean knows(String qualified) {
    return exporting.contains(qualified)
        || globals.containsKey(resolve(qualified))
        || functions.containsKey(resolve(qualified));
  }

  public Optional<Taint> global(String qualified) {
    return Optional.ofNullable(globals.get(resolve(qualified)));
  }

  public Optional<Function> function(String qualified) {
    return Optional.ofNullable(functions.get(resolve(qualified)));
  }

  private String resolve(String qualified) {
    if (globals.containsKey(qualified) || functions.containsKey(qualified)) {
      return qualified;
    }
    String full = suffixes.get(qualified);
    return full == null || full.isEmpty() ? qualified : full;
  }

  private void indexSuffixes(String qualified) {
    String[] parts = qualified.split("\\.");
    for (int from = 0; from < parts.length - 1; from++) {
      StringBuilder module = new StringBuilder();
      for (int to = from; to < parts.length - 1; to++) {
        module.append(to > from ? "." : "").append(parts[to]);
        exporting.add(module.toString());
      }
    }
    int dot = qualified.indexOf('.');
    while (dot >= 0) {
      String suffix = qualified.substring(dot + 1);
      if (suffix.indexOf('.') < 0) {
        break; // a bare name is too ambiguous to resolve across modules
      }
      suffixes.merge(suffix, qualified, (a, b) -> a.equals(b) ? a : "");
      dot = qualified.indexOf('.', dot + 1);
    }
  }
}
