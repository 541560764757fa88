package dev.bulwark.source.python;

import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.FlowStep;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.SourceLocation;
import dev.bulwark.source.python.flow.Taint;
import dev.bulwark.source.python.flow.TaintEngine;
import dev.bulwark.source.python.tree.PyTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What a rule sees of the file it is visiting, and where it reports. */
public final class FileScope {
  /** Receives findings made on lines of env files. */
  public interface EnvSink {
    void report(RuleMeta rule, int line, String message);
  }

  /** A sink reached by a function parameter: reported when a caller passes a key into it. */
  public record ParamSink(
      String function,
      int param,
      RuleMeta rule,
      SourceLocation location,
      String message,
      Evidence evidence,
      List<FlowStep> steps,
      Optional<dev.bulwark.core.InlineIgnore> ignore) {}

  private final PyModule module;
  private final TaintEngine taint;
  private final ProjectFacts project;
  private final Consumer<Finding> out;
  private final dev.bulwark.core.Redactor redactor;
  private final List<ParamSink> paramSinks = new ArrayList<>();
  private final java.util.Map<Class<?>, Object> memo = new java.util.HashMap<>();

  FileScope(
      PyModule module,
      TaintEngine taint,
      ProjectFacts project,
      dev.bulwark.core.Redactor redactor,
      Consumer<Finding> out) {
    this.redactor = redactor;
    this.module = module;
    this.taint = taint;
    this.project = project;
    this.out = out;
  }

  /**
   * A value computed once per file and shared by the visits of one rule (e.g. a table of the
   * module's constants), keyed by its type.
   */
  public <T> T memo(Class<T> type, java.util.function.Supplier<T> compute) {
    return type.cast(memo.computeIfAbsent(type, k -> compute.get()));
  }

  public PyModule module() {
    return module;
  }

  public PyTree tree() {
    return module.tree();
  }

  public ProjectFacts project() {
    return project;
  }

  public String qualify(int node) {
    return module.qualify(node);
  }

  public Optional<Taint> taint(int node) {
    return taint.taintOf(node);
  }

  /** The key a value carries (not request input, not a parameter). */
  public Optional<Taint> key(int node) {
    return taint.taintOf(node).filter(Taint::isKey);
  }

  /**
   * The key a value carries, or the parameter of the enclosing function it is (so a sink reached by
   * a parameter is reported when a caller passes a key in).
   */
  public Optional<Taint> keyOrParam(int node) {
    return taint.taintOf(node).filter(t -> t.kind() != Taint.Kind.REQUEST);
  }

  List<ParamSink> paramSinks() {
    return List.copyOf(paramSinks);
  }

  public void report(RuleMeta rule, int node, String message) {
    out.accept(finding(rule, node, message).build());
  }

  public dev.bulwark.core.Redactor redactor() {
    return redactor;
  }

  /** Reports a finding whose line holds a secret: the evidence and anchor never carry it. */
  public void reportSecret(RuleMeta rule, int node, String message, String secret, int prefix) {
    PyTree t = tree();
    int line = t.line(node);
    String text = t.lineText(line);
    Finding.Builder b =
        Finding.builder(rule, SourceLocation.of(module.file(), line, t.column(node)))
            .message(message);
    if (secret.isEmpty() || !text.contains(secret)) {
      b.evidence(Evidence.snippet(text)).anchor(text.strip());
    } else {
      b.evidence(Evidence.secret(redactor, text, secret, prefix))
          .anchor(text.replace(secret, "<secret>").strip());
    }
    out.accept(b.build());
  }

  public Finding.Builder finding(RuleMeta rule, int node) {
    return finding(rule, node, rule.title());
  }

  private Finding.Builder finding(RuleMeta rule, int node, String message) {
    PyTree t = tree();
    int line = t.line(node);
    return Finding.builder(rule, SourceLocation.of(module.file(), line, t.column(node)))
        .message(message)
        .evidence(Evidence.snippet(t.lineText(line)))
        .anchor(t.lineText(line).strip());
  }

  public void emit(Finding finding) {
    out.accept(finding);
  }

  /**
   * Reports a key reaching a sink: a finding with the flow from source to sink; when the value is a
   * parameter of the enclosing function, remembers the sink for the callers instead.
   */
  public void reportFlow(RuleMeta rule, int sink, Taint t, String sinkNote, String message) {
    FlowStep last = taint.step(sink, sinkNote);
    if (t.kind() == Taint.Kind.PARAM) {
      int fn = tree().ancestor(sink, "function_definition");
      Optional<String> name = taint.enclosingFunction(sink);
      if (fn >= 0 && name.isPresent()) {
        Finding f = finding(rule, sink, message).build();
        paramSinks.add(
            new ParamSink(
                name.get(),
                t.param() - taint.parameterOffset(fn),
                rule,
                (SourceLocation) f.location(),
                message,
                f.evidence().orElseThrow(),
                t.then(last).steps(),
                InlineSuppressions.find(tree(), tree().line(sink), rule.id())));
      }
      return;
    }
    out.accept(finding(rule, sink, message).flow(t.then(last).steps()).build());
  }
}
