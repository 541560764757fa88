package dev.bulwark.spec;

import dev.bulwark.core.Category;
import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.spec.audit.SecretFinder;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.rules.ApiKeyInQuery;
import dev.bulwark.spec.rules.CredentialsOverHttp;
import dev.bulwark.spec.rules.DeprecatedOauthFlow;
import dev.bulwark.spec.rules.DeprecatedOperation;
import dev.bulwark.spec.rules.ListWithoutPagination;
import dev.bulwark.spec.rules.MissingAuthErrorResponses;
import dev.bulwark.spec.rules.MultipleApiVersions;
import dev.bulwark.spec.rules.NoRateLimitDocumented;
import dev.bulwark.spec.rules.OpenRequestBody;
import dev.bulwark.spec.rules.OperationWithoutSecurity;
import dev.bulwark.spec.rules.PlainHttpServer;
import dev.bulwark.spec.rules.PrivateServer;
import dev.bulwark.spec.rules.SecretInExample;
import dev.bulwark.spec.rules.SecurityDisabledOnSensitiveOperation;
import dev.bulwark.spec.rules.SensitivePropertyInResponse;
import dev.bulwark.spec.rules.SequentialIdInPath;
import dev.bulwark.spec.rules.SsrfParameter;
import dev.bulwark.spec.rules.UnboundedArrayInput;
import dev.bulwark.spec.rules.UnboundedStringInput;
import dev.bulwark.spec.rules.WebhookWithoutSignature;
import dev.bulwark.spec.rules.WritablePrivilegedProperty;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Every rule of the spec lens, sorted by id. */
public final class SpecRules implements RuleCatalog {
  private static final List<SpecRule> RULES = build(SecretFinder.engine());

  /** Every rule, with {@code secrets} deciding what counts as a secret in examples. */
  public static List<SpecRule> build(SecretFinder secrets) {
    return List.<SpecRule>of(
            new ApiKeyInQuery(),
            new CredentialsOverHttp(),
            new DeprecatedOauthFlow(),
            new DeprecatedOperation(),
            new ListWithoutPagination(),
            new MissingAuthErrorResponses(),
            new MultipleApiVersions(),
            new NoRateLimitDocumented(),
            new OpenRequestBody(),
            new OperationWithoutSecurity(),
            new PlainHttpServer(),
            new PrivateServer(),
            new SecretInExample(secrets),
            new SecurityDisabledOnSensitiveOperation(),
            new SensitivePropertyInResponse(),
            new SequentialIdInPath(),
            new SsrfParameter(),
            new UnboundedArrayInput(),
            new UnboundedStringInput(),
            new WebhookWithoutSignature(),
            new WritablePrivilegedProperty())
        .stream()
        .sorted(Comparator.comparing(r -> r.meta().id()))
        .toList();
  }

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
