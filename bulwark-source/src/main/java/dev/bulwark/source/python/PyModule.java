package dev.bulwark.source.python;

import dev.bulwark.source.python.tree.PyTree;
import java.util.HashMap;
import java.util.Map;

/**
 * One parsed Python module: its tree, its dotted name within the project, and what its imports
 * bind, so that {@code jsonify} or {@code r.get} can be resolved to {@code flask.jsonify} and
 * {@code requests.get}.
 */
public final class PyModule {
  private final String file;
  private final String name;
  private final PyTree tree;
  private final Map<String, String> imports = new HashMap<>();
  private final java.util.List<String> starImports = new java.util.ArrayList<>();
  private final Map<Integer, String> qualified = new HashMap<>();

  PyModule(String file, PyTree tree) {
    this.file = file;
    this.name = moduleName(file);
    this.tree = tree;
    readImports();
  }

  public String file() {
    return file;
  }

  public String name() {
    return name;
  }

  public PyTree tree() {
    return tree;
  }

  /** Modules imported with {@code from m import *}. */
  public java.util.List<String> starImports() {
    return java.util.List.copyOf(starImports);
  }

  /** What a local name was imported as, e.g. {@code jsonify -> flask.jsonify}. */
  public java.util.Optional<String> imported(String local) {
    return java.util.Optional.ofNullable(imports.get(local));
  }

  /**
   * The dotted name of an identifier or attribute chain with its first part resolved through the
   * imports ({@code r.get} with {@code import requests as r} gives {@code requests.get}); calls in
   * the chain are kept as {@code ()}; empty for anything else.
   */
  public String qualify(int node) {
    if (node < 0) {
      return "";
    }
    String known = qualified.get(node);
    if (known != null) {
      return known;
    }
    String q = resolve(dotted(node, 0));
    qualified.put(node, q);
    return q;
  }

  /** Every module or name this module imports, fully qualified. */
  public java.util.Collection<String> importedNames() {
    java.util.List<String> out = new java.util.ArrayList<>(imports.values());
    out.addAll(starImports);
    return out;
  }

  private String resolve(String raw) {
    if (raw.isEmpty()) {
      return raw;
    }
    int dot = raw.indexOf('.');
    String head = dot < 0 ? raw : raw.substring(0, dot);
    String mapped = imports.get(head);
    if (mapped == null) {
      return raw;
    }
    return dot < 0 ? mapped : mapped + raw.substring(dot);
  }

  private String dotted(int node, int depth) {
    if (node < 0 || depth > 40) {
      return "";
    }
    switch (tree.type(node)) {
      case "identifier":
        return tree.text(node);
      case "attribute":
        {
          String object = dotted(tree.child(node, "object"), depth + 1);
          int attr = tree.child(node, "attribute");
          return object.isEmpty() || attr < 0 ? "" : object + "." + tree.text(attr);
        }
      case "call":
        {
          String function = dotted(tree.child(node, "function"), depth + 1);
          return function.isEmpty() ? "" : function + "()";
        }
      default:
        return "";
    }
  }

  private void readImports() {
    for (int stmt = tree.firstNamed(tree.root()); stmt >= 0; stmt = tree.nextNamed(stmt)) {
      readImport(stmt);
      if (tree.is(stmt, "if_statement") || tree.is(stmt, "try_statement")) {
        // Imports guarded by try/except ImportError or version checks still bind the name.
        forEachDescendant(stmt, 3);
      }
    }
  }

  private void forEachDescendant(int node, int depth) {
    if (depth == 0) {
      return;
    }
    for (int c = tree.firstNamed(node); c >= 0; c = tree.nextNamed(c)) {
      readImport(c);
      forEachDescendant(c, depth - 1);
    }
  }

  private void readImport(int stmt) {
    if (tree.is(stmt, "import_statement")) {
      for (int c = tree.firstNamed(stmt); c >= 0; c = tree.nextNamed(c)) {
        if (tree.is(c, "dotted_name")) {
          String full = tree.text(c);
          int dot = full.indexOf('.');
          String head = dot < 0 ? full : full.substring(0, dot);
          imports.putIfAbsent(head, head);
        } else if (tree.is(c, "aliased_import")) {
          imports.put(tree.text(tree.child(c, "alias")), tree.text(tree.child(c, "name")));
        }
      }
    } else if (tree.is(stmt, "import_from_statement")) {
      int moduleNode = tree.child(stmt, "module_name");
      if (moduleNode < 0) {
        return;
      }
      String from = resolveRelative(tree.text(moduleNode));
      if (tree.childOfType(stmt, "wildcard_import") >= 0) {
        starImports.add(from);
        return;
      }
      for (int c = tree.firstNamed(stmt); c >= 0; c = tree.nextNamed(c)) {
        if (c == moduleNode) {
          continue;
        }
        if (tree.is(c, "dotted_name")) {
          imports.put(tree.text(c), join(from, tree.text(c)));
        } else if (tree.is(c, "aliased_import")) {
          imports.put(
              tree.text(tree.child(c, "alias")), join(from, tree.text(tree.child(c, "name"))));
        }
      }
    }
  }

  private static String join(String module, String name) {
    return module.isEmpty() ? name : module.endsWith(".") ? module + name : module + "." + name;
  }

  /** {@code .utils} inside package {@code app.api} is {@code app.api.utils}. */
  private String resolveRelative(String module) {
    if (!module.startsWith(".")) {
      return module;
    }
    int dots = 0;
    while (dots < module.length() && module.charAt(dots) == '.') {
      dots++;
    }
    String pkg = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
    if (file.endsWith("__init__.py")) {
      pkg = name;
    }
    for (int i = 1; i < dots && !pkg.isEmpty(); i++) {
      pkg = pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "";
    }
    String rest = module.substring(dots);
    return pkg.isEmpty() ? rest : rest.isEmpty() ? pkg : pkg + "." + rest;
  }

  static String moduleName(String relative) {
    String path =
        relative.endsWith(".py") ? relative.substring(0, relative.length() - 3) : relative;
    if (path.endsWith("/__init__")) {
      path = path.substring(0, path.length() - "/__init__".length());
    }
    return path.replace('/', '.');
  }
}
