package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Set;

/** requests waits forever by default: one slow upstream holds every worker of the service. */
public final class OutboundRequestWithoutTimeout implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-request-without-timeout",
          "Outbound HTTP request without a timeout",
          Category.UNSAFE_CONSUMPTION,
          OwaspApi2023.API10,
          Severity.LOW,
          Confidence.HIGH,
          "Pass timeout=(connect, read), e.g. timeout=(3.05, 10), to every requests call.",
          400,
          1088);
  private static final Set<String> CALLS =
      Set.of(
          "requests.get",
          "requests.post",
          "requests.put",
          "requests.patch",
          "requests.delete",
          "requests.head",
          "requests.options",
          "requests.request",
          "urllib.request.urlopen");

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
    if (!CALLS.contains(callee) || Py.keyword(t, node, "timeout") >= 0) {
      return;
    }
    int args = t.child(node, "arguments");
    if (args >= 0 && t.text(args).contains("**")) {
      return; // keyword arguments passed through may carry the timeout
    }
    if (callee.equals("urllib.request.urlopen") && Py.arg(t, node, 2) >= 0) {
      return;
    }
    s.report(META, node, callee + "() has no timeout");
  }
}
