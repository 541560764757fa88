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

/** Exception messages reach logs, error trackers and sometimes the client. */
public final class SecretInExceptionMessage implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-secret-in-exception-message",
          "Key or secret interpolated into an exception message",
          Category.DATA_EXPOSURE,
          OwaspApi2023.API3,
          Severity.MEDIUM,
          Confidence.HIGH,
          "Name the key (e.g. \"STRIPE_KEY is invalid\") instead of including its value in the message.",
          209,
          532);

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("raise_statement");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    int value = t.firstNamed(node);
    if (!t.is(value, "call")) {
      return;
    }
    int args = t.child(value, "arguments");
    for (int a = args < 0 ? -1 : t.firstNamed(args); a >= 0; a = t.nextNamed(a)) {
      Optional<Taint> key = s.keyOrParam(a);
      if (key.isPresent()) {
        s.reportFlow(
            META,
            node,
            key.get(),
            "put into an exception message",
            key.get().label() + " is put into an exception message");
        return;
      }
    }
  }
}
