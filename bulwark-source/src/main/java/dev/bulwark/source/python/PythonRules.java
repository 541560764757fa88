package dev.bulwark.source.python;

import dev.bulwark.core.Category;
import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.source.python.rules.AdminRouteApiKeyOnly;
import dev.bulwark.source.python.rules.CleartextKeyStorage;
import dev.bulwark.source.python.rules.CorsWildcardWithCredentials;
import dev.bulwark.source.python.rules.CredentialsOverHttp;
import dev.bulwark.source.python.rules.DotenvInProduction;
import dev.bulwark.source.python.rules.ExceptionDetailsInResponse;
import dev.bulwark.source.python.rules.FlaskDebugEnabled;
import dev.bulwark.source.python.rules.HardcodedSecretKey;
import dev.bulwark.source.python.rules.InsecureDeserialization;
import dev.bulwark.source.python.rules.JwtInsecure;
import dev.bulwark.source.python.rules.KeyInUrl;
import dev.bulwark.source.python.rules.KeyLogged;
import dev.bulwark.source.python.rules.KeyReturnedToClient;
import dev.bulwark.source.python.rules.MissingKeyCheck;
import dev.bulwark.source.python.rules.OutboundRequestWithoutTimeout;
import dev.bulwark.source.python.rules.RemovedItsdangerousSerializer;
import dev.bulwark.source.python.rules.SecretInExceptionMessage;
import dev.bulwark.source.python.rules.SessionCookieInsecure;
import dev.bulwark.source.python.rules.SsrfRequestUrl;
import dev.bulwark.source.python.rules.StarImportOfSettings;
import dev.bulwark.source.python.rules.TimingUnsafeComparison;
import dev.bulwark.source.python.rules.TlsVerificationDisabled;
import dev.bulwark.source.python.rules.WeakHashForSecret;
import dev.bulwark.source.python.rules.WebhookSignature;
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
          Category.UNSAFE_CONSUMPTION,
          Category.BFLA);

  /** Every rule, one instance each (rules are stateless). */
  public static List<PythonRule> all() {
    return List.of(
        new AdminRouteApiKeyOnly(),
        new CleartextKeyStorage(),
        new CorsWildcardWithCredentials(),
        new CredentialsOverHttp(),
        new DotenvInProduction(),
        new ExceptionDetailsInResponse(),
        new FlaskDebugEnabled(),
        new HardcodedSecretKey(),
        new InsecureDeserialization(),
        new JwtInsecure(),
        new KeyInUrl(),
        new KeyLogged(),
        new KeyReturnedToClient(),
        new MissingKeyCheck(),
        new OutboundRequestWithoutTimeout(),
        new RemovedItsdangerousSerializer(),
        new SecretInExceptionMessage(),
        new SessionCookieInsecure(),
        new SsrfRequestUrl(),
        new StarImportOfSettings(),
        new TimingUnsafeComparison(),
        new TlsVerificationDisabled(),
        new WeakHashForSecret(),
        new WebhookSignature());
  }

  @Override
  public List<RuleMeta> rules() {
    return all().stream().map(PythonRule::meta).sorted(Comparator.comparing(RuleMeta::id)).toList();
  }
}
