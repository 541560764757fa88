package dev.bulwark.report;

import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** SARIF rule descriptors ({@code tool.driver.rules}) from rule metadata and docs. */
final class SarifRules {

  private SarifRules() {}

  static ReportingDescriptor descriptor(RuleMeta rule, ReportContext ctx) {
    String doc = ctx.docs().apply(rule.id()).orElse("");
    String helpText = rule.remediation().isBlank() ? rule.title() : rule.remediation();
    String helpMarkdown = doc.isBlank() ? "**" + rule.title() + "**\n\n" + helpText : doc;
    Set<String> tags = new LinkedHashSet<>();
    tags.add("security");
    for (OwaspApi2023 entry : rule.owasp()) {
      tags.add(entry.id());
    }
    for (int cwe : rule.cwe()) {
      tags.add("external/cwe/cwe-" + cwe);
    }
    tags.add(rule.category().id());
    return new ReportingDescriptor()
        .withId(rule.id())
        .withName(pascalCase(rule.id()))
        .withShortDescription(new MultiformatMessageString().withText(rule.title()))
        .withFullDescription(new MultiformatMessageString().withText(fullDescription(rule)))
        .withHelp(new MultiformatMessageString().withText(helpText).withMarkdown(helpMarkdown))
        .withDefaultConfiguration(
            new ReportingConfiguration().withLevel(configLevel(rule.severity())))
        .withProperties(
            new PropertyBag()
                .withTags(tags)
                .withAdditionalProperty(
                    "security-severity",
                    String.format(Locale.ROOT, "%.1f", rule.severity().securitySeverity()))
                .withAdditionalProperty("precision", precision(rule.confidence()))
                .withAdditionalProperty("problem.severity", problemSeverity(rule.severity())));
  }

  private static String fullDescription(RuleMeta rule) {
    return rule.title()
        + " ("
        + rule.category().title()
        + ", "
        + rule.owasp().get(0).id()
        + " "
        + rule.owasp().get(0).title()
        + ").";
  }

  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "note";
    };
  }

  private static ReportingConfiguration.Level configLevel(Severity severity) {
    return ReportingConfiguration.Level.fromValue(level(severity));
  }

  private static String problemSeverity(Severity severity) {
    return switch (severity) {
      case CRITICAL, HIGH -> "error";
      case MEDIUM -> "warning";
      case LOW, INFO -> "recommendation";
    };
  }

  private static String precision(Confidence confidence) {
    return confidence.id();
  }

  /** {@code flask-debug-enabled} becomes {@code FlaskDebugEnabled}. */
  static String pascalCase(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }
}
