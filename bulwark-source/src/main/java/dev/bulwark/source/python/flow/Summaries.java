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

  public static Summaries empty() {
    return new Summaries();
  }

  void putGlobal(String qualified, Taint taint) {
    globals.put(qualified, taint);
    indexSuffixes(qualified);
  }

  void putFunction(String qualified, Function summary) {
    functions.put(qualified, summary);
    indexSuffixes(qualified);
  }

  /** Adds (and overrides with) everything {@code other} knows. */
  public void addAll(Summaries other) {
    other.globals.forEach(this::putGlobal);
    other.functions.forEach(this::putFunction);
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
