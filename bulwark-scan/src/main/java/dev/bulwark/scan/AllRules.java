package dev.bulwark.scan;

import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.RuleRegistry;
import dev.bulwark.live.LiveChecks;
import dev.bulwark.secrets.SecretRules;
import dev.bulwark.source.python.PythonRules;
import dev.bulwark.spec.SpecRules;
import java.util.List;
import java.util.Optional;

/** The explicit list of every module's rule catalog: the one registry all commands read. */
public final class AllRules {
  private static final List<RuleCatalog> CATALOGS =
      List.of(new SecretRules(), new PythonRules(), new SpecRules(), new LiveChecks());

  private static final RuleRegistry REGISTRY = RuleRegistry.of(CATALOGS);

  private AllRules() {}

  public static RuleRegistry registry() {
    return REGISTRY;
  }

  public static List<RuleCatalog> catalogs() {
    return CATALOGS;
  }

  /** The long markdown doc of a rule, from the catalog that owns it. */
  public static Optional<String> doc(String ruleId) {
    for (RuleCatalog catalog : CATALOGS) {
      if (catalog.rules().stream().map(RuleMeta::id).anyMatch(ruleId::equals)) {
        return catalog.doc(ruleId);
      }
    }
    return Optional.empty();
  }
}
