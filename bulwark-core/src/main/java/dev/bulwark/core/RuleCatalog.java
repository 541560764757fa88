package dev.bulwark.core;

import java.util.List;
import java.util.Optional;

/** The rules one module contributes. Each lens module has exactly one. */
public interface RuleCatalog {
  List<RuleMeta> rules();

  /**
   * The long markdown explanation of one of this catalog's rules. By default the rule's file on the
   * classpath; data-driven catalogs (secret patterns) may build it from their data instead.
   */
  default Optional<String> doc(String ruleId) {
    return RuleDocs.load(ruleId);
  }
}
