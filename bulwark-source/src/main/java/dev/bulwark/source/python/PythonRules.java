package dev.bulwark.source.python;

import dev.bulwark.core.Category;
import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.source.python.rules.FlaskDebugEnabled;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The Python/Flask rules of the source lens. */
public final class PythonRules implements RuleCatalog {
  /** The categories these rules assess. */
  static final Set<Category> CATEGORIES =
      EnumSet.of(
          Category.DATA_EXPOSURE,
          Category.AUTHENTICATION,
          Category.ENCRYPTION,
          Category.SSRF,
          Category.INPUT_VALIDATION,
          Category.UNSAFE_CONSUMPTION);

  /** Every rule, one instance each (rules are stateless). */
  public static List<PythonRule> all() {
    return List.of(new FlaskDebugEnabled());
  }

  @Override
  public List<RuleMeta> rules() {
    return all().stream().map(PythonRule::meta).sorted(Comparator.comparing(RuleMeta::id)).toList();
  }
}
