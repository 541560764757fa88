package dev.bulwark.spec;

import dev.bulwark.core.Category;
import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.rules.ApiKeyInQuery;
import dev.bulwark.spec.rules.CredentialsOverHttp;
import dev.bulwark.spec.rules.MissingAuthErrorResponses;
import dev.bulwark.spec.rules.NoRateLimitDocumented;
import dev.bulwark.spec.rules.OperationWithoutSecurity;
import dev.bulwark.spec.rules.PlainHttpServer;
import dev.bulwark.spec.rules.SecurityDisabledOnSensitiveOperation;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Every rule of the spec lens, sorted by id. */
public final class SpecRules implements RuleCatalog {
  private static final List<SpecRule> RULES =
      List.<SpecRule>of(
              new ApiKeyInQuery(),
              new CredentialsOverHttp(),
              new MissingAuthErrorResponses(),
              new NoRateLimitDocumented(),
              new OperationWithoutSecurity(),
              new PlainHttpServer(),
              new SecurityDisabledOnSensitiveOperation())
          .stream()
          .sorted(Comparator.comparing(r -> r.meta().id()))
          .toList();

  /** The rule instances, for the lens. */
  public static List<SpecRule> all() {
    return RULES;
  }

  @Override
  public List<RuleMeta> rules() {
    return RULES.stream().map(SpecRule::meta).toList();
  }

  /** The categories the spec rules assess. */
  public static Set<Category> categories() {
    Set<Category> out = EnumSet.noneOf(Category.class);
    RULES.forEach(r -> out.add(r.meta().category()));
    return out;
  }
}
