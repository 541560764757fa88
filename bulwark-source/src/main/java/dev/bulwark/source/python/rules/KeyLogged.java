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

/** Logs and stdout end up in log aggregators, CI output and support tickets: keys must not. */
public final class KeyLogged implements PythonRule {
  public static final RuleMeta META =
      Metas.of(
          "python-key-logged",
          "API key or secret written to logs or stdout",
          Category.DATA_EXPOSURE,
          OwaspApi2023.API3,
          Severity.HIGH,
          Confidence.HIGH,
          "Never log a key; log a masked form (first 4 chars) or a hash if you must correlate, and"
              + " rotate any key that already reached a log.",
          532,
          200);
  private static final Set<String> LOG_METHODS =
      Set.of("debug", "info", "warning", "warn", "error", "exception", "critical", "log", "fatal");
  private static final Set<String> WHOLESALE =
      Set.of("headers", "args", "environ", "form", "cookies", "values");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("call");
  }

  @Override
  public void visit(int call, FileScope s) {
    PyTree t = s.tree();
    String sink = sinkName(s, call);
    if (sink.isEmpty()) {
      return;
    }
    int args = t.child(call, "arguments");
    for (int a = args < 0 ? -1 : t.firstNamed(args); a >= 0; a = t.nextNamed(a)) {
      Optional<Taint> taint = s.taint(a).filter(x -> x.kind() != Taint.Kind.REQUEST);
      if (taint.isPresent()) {
        s.reportFlow(
            META,
            call,
            taint.get(),
            "written by " + sink,
            taint.get().label() + " is written by " + sink);
        return;
      }
      if (logsWholeRequest(s, a)) {
        s.report(META, call, sink + " logs request data wholesale, keys and cookies included");
        return;
      }
    }
  }

  private static String sinkName(FileScope s, int call) {
    String callee = Py.callee(s, call);
    if (callee.equals("print")
        || callee.equals("sys.stderr.write")
        || callee.equals("sys.stdout.write")
        || callee.equals("pprint.pprint")) {
      return callee;
    }
    String method = Py.method(s, call);
    if (!LOG_METHODS.contains(method)) {
      return "";
    }
    PyTree t = s.tree();
    int object = t.child(t.child(call, "function"), "object");
    String receiver = Py.lower(s.qualify(object));
    boolean logger =
        receiver.equals("logging")
            || receiver.endsWith("logger")
            || receiver.endsWith("log")
            || receiver.endsWith("_logger")
            || receiver.contains("logging.getlogger");
    return logger ? callee : "";
  }

  private static boolean logsWholeRequest(FileScope s, int arg) {
    PyTree t = s.tree();
    int node = arg;
    if (t.is(node, "call")
        && (Py.callee(s, node).equals("dict") || Py.callee(s, node).equals("str"))) {
      node = Py.arg(t, node, 0);
    }
    if (t.is(node, "string")) {
      for (int c = t.firstNamed(node); c >= 0; c = t.nextNamed(c)) {
        if (t.is(c, "interpolation") && logsWholeRequest(s, t.firstNamed(c))) {
          return true;
        }
      }
      return false;
    }
    String q = s.qualify(node);
    for (String w : WHOLESALE) {
      if (q.equals("flask.request." + w) || q.equals("request." + w)) {
        return true;
      }
    }
    return false;
  }
}
