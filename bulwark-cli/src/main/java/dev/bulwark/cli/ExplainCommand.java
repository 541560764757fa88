package dev.bulwark.cli;

import dev.bulwark.core.RuleMeta;
import dev.bulwark.scan.AllRules;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bulwark explain RULE-ID}: the rule's long doc with the Flask fix. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = "Explain a rule: why it matters, how to fix it in Flask, references.")
final class ExplainCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "RULE-ID", description = "A rule id, as 'bulwark rules' lists them.")
  String ruleId;

  @Override
  public Integer call() {
    RuleMeta rule =
        AllRules.registry().find(ruleId).orElseThrow(() -> UserError.badInput(unknownRule(ruleId)));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%s — %s%n", rule.id(), rule.title());
    out.printf(
        "lens: %s · category: %s · severity: %s · confidence: %s · OWASP: %s · CWE: %s%n%n",
        rule.lens().id(),
        rule.category().id(),
        rule.severity().id(),
        rule.confidence().id(),
        rule.owasp().stream().map(o -> o.id()).collect(Collectors.joining(", ")),
        rule.cwe().stream().map(c -> "CWE-" + c).collect(Collectors.joining(", ")));
    out.println(AllRules.doc(rule.id()).orElse("Fix: " + rule.remediation()));
    return ExitCode.OK;
  }

  static String unknownRule(String id) {
    List<String> close =
        AllRules.registry().rules().stream()
            .map(RuleMeta::id)
            .sorted(Comparator.comparingInt(candidate -> distance(candidate, id)))
            .limit(3)
            .filter(candidate -> distance(candidate, id) <= Math.max(3, id.length() / 3))
            .toList();
    String hint = close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    return "unknown rule id '" + id + "'" + hint + "; 'bulwark rules' lists them all";
  }

  /** Levenshtein distance, for suggestions. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
