package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.load.JsonPointers;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Optional;

/**
 * The OAuth 2.0 implicit flow (tokens in URL fragments, no sender binding) and the resource-owner
 * password flow (the client sees the user's password) are deprecated by the OAuth 2.0 Security Best
 * Current Practice and removed from OAuth 2.1.
 */
public final class DeprecatedOauthFlow implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-deprecated-oauth-flow")
          .title("Deprecated OAuth 2.0 flow (implicit or password)")
          .lens(Lens.SPEC)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2)
          .cwe(1390, 287)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.HIGH)
          .remediation(
              "Use the authorization code flow with PKCE for users and client credentials for"
                  + " services.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    var components = document.openApi().getComponents();
    if (components == null || components.getSecuritySchemes() == null) {
      return;
    }
    for (var entry : components.getSecuritySchemes().entrySet()) {
      SecurityScheme scheme = entry.getValue();
      if (scheme == null
          || scheme.getType() != SecurityScheme.Type.OAUTH2
          || scheme.getFlows() == null) {
        continue;
      }
      String flows =
          JsonPointers.child(
              JsonPointers.child("/components/securitySchemes", entry.getKey()), "flows");
      if (scheme.getFlows().getImplicit() != null) {
        reporter.report(
            META,
            JsonPointers.child(flows, "implicit"),
            Optional.empty(),
            "OAuth scheme '" + entry.getKey() + "' offers the implicit flow");
      }
      if (scheme.getFlows().getPassword() != null) {
        reporter.report(
            META,
            JsonPointers.child(flows, "password"),
            Optional.empty(),
            "OAuth scheme '" + entry.getKey() + "' offers the resource-owner password flow");
      }
    }
  }
}
