package dev.bulwark.spec.audit;

import dev.bulwark.secrets.SecretEngine;
import dev.bulwark.secrets.SecretMatch;
import java.util.ArrayList;
import java.util.List;

/** Finds secrets in a value written under a name; the secrets engine by default. */
@FunctionalInterface
public interface SecretFinder {
  /**
   * @param name the property, parameter or header the value belongs to, or empty
   * @param value the example or default, as text
   */
  List<SecretMatch> find(String name, String value);

  /** The built-in catalog plus the name-and-value judgement of the secrets engine. */
  static SecretFinder engine() {
    SecretEngine engine = SecretEngine.builtIn();
    return (name, value) -> {
      List<SecretMatch> out = new ArrayList<>(engine.findIn(value));
      if (out.isEmpty() && !name.isEmpty()) {
        engine.judgeAssignment(name, value).ifPresent(out::add);
      }
      return out;
    };
  }
}
