package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.Bodies;
import dev.bulwark.spec.audit.Located;
import dev.bulwark.spec.audit.Names;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.SchemaWalker;
import dev.bulwark.spec.audit.Sensitivity;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A response schema that carries passwords, hashes, secrets, keys, tokens or personal identifiers
 * sends them to every caller of the operation. Tokens and keys are expected in the answers of
 * login, token and key-creation operations, and are not reported there; {@code writeOnly}
 * properties never appear in responses.
 */
public final class SensitivePropertyInResponse implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-sensitive-property-in-response")
          .title("Sensitive property exposed in a response schema")
          .lens(Lens.SPEC)
          .category(Category.DATA_EXPOSURE)
          .owasp(OwaspApi2023.API3)
          .cwe(213, 200)
          .severity(Severity.HIGH)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Drop the property from the response model (or mark it writeOnly) and serialise"
                  + " responses from an explicit allow-list of fields.")
          .build();

  private static final Set<String> SECRETS =
      Set.of(
          "password",
          "passwd",
          "pwd",
          "passwordhash",
          "hashedpassword",
          "passwordsalt",
          "salt",
          "secret",
          "clientsecret",
          "apisecret",
          "privatekey",
          "secretkey",
          "signingkey",
          "totpsecret",
          "mfasecret",
          "otpsecret",
          "cvv",
          "cvc",
          "pin");
  private static final Set<String> CREDENTIALS =
      Set.of(
          "apikey",
          "accesstoken",
          "refreshtoken",
          "token",
          "authtoken",
          "sessiontoken",
          "sessionid",
          "idtoken",
          "bearertoken");
  private static final Set<String> PERSONAL =
      Set.of(
          "ssn",
          "socialsecuritynumber",
          "cardnumber",
          "creditcard",
          "creditcardnumber",
          "ccnumber",
          "pan",
          "dateofbirth",
          "dob",
          "birthdate",
          "passportnumber",
          "taxid",
          "nationalid",
          "iban",
          "accountnumber");
  private static final Set<String> KEY_ISSUERS = Set.of("keys", "apikeys", "api-keys", "tokens");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      for (Located root : Bodies.responseSchemas(document.openApi(), op, Bodies::success)) {
        SchemaWalker.walk(
            document.openApi(),
            root,
            (property, schema, pointer) -> {
              if (property.isEmpty() || Boolean.TRUE.equals(schema.getWriteOnly())) {
                return;
              }
              classify(property.get(), op)
                  .ifPresent(
                      severity ->
                          reporter.report(
                              META,
                              pointer,
                              Optional.of(op),
                              op.display()
                                  + " returns the sensitive property '"
                                  + property.get()
                                  + "'",
                              b -> b.severity(severity)));
            });
      }
    }
  }

  private static Optional<Severity> classify(String name, OperationView op) {
    String n = Names.squash(name);
    if (SECRETS.contains(n) || n.contains("password") || n.endsWith("secret")) {
      return Optional.of(Severity.HIGH);
    }
    if (CREDENTIALS.contains(n)) {
      return issuesCredentials(op) ? Optional.empty() : Optional.of(Severity.MEDIUM);
    }
    return PERSONAL.contains(n) ? Optional.of(Severity.MEDIUM) : Optional.empty();
  }

  /** Login, token and key-creation operations answer with a credential by design. */
  private static boolean issuesCredentials(OperationView op) {
    if (Sensitivity.publicByNature(op.path())) {
      return true;
    }
    String last = op.path().substring(op.path().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return "POST".equals(op.method()) && KEY_ISSUERS.contains(last);
  }
}
