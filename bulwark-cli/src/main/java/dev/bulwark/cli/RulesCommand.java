package dev.bulwark.cli;

import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.scan.AllRules;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bulwark rules}: every rule with its id, lens, category, severity and title. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List every rule: id, lens, category, default severity, title.")
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--lens", description = "Only rules of this lens: ${COMPLETION-CANDIDATES}.")
  Optional<Lens> lens = Optional.empty();

  @Option(names = "--category", description = "Only rules of this category (e.g. data_exposure).")
  Optional<String> category = Optional.empty();

  @Override
  public Integer call() {
    Optional<Category> wanted =
        category.map(
            c ->
                Category.parse(c)
                    .orElseThrow(() -> UserError.badInput("unknown category '" + c + "'")));
    List<RuleMeta> rules =
        AllRules.registry().rules().stream()
            .filter(r -> lens.map(l -> r.lens() == l).orElse(true))
            .filter(r -> wanted.map(c -> r.category() == c).orElse(true))
            .toList();
    PrintWriter out = spec.commandLine().getOut();
    int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(2);
    String row = "%-" + idWidth + "s  %-6s  %-22s  %-8s  %s%n";
    out.printf(row, "ID", "LENS", "CATEGORY", "SEVERITY", "TITLE");
    for (RuleMeta r : rules) {
      out.printf(row, r.id(), r.lens().id(), r.category().id(), r.severity().id(), r.title());
    }
    out.printf(
        "%n%d rules. 'bulwark explain RULE-ID' shows why each matters and how to fix it.%n",
        rules.size());
    return ExitCode.OK;
  }
}
