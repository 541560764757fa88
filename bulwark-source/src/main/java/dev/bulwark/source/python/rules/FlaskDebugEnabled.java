package dev.bulwark.source.python.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.source.python.FileScope;
import dev.bulwark.source.python.PythonRule;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Locale;
import java.util.Set;

/** Flask's debugger lets anyone who reaches an error page run code in the server process. */
public final class FlaskDebugEnabled implements PythonRule {
  public static final RuleMeta META =
      RuleMeta.builder("flask-debug-enabled")
          .title("Flask debug mode or the Werkzeug debugger is enabled")
          .lens(Lens.SOURCE)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API8)
          .cwe(215, 489)
          .severity(Severity.HIGH)
          .confidence(Confidence.HIGH)
          .remediation(
              "Turn debug off in production: read FLASK_DEBUG from the environment, default it to"
                  + " off, and never wrap the app in DebuggedApplication outside development.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public Set<String> nodeTypes() {
    return Set.of("call", "assignment");
  }

  @Override
  public void visit(int node, FileScope s) {
    PyTree t = s.tree();
    if (t.is(node, "call")) {
      String method = Py.method(s, node);
      String callee = Py.callee(s, node);
      if (method.equals("run")
          && looksLikeApp(s, node)
          && (Py.isTrue(t, Py.keyword(t, node, "debug"))
              || Py.isTrue(t, Py.keyword(t, node, "use_debugger")))) {
        s.report(META, node, "app.run() starts the interactive debugger");
      } else if (method.equals("run_simple") && Py.isTrue(t, Py.keyword(t, node, "use_debugger"))) {
        s.report(META, node, "run_simple() starts the interactive debugger");
      } else if (callee.endsWith("DebuggedApplication") && !inDevOnlyBranch(t, node)) {
        s.report(META, node, "the app is wrapped in Werkzeug's DebuggedApplication");
      } else if (method.equals("update")
          && callee.endsWith("config.update")
          && Py.isTrue(t, Py.keyword(t, node, "DEBUG"))) {
        s.report(META, node, "the app config sets DEBUG = True");
      }
      return;
    }
    int left = t.child(node, "left");
    int right = t.child(node, "right");
    if (!Py.isTrue(t, right)) {
      return;
    }
    String target = t.text(left);
    if (target.endsWith(".debug") && t.is(left, "attribute")) {
      s.report(META, node, "the app's debug flag is set");
    } else if (t.is(left, "subscript")
        && Py.lastName(t, left).equals("DEBUG")
        && t.text(t.child(left, "value")).endsWith("config")) {
      s.report(META, node, "the app config sets DEBUG = True");
    } else if (target.equals("DEBUG") && loadedInProduction(s, node)) {
      s.report(META, node, "DEBUG = True in a configuration production may load");
    }
  }

  @Override
  public void visitEnvLine(String file, int line, String text, FileScope.EnvSink sink) {
    String s = text.strip();
    if (s.startsWith("#")) {
      return;
    }
    s = s.startsWith("export ") ? s.substring(7).strip() : s;
    int eq = s.indexOf('=');
    if (eq <= 0) {
      return;
    }
    String name = s.substring(0, eq).strip();
    String value =
        s.substring(eq + 1).strip().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
    int hash = value.indexOf(" #");
    value = hash >= 0 ? value.substring(0, hash).strip() : value;
    boolean on =
        value.equals("1") || value.equals("true") || value.equals("yes") || value.equals("on");
    if (name.equals("FLASK_DEBUG") && on
        || name.equals("FLASK_ENV") && value.equals("development")) {
      sink.report(
          META, line, name + " turns the debugger on for every process that loads this file");
    }
  }

  /** {@code app.run}, not {@code asyncio.run}: the receiver is local or named like an app. */
  private static boolean looksLikeApp(FileScope s, int call) {
    PyTree t = s.tree();
    int receiver = t.child(t.child(call, "function"), "object");
    if (receiver < 0) {
      return false;
    }
    String text = t.text(receiver);
    String head = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
    return s.module().imported(head).isEmpty() || text.toLowerCase(Locale.ROOT).contains("app");
  }

  /** Module-level or class-level DEBUG, unless the class or module is clearly for development. */
  private static boolean loadedInProduction(FileScope s, int node) {
    PyTree t = s.tree();
    if (Py.function(t, node) >= 0) {
      return false;
    }
    int cls = t.ancestor(node, "class_definition");
    String owner = cls >= 0 ? t.text(t.child(cls, "name")) : s.module().file();
    String lower = owner.toLowerCase(Locale.ROOT);
    if (lower.contains("dev")
        || lower.contains("test")
        || lower.contains("debug")
        || lower.contains("local")
        || lower.contains("example")) {
      return false;
    }
    String file = s.module().file().toLowerCase(Locale.ROOT);
    return cls >= 0 || file.contains("config") || file.contains("settings");
  }

  private static boolean inDevOnlyBranch(PyTree t, int node) {
    for (int p = t.parent(node); p >= 0; p = t.parent(p)) {
      if (t.is(p, "if_statement")) {
        String cond = t.text(t.child(p, "condition")).toLowerCase(Locale.ROOT);
        if (cond.contains("debug") || cond.contains("development") || cond.contains("dev")) {
          return true;
        }
      }
    }
    return false;
  }
}
