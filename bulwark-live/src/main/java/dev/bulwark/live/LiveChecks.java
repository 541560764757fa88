package dev.bulwark.live;

import dev.bulwark.core.RuleCatalog;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.live.check.ActiveCheck;
import dev.bulwark.live.check.LiveCheck;
import dev.bulwark.live.check.PassiveCheck;
import dev.bulwark.live.checks.auth.ApiKeyInQueryAccepted;
import dev.bulwark.live.checks.auth.AuthNotEnforced;
import dev.bulwark.live.checks.auth.CredentialsRejected;
import dev.bulwark.live.checks.auth.JwtAlgNone;
import dev.bulwark.live.checks.auth.JwtWeakSecret;
import dev.bulwark.live.checks.auth.UnsignedSessionCookie;
import dev.bulwark.live.checks.auth.WeakKeyAccepted;
import dev.bulwark.live.checks.exposure.CorsPermissive;
import dev.bulwark.live.checks.exposure.DebugPageExposed;
import dev.bulwark.live.checks.exposure.PiiInResponse;
import dev.bulwark.live.checks.exposure.SecretInResponse;
import dev.bulwark.live.checks.exposure.SensitiveFileExposed;
import dev.bulwark.live.checks.exposure.StackTraceInResponse;
import dev.bulwark.live.checks.exposure.VerboseServerHeader;
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
        new JwtWeakSecret());
  }

  /** Checks that send probes through the engine. */
  public static List<ActiveCheck> active() {
    return List.of(
        new SensitiveFileExposed(),
        new CorsPermissive(),
        new WeakKeyAccepted(),
        new ApiKeyInQueryAccepted(),
        new CredentialsRejected());
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
