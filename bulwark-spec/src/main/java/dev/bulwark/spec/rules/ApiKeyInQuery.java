package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.Names;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.ParameterView;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import dev.bulwark.spec.load.JsonPointers;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Optional;
import java.util.Set;

/**
 * Keys in the query string end up in access logs, proxies, browser history and Referer headers. A
 * declared {@code apiKey} scheme {@code in: query} is certain; a key-like query parameter is
 * likely.
 */
public final class ApiKeyInQuery implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-api-key-in-query")
          .title("API key or token carried in the query string")
          .lens(Lens.SPEC)
          .category(Category.AUTHENTICATION)
          .owasp(OwaspApi2023.API2, OwaspApi2023.API8)
          .cwe(598)
          .severity(Severity.HIGH)
          .confidence(Confidence.HIGH)
          .remediation(
              "Take keys in a header (e.g. X-API-Key or Authorization) and reject them in the URL.")
          .build();

  private static final Set<String> KEY_NAMES =
      Set.of(
          "apikey",
          "key",
          "xapikey",
          "appkey",
          "accesskey",
          "secretkey",
          "privatekey",
          "accesstoken",
          "token",
          "authtoken",
          "idtoken",
          "refreshtoken",
          "bearer",
          "jwt",
          "secret",
          "clientsecret",
          "password",
          "passwd",
          "pwd",
          "sessionid",
          "session",
          "auth");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    var components = document.openApi().getComponents();
    if (components != null && components.getSecuritySchemes() != null) {
      for (var entry : components.getSecuritySchemes().entrySet()) {
        SecurityScheme scheme = entry.getValue();
        if (scheme != null
            && scheme.getType() == SecurityScheme.Type.APIKEY
            && scheme.getIn() == SecurityScheme.In.QUERY) {
          reporter.report(
              META,
              JsonPointers.child("/components/securitySchemes", entry.getKey()),
              Optional.empty(),
              "security scheme '"
                  + entry.getKey()
                  + "' sends the API key in the query parameter '"
                  + scheme.getName()
                  + "'");
        }
      }
    }
    for (OperationView op : document.operations()) {
      for (ParameterView p : op.parameters()) {
        if ("query".equals(p.in()) && KEY_NAMES.contains(Names.squash(p.name()))) {
          reporter.report(
              META,
              p.pointer(),
              Optional.of(op),
              op.display() + " takes the credential-like query parameter '" + p.name() + "'",
              b -> b.confidence(Confidence.MEDIUM));
        }
      }
    }
  }
}
