package dev.bulwark.source.python.flow;

import dev.bulwark.core.FlowStep;
import dev.bulwark.source.python.PyModule;
import dev.bulwark.source.python.tree.PyTree;
import java.util.Optional;

/**
 * Recognises the expressions where a key enters the program: environment and config lookups of
 * secret-named keys, settings attributes, and request headers or arguments that carry a key; and
 * the request input that SSRF and deserialization rules care about.
 */
final class KeySources {
  private final PyModule module;
  private final PyTree tree;

  KeySources(PyModule module) {
    this.module = module;
    this.tree = module.tree();
  }

  Optional<Taint> sourceOf(int node) {
    switch (tree.type(node)) {
      case "call":
        return callSource(node);
      case "subscript":
        return subscriptSource(node);
      case "attribute":
        return attributeSource(node);
      default:
        return Optional.empty();
    }
  }

  private Optional<Taint> callSource(int call) {
    String fn = module.qualify(tree.child(call, "function"));
    if (fn.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> key = firstStringArg(call);
    if (fn.equals("os.getenv")
        || fn.equals("os.environ.get")
        || fn.equals("os.environ.setdefault")) {
      return key.filter(Sources::isSecretName)
          .map(k -> key(k, call, "reads " + k + " from the environment"));
    }
    if (fn.endsWith("config.get") || fn.startsWith("settings.") && fn.endsWith(".get")) {
      return key.filter(Sources::isSecretName)
          .map(k -> key(k, call, "reads " + k + " from the app config"));
    }
    if (isRequest(fn, "headers.get")) {
      return key.filter(Sources::isSecretName)
          .map(k -> key(k, call, "reads the " + k + " request header"));
    }
    if (isRequest(fn, "args.get") || isRequest(fn, "values.get") || isRequest(fn, "form.get")) {
      if (key.filter(Sources::isSecretName).isPresent()) {
        return Optional.of(key(key.get(), call, "reads " + key.get() + " from the request"));
      }
      return Optional.of(request(call, "reads request input"));
    }
    if (isRequest(fn, "get_json") || isRequest(fn, "get_data") || isRequest(fn, "cookies.get")) {
      return Optional.of(request(call, "reads the request body"));
    }
    return Optional.empty();
  }

  private Optional<Taint> subscriptSource(int sub) {
    int value = tree.child(sub, "value");
    String object = module.qualify(value);
    Optional<String> key = stringOf(tree.child(sub, "subscript"));
    if (object.equals("os.environ")) {
      return key.filter(Sources::isSecretName)
          .map(k -> key(k, sub, "reads " + k + " from the environment"));
    }
    if (object.endsWith("config") || object.equals("settings")) {
      return key.filter(Sources::isSecretName)
          .map(k -> key(k, sub, "reads " + k + " from the app config"));
    }
    if (isRequest(object, "headers")) {
      return key.filter(Sources::isSecretName)
          .map(k -> key(k, sub, "reads the " + k + " request header"));
    }
    if (isRequest(object, "args") || isRequest(object, "form") || isRequest(object, "json")) {
      if (key.filter(Sources::isSecretName).isPresent()) {
        return Optional.of(key(key.get(), sub, "reads " + key.get() + " from the request"));
      }
      return Optional.of(request(sub, "reads request input"));
    }
    return Optional.empty();
  }

  private Optional<Taint> attributeSource(int attr) {
    String q = module.qualify(attr);
    if (isRequest(q, "data") || isRequest(q, "json") || isRequest(q, "url")) {
      return Optional.of(request(attr, "reads request input"));
    }
    int dot = q.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String owner = q.substring(0, dot);
    String name = q.substring(dot + 1);
    boolean settingsObject =
        owner.equals("settings")
            || owner.endsWith(".settings")
            || owner.equals("config")
            || owner.endsWith("Config")
            || owner.equals("conf");
    if (settingsObject
        && name.equals(name.toUpperCase(java.util.Locale.ROOT))
        && Sources.isSecretName(name)) {
      return Optional.of(key(name, attr, "reads " + name + " from " + owner));
    }
    return Optional.empty();
  }

  static boolean isRequest(String qualified, String member) {
    return qualified.equals("flask.request." + member) || qualified.equals("request." + member);
  }

  private Taint key(String label, int node, String note) {
    return Taint.of(Taint.Kind.KEY, label, step(node, note));
  }

  private Taint request(int node, String note) {
    return Taint.of(Taint.Kind.REQUEST, "request", step(node, note));
  }

  FlowStep step(int node, String note) {
    return new FlowStep(module.file(), tree.line(node), note);
  }

  Optional<String> firstStringArg(int call) {
    int args = tree.child(call, "arguments");
    if (args < 0) {
      return Optional.empty();
    }
    int first = tree.firstNamed(args);
    return first < 0 ? Optional.empty() : stringOf(first);
  }

  /** The value of a plain string literal (no interpolation), if the node is one. */
  Optional<String> stringOf(int node) {
    if (node < 0 || !tree.is(node, "string") || tree.childOfType(node, "interpolation") >= 0) {
      return Optional.empty();
    }
    int content = tree.childOfType(node, "string_content");
    return Optional.of(content < 0 ? "" : tree.text(content));
  }
}
