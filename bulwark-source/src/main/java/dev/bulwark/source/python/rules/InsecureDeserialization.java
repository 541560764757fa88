package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.flow.Taint;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Set;

/** pickle and friends run code while loading: untrusted bytes become remote code execution. */
public final class InsecureDeserialization implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-insecure-deserialization",
          "Unsafe deserialization (pickle, marshal, yaml.load without a safe loader)",
          Category.INPUT_VALIDATION,
          OwaspApi2023.API8,
          Severity.HIGH,
          Confidence.MEDIUM,
          "Use json for data from clients; for YAML use yaml.safe_load; never unpickle data that"
              + " crossed a trust boundary.",
          502);
  private static final Set<String> LOADERS =
      Set.of(
          "pickle.loads",
          "pickle.load",
          "cPickle.loads",
          "cPickle.load",
          "dill.loads",
          "dill.load",
          "marshal.loads",
          "marshal.load",
          "shelve.open",
          "jsonpickle.decode",
          "yaml.unsafe_load",
          "yaml.full_load",
          "pickle.Unpickler",
          "_pickle.loads");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("call");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    String callee = Py.callee(s, node);
    boolean unsafe = LOADERS.contains(callee);
    if (callee.equals("yaml.load")) {
      int loader = Py.keyword(t, node, "Loader");
      if (loader < 0) {
        loader = Py.arg(t, node, 1);
      }
      String l = loader < 0 ? "" : t.text(loader);
      unsafe = !l.contains("Safe") && !l.contains("BaseLoader");
    }
    if (!unsafe) {
      return;
    }
    int data = Py.arg(t, node, 0);
    boolean fromRequest = s.taint(data).filter(x -> x.kind() == Taint.Kind.REQUEST).isPresent();
    s.emit(
        s.finding(META, node)
            .message(
                callee + " deserializes " + (fromRequest ? "request data" : "data") + " unsafely")
            .severity(fromRequest ? Severity.HIGH : Severity.LOW)
            .build());
  }
}
