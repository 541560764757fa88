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
import java.util.Optional;
import java.util.Set;

/** Files, caches and backups are read by far more people and processes than the secret store. */
public final class CleartextKeyStorage implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-cleartext-key-storage",
          "Key, token or password stored unencrypted in a file, cookie or cache",
          Category.DATA_EXPOSURE,
          OwaspApi2023.API3,
          Severity.MEDIUM,
          Confidence.MEDIUM,
          "Keep keys in a secret manager or the environment; if a key must be stored, encrypt it (e.g. Fernet) and keep the encryption key elsewhere.",
          312);

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
    String method = Py.method(s, node);
    String callee = Py.callee(s, node);
    boolean file =
        method.equals("write") && !callee.startsWith("sys.")
            || callee.equals("json.dump")
            || callee.equals("pickle.dump");
    boolean cache =
        (method.equals("set")
                || method.equals("setex")
                || method.equals("hset")
                || method.equals("set_many"))
            && (Py.lower(callee).contains("cache") || Py.lower(callee).contains("redis"));
    if (!file && !cache) {
      return;
    }
    int args = t.child(node, "arguments");
    for (int a = args < 0 ? -1 : t.firstNamed(args); a >= 0; a = t.nextNamed(a)) {
      Optional<Taint> key = s.keyOrParam(a);
      if (key.isPresent()) {
        String where = file ? "written to a file" : "stored in a cache";
        s.reportFlow(
            META,
            node,
            key.get(),
            where + " unencrypted",
            key.get().label() + " is " + where + " unencrypted");
        return;
      }
    }
  }
}
