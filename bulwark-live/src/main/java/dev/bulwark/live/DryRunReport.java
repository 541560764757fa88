package dev.bulwark.live;

import dev.bulwark.core.Category;
import dev.bulwark.core.Confidence;
import dev.bulwark.core.Evidence;
import dev.bulwark.core.Finding;
import dev.bulwark.core.HttpLocation;
import dev.bulwark.core.Lens;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.Severity;
import dev.bulwark.live.engine.PlannedRequest;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * In a dry run, each planned request becomes an {@code info} finding so every report format lists
 * the plan without knowing about dry runs. Nothing is sent.
 */
final class DryRunReport {
  static final RuleMeta META =
      RuleMeta.builder("live-dry-run-request")
          .title("Request planned by a dry run (not sent)")
          .lens(Lens.LIVE)
          .category(Category.INVENTORY)
          .cwe(1059)
          .severity(Severity.INFO)
          .confidence(Confidence.HIGH)
          .remediation("Nothing to fix: run without --dry-run to send the planned requests.")
          .build();

  private DryRunReport() {}

  private static String pathOf(String url) {
    try {
      String path = URI.create(url).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  static void report(ScanContext context, List<PlannedRequest> planned, URI base) {
    for (PlannedRequest request : planned) {
      String path = pathOf(request.url());
      HttpLocation location =
          new HttpLocation(request.method(), request.url(), path, Optional.of(request.purpose()));
      context.report(
          Finding.builder(META, location)
              .message("planned: " + request.line())
              .evidence(Evidence.snippet(request.line()))
              .build());
    }
  }
}
