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
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A request body that lets the caller write {@code role}, {@code is_admin}, {@code owner_id} and
 * similar fields lets users promote themselves or claim others' objects, unless the server ignores
 * them; the document should mark such fields {@code readOnly}. Admin routes are exempt.
 */
public final class WritablePrivilegedProperty implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-writable-privileged-property")
          .title("Request body lets callers write a privileged property")
          .lens(Lens.SPEC)
          .category(Category.PROPERTY_AUTHORIZATION)
          .owasp(OwaspApi2023.API3, OwaspApi2023.API5)
          .cwe(915, 269)
          .severity(Severity.MEDIUM)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Remove the field from the input model or mark it readOnly, and set it on the server"
                  + " from the authenticated identity.")
          .build();

  private static final Set<String> PRIVILEGED =
      Set.of(
          "role",
          "roles",
          "isadmin",
          "admin",
          "issuperuser",
          "superuser",
          "isstaff",
          "staff",
          "permissions",
          "privileges",
          "scopes",
          "ownerid",
          "owner",
          "tenantid",
          "balance",
          "accountbalance",
          "credits",
          "verified",
          "isverified",
          "emailverified",
          "approved",
          "isapproved",
          "plan",
          "tier",
          "createdby");
  private static final Set<String> ADMIN_SEGMENTS =
      Set.of("admin", "admins", "administration", "roles", "permissions");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      if (!op.changesState() || adminRoute(op.path())) {
        continue;
      }
      for (Located body : Bodies.requestSchemas(document.openApi(), op)) {
        SchemaWalker.walk(
            document.openApi(),
            body,
            (property, schema, pointer) -> {
              if (property.isPresent()
                  && PRIVILEGED.contains(Names.squash(property.get()))
                  && !Boolean.TRUE.equals(schema.getReadOnly())) {
                reporter.report(
                    META,
                    pointer,
                    Optional.of(op),
                    op.display() + " lets the caller set '" + property.get() + "'");
              }
            });
      }
    }
  }

  private static boolean adminRoute(String path) {
    for (String segment : path.toLowerCase(Locale.ROOT).split("/")) {
      if (ADMIN_SEGMENTS.contains(segment)) {
        return true;
      }
    }
    return false;
  }
}
