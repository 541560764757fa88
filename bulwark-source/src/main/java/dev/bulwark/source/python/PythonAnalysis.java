package dev.bulwark.source.python;

import dev.bulwark.core.Finding;
import dev.bulwark.core.InlineIgnore;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.Suppression;
import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.source.SourceFile;
import dev.bulwark.source.python.flow.Summaries;
import dev.bulwark.source.python.flow.TaintEngine;
import dev.bulwark.source.python.literals.LiteralJudge;
import dev.bulwark.source.python.literals.PythonSecretLiterals;
import dev.bulwark.source.python.tree.PyParser;
import dev.bulwark.source.python.tree.PyTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The Python/Flask half of the source lens. Three passes: (1) parse every module in parallel and
 * summarise what it exports (keys in module variables, functions returning keys); (2) analyse each
 * module with those summaries, dispatching every node of its tree once to the rules that want its
 * type; (3) join keys passed into project functions with the sinks those functions reach.
 */
public final class PythonAnalysis {
  /** Files larger than this are generated or data: reported as skipped, not parsed. */
  static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

  /**
   * Memory for trees kept between the passes; beyond it, files are parsed a second time. Half the
   * heap: trees are most of what the analysis holds, and parsing twice costs more than anything a
   * larger share could crowd out (the stdlib's 7.5 million nodes take about 240 MB).
   */
  private static final long TREE_BUDGET_BYTES =
      Math.min(384L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 2);

  private PythonAnalysis() {}

  public static void analyze(Path root, List<SourceFile> files, ScanContext context) {
    analyze(root, files, context, LiteralJudge.of(SecretEngine.builtIn()));
  }

  public static void analyze(
      Path root, List<SourceFile> files, ScanContext context, LiteralJudge judge) {
    List<SourceFile> python = new ArrayList<>();
    List<SourceFile> env = new ArrayList<>();
    for (SourceFile f : files) {
      (f.relative().endsWith(".py") ? python : env).add(f);
    }
    PythonRules.CATEGORIES.forEach(context::assessed);
    ProjectFacts facts =
        new ProjectFacts((int) env.stream().filter(PythonAnalysis::isDotEnv).count());
    Summaries summaries = Summaries.empty();
    AtomicReferenceArray<PyModule> kept = new AtomicReferenceArray<>(python.size());
    AtomicLong budget = new AtomicLong(TREE_BUDGET_BYTES);
    ConcurrentLinkedQueue<FileScope.ParamSink> sinks = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<TaintEngine.CallEvent> calls = new ConcurrentLinkedQueue<>();
    Dispatcher dispatcher =
        new Dispatcher(PythonRules.all(), List.of(new PythonSecretLiterals(judge)));
    parallel(
        python,
        i -> {
          Optional<PyModule> module = load(python.get(i), context, true);
          module.ifPresent(
              m -> {
                new TaintEngine(m, Summaries.empty(), Optional.of(summaries)).run();
                if (budget.addAndGet(-m.tree().size() * 28L - m.tree().sourceLength()) > 0) {
                  kept.set(i, m);
                }
              });
        },
        context);
    // A second summary pass lets summaries see other modules' (functions returning a key
    // imported from a third module); only kept trees take part, so it costs no parsing.
    Summaries settled = Summaries.empty();
    parallel(
        python,
        i -> {
          PyModule m = kept.get(i);
          if (m != null && m.importedNames().stream().anyMatch(summaries::knows)) {
            new TaintEngine(m, summaries, Optional.of(settled)).run();
          }
        },
        context);
    summaries.addAll(settled);
    parallel(
        python,
        i -> {
          Optional<PyModule> module =
              Optional.ofNullable(kept.getAndSet(i, null))
                  .or(() -> load(python.get(i), context, false));
          module.ifPresent(
              m -> {
                TaintEngine engine = new TaintEngine(m, summaries, Optional.empty()).run();
                FileScope scope =
                    new FileScope(
                        m, engine, facts, context.redactor(), f -> deliver(f, m.tree(), context));
                dispatcher.run(scope, context);
                sinks.addAll(scope.paramSinks());
                calls.addAll(engine.callEvents());
              });
        },
        context);
    for (CallJoin.Joined j : new CallJoin(List.copyOf(sinks), List.copyOf(calls)).findings()) {
      deliver(j.finding(), j.ignore(), context);
    }
    for (SourceFile f : env) {
      EnvFiles.scan(f, dispatcher.rules(), context);
    }
  }

  static boolean isDotEnv(SourceFile f) {
    String name = f.absolute().getFileName().toString();
    return name.equals(".env")
        || name.startsWith(".env.")
            && !name.endsWith(".example")
            && !name.endsWith(".sample")
            && !name.endsWith(".template");
  }

  /** Reports a finding, or records it as suppressed when its line says so. */
  static void deliver(Finding raw, PyTree tree, ScanContext context) {
    int line = ((dev.bulwark.core.SourceLocation) raw.location()).line();
    deliver(raw, InlineSuppressions.find(tree, line, raw.ruleId()), context);
  }

  private static void deliver(Finding raw, Optional<InlineIgnore> ignore, ScanContext context) {
    Finding f = TestCode.adjust(raw);
    int line = ((dev.bulwark.core.SourceLocation) f.location()).line();
    if (ignore.isPresent()) {
      String origin = ((dev.bulwark.core.SourceLocation) f.location()).file() + ":" + line;
      context.suppress(
          f,
          new Suppression(
              Suppression.Kind.INLINE, ignore.get().reason(), ignore.get().expires(), origin));
    } else {
      context.report(f);
    }
  }

  private static Optional<PyModule> load(SourceFile file, ScanContext context, boolean firstPass) {
    try {
      long size = Files.size(file.absolute());
      if (size > MAX_FILE_BYTES) {
        if (firstPass) {
          context.error(
              new ScanError(
                  file.relative(), "Python file too large to analyse (" + size + " bytes)"));
        }
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file.absolute());
      return Optional.of(new PyModule(file.relative(), PyParser.parse(bytes)));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      if (firstPass) {
        context.error(ScanError.of(file.relative(), e));
      }
      return Optional.empty();
    }
  }

  private interface Task {
    void run(int index);
  }

  /**
   * Runs the task for every index on the common fork-join pool; the calling thread takes part, so
   * this is safe to call from a pool thread too.
   */
  private static void parallel(List<SourceFile> files, Task task, ScanContext context) {
    java.util.stream.IntStream.range(0, files.size())
        .parallel()
        .forEach(
            i -> {
              if (context.cancelled()) {
                return;
              }
              try {
                task.run(i);
              } catch (RuntimeException | StackOverflowError e) {
                context.error(ScanError.of(files.get(i).relative(), e));
              }
            });
  }
}
