package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.ServerHosts;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.load.JsonPointers;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP basic credentials and API keys are replayable secrets sent on every request; over a plain
 * {@code http://} server anyone on the path can copy them.
 */
public final class CredentialsOverHttp implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-credentials-over-http")
          .title("Basic credentials or API keys sent to a plain-HTTP server")
          .lens(Lens.SPEC)
          .category(Category.ENCRYPTION)
          .owasp(OwaspApi2023.API8, OwaspApi2023.API2)
          .cwe(523, 319)
          .severity(Severity.HIGH)
          .confidence(Confidence.HIGH)
          .remediation("Serve the API over HTTPS only; never accept keys or passwords over HTTP.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    Optional<ServerHosts.DeclaredServer> http =
        ServerHosts.declared(document.openApi()).stream()
            .filter(ServerHosts.DeclaredServer::plainHttp)
            .filter(s -> !s.host().map(ServerHosts::loopback).orElse(false))
            .findFirst();
    var components = document.openApi().getComponents();
    if (http.isEmpty() || components == null || components.getSecuritySchemes() == null) {
      return;
    }
    for (var entry : components.getSecuritySchemes().entrySet()) {
      SecurityScheme scheme = entry.getValue();
      if (scheme == null || !replayable(scheme)) {
        continue;
      }
      reporter.report(
          META,
          JsonPointers.child("/components/securitySchemes", entry.getKey()),
          Optional.empty(),
          "security scheme '"
              + entry.getKey()
              + "' ("
              + describe(scheme)
              + ") is used with the plain-HTTP server "
              + http.get().url());
    }
  }

  private static boolean replayable(SecurityScheme scheme) {
    if (scheme.getType() == SecurityScheme.Type.APIKEY) {
      return true;
    }
    return scheme.getType() == SecurityScheme.Type.HTTP
        && scheme.getScheme() != null
        && "basic".equals(scheme.getScheme().toLowerCase(Locale.ROOT));
  }

  private static String describe(SecurityScheme scheme) {
    return scheme.getType() == SecurityScheme.Type.APIKEY ? "API key" : "HTTP basic";
  }
}
