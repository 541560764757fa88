package dev.bulwark.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every rule of every module, sorted by id, ids unique. Built explicitly, never by scanning. */
public final class RuleRegistry {
  private final List<RuleMeta> rules;
  private final Map<String, RuleMeta> byId;

  private RuleRegistry(List<RuleMeta> rules) {
    this.rules = List.copyOf(rules);
    Map<String, RuleMeta> index = new HashMap<>();
    for (RuleMeta rule : rules) {
      if (index.putIfAbsent(rule.id(), rule) != null) {
        throw new IllegalStateException("duplicate rule id: " + rule.id());
      }
    }
    this.byId = Map.copyOf(index);
  }

  public static RuleRegistry of(List<? extends RuleCatalog> catalogs) {
    List<RuleMeta> all = new ArrayList<>();
    for (RuleCatalog catalog : catalogs) {
      all.addAll(catalog.rules());
    }
    all.sort(Comparator.comparing(RuleMeta::id));
    return new RuleRegistry(all);
  }

  public List<RuleMeta> rules() {
    return rules;
  }

  public Optional<RuleMeta> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public boolean contains(String id) {
    return byId.containsKey(id);
  }
}
