package dev.bulwark.live;

import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.LiveCheck;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.checks.auth.ApiKeyInQueryAccepted;
import dev.bulwark.live.checks.auth.AuthNotEnforced;
import dev.bulwark.live.checks.auth.CredentialIssuedAnonymously;
import dev.bulwark.live.checks.auth.CredentialsAccepted;
import dev.bulwark.live.checks.auth.CredentialsRejected;
import dev.bulwark.live.checks.auth.HeadSkipsAuth;
import dev.bulwark.live.checks.auth.JwtAlgNone;
import dev.bulwark.live.checks.auth.JwtExpiredAccepted;
import dev.bulwark.live.checks.auth.JwtNoneAccepted;
import dev.bulwark.live.checks.auth.JwtWeakSecret;
import dev.bulwark.live.checks.auth.UnsignedSessionCookie;
import dev.bulwark.live.checks.auth.UserEnumeration;
import dev.bulwark.live.checks.auth.WeakKeyAccepted;
import dev.bulwark.live.checks.authz.CrossIdentityObjectAccess;
import dev.bulwark.live.checks.authz.GuessableObjectIds;
import dev.bulwark.live.checks.authz.MassAssignment;
import dev.bulwark.live.checks.authz.PrivilegedFunctionExposed;
import dev.bulwark.live.checks.authz.SensitivePropertyExposed;
import dev.bulwark.live.checks.authz.StateChangingGet;
import dev.bulwark.live.checks.consumption.UnsignedWebhook;
import dev.bulwark.live.checks.consumption.UnvalidatedRelay;
import dev.bulwark.live.checks.crypto.CertificateProblem;
import dev.bulwark.live.checks.crypto.CookieFlagsMissing;
import dev.bulwark.live.checks.crypto.HstsMissing;
import dev.bulwark.live.checks.crypto.LegacyTlsAccepted;
import dev.bulwark.live.checks.crypto.PlainHttp;
import dev.bulwark.live.checks.crypto.WeakCipherAccepted;
import dev.bulwark.live.checks.exposure.CorsPermissive;
import dev.bulwark.live.checks.exposure.DebugPageExposed;
import dev.bulwark.live.checks.exposure.PiiInResponse;
import dev.bulwark.live.checks.exposure.SecretInResponse;
import dev.bulwark.live.checks.exposure.SensitiveFileExposed;
import dev.bulwark.live.checks.exposure.StackTraceInResponse;
import dev.bulwark.live.checks.exposure.VerboseServerHeader;
import dev.bulwark.live.checks.input.ReflectedInput;
import dev.bulwark.live.checks.input.ServerErrorOnInput;
import dev.bulwark.live.checks.input.TemplateInjection;
import dev.bulwark.live.checks.input.TraceMethodEnabled;
import dev.bulwark.live.checks.inventory.ApiDocsExposed;
import dev.bulwark.live.checks.inventory.DebugConsoleExposed;
import dev.bulwark.live.checks.inventory.DeprecatedOperationServed;
import dev.bulwark.live.checks.inventory.DocumentedEndpointMissing;
import dev.bulwark.live.checks.inventory.OldVersionLive;
import dev.bulwark.live.checks.inventory.ShadowEndpoint;
import dev.bulwark.live.checks.llm.LlmEndpointUnauthenticated;
import dev.bulwark.live.checks.llm.LlmInstructionOverride;
import dev.bulwark.live.checks.llm.LlmSystemPromptLeak;
import dev.bulwark.live.checks.llm.LlmUnboundedTokens;
import dev.bulwark.live.checks.ratelimit.NoRateLimit;
import dev.bulwark.live.checks.ratelimit.UnboundedPageSize;
import dev.bulwark.live.checks.ssrf.ServerSideRequestForgery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Every live check, explicitly listed; the live lens's {@link RuleCatalog}. */
public final class LiveChecks implements RuleCatalog {

  /** Checks that read the shared exchange log. */
  public static List<PassiveCheck> passive() {
    return List.of(
        new SecretInResponse(),
        new PiiInResponse(),
        new DebugPageExposed(),
        new StackTraceInResponse(),
        new VerboseServerHeader(),
        new AuthNotEnforced(),
        new UnsignedSessionCookie(),
        new JwtAlgNone(),
        new JwtWeakSecret(),
        new PrivilegedFunctionExposed(),
        new SensitivePropertyExposed(),
        new HstsMissing(),
        new CookieFlagsMissing(),
        new UnvalidatedRelay(),
        new LlmSystemPromptLeak(),
        new LlmInstructionOverride(),
        new LlmUnboundedTokens(),
        new CredentialIssuedAnonymously());
  }

  /** Checks that send probes through the engine. */
  public static List<ActiveCheck> active() {
    return List.of(
        new SensitiveFileExposed(),
        new CorsPermissive(),
        new WeakKeyAccepted(),
        new ApiKeyInQueryAccepted(),
        new CredentialsRejected(),
        new CredentialsAccepted(),
        new HeadSkipsAuth(),
        new JwtNoneAccepted(),
        new JwtExpiredAccepted(),
        new UserEnumeration(),
        new GuessableObjectIds(),
        new CrossIdentityObjectAccess(),
        new StateChangingGet(),
        new MassAssignment(),
        new ServerErrorOnInput(),
        new ReflectedInput(),
        new TemplateInjection(),
        new TraceMethodEnabled(),
        new NoRateLimit(),
        new UnboundedPageSize(),
        new PlainHttp(),
        new LegacyTlsAccepted(),
        new WeakCipherAccepted(),
        new CertificateProblem(),
        new ServerSideRequestForgery(),
        new UnsignedWebhook(),
        new DebugConsoleExposed(),
        new ApiDocsExposed(),
        new ShadowEndpoint(),
        new OldVersionLive(),
        new DocumentedEndpointMissing(),
        new DeprecatedOperationServed(),
        new LlmEndpointUnauthenticated());
  }

  public static List<LiveCheck> all() {
    List<LiveCheck> out = new ArrayList<>(passive());
    out.addAll(active());
    return out;
  }

  @Override
  public List<RuleMeta> rules() {
    List<RuleMeta> out = new ArrayList<>();
    for (LiveCheck check : all()) {
      out.add(check.meta());
    }
    out.add(DryRunReport.META);
    out.sort(Comparator.comparing(RuleMeta::id));
    return List.copyOf(out);
  }
}
