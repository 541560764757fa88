package dev.bulwark.spec.rules;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Lens;
import dev.bulwark.core.OwaspApi2023;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.Severity;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.ServerHosts;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Several API versions in one document ({@code /v1/…} beside {@code /v2/…}, or servers per version)
 * mean older versions are still reachable, usually with fewer protections than the newest.
 */
public final class MultipleApiVersions implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-multiple-api-versions")
          .title("Several API versions exposed side by side")
          .lens(Lens.SPEC)
          .category(Category.INVENTORY)
          .owasp(OwaspApi2023.API9)
          .cwe(1059)
          .severity(Severity.LOW)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Keep an inventory of deployed versions, apply the same controls to all, and retire"
                  + " old versions on a schedule.")
          .build();

  private static final Pattern VERSION = Pattern.compile("(?:^|/)(v\\d+)(?:\\.\\d+)?(?=/|$)");

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    Set<String> inPaths = new TreeSet<>();
    for (OperationView op : document.operations()) {
      versions(op.path(), inPaths);
    }
    Set<String> inServers = new TreeSet<>();
    for (ServerHosts.DeclaredServer server : ServerHosts.declared(document.openApi())) {
      versions(server.url().replaceFirst("^[a-zA-Z]+://[^/]*", ""), inServers);
    }
    if (inPaths.size() > 1) {
      reporter.report(
          META,
          "/paths",
          Optional.empty(),
          "paths expose API versions " + String.join(", ", inPaths));
    }
    if (inServers.size() > 1) {
      reporter.report(
          META,
          "/servers",
          Optional.empty(),
          "servers expose API versions " + String.join(", ", inServers));
    }
  }

  private static void versions(String path, Set<String> into) {
    Matcher m = VERSION.matcher(path.toLowerCase(Locale.ROOT));
    while (m.find()) {
      into.add(m.group(1));
    }
  }
}
