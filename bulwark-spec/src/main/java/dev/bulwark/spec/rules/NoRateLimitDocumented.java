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
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;
import java.util.Optional;

/**
 * No 429 response and no rate-limit header anywhere in the document: either the API has no limit,
 * or its clients cannot know it has one. Reported once per document.
 */
public final class NoRateLimitDocumented implements SpecRule {
  public static final RuleMeta META =
      RuleMeta.builder("spec-no-rate-limit-documented")
          .title("No rate limit documented (no 429 response or rate-limit headers)")
          .lens(Lens.SPEC)
          .category(Category.RATE_LIMITING)
          .owasp(OwaspApi2023.API4)
          .cwe(770)
          .severity(Severity.LOW)
          .confidence(Confidence.MEDIUM)
          .remediation(
              "Rate-limit the API (e.g. Flask-Limiter) and document 429 responses with"
                  + " RateLimit-* and Retry-After headers.")
          .build();

  @Override
  public RuleMeta meta() {
    return META;
  }

  @Override
  public void check(SpecDocument document, SpecReporter reporter) {
    for (OperationView op : document.operations()) {
      if (op.operation().getResponses() != null && documentsLimit(op.operation().getResponses())) {
        return;
      }
    }
    var components = document.openApi().getComponents();
    if (components != null
        && ((components.getResponses() != null && documentsLimit(components.getResponses()))
            || (components.getHeaders() != null
                && components.getHeaders().keySet().stream()
                    .anyMatch(NoRateLimitDocumented::rateLimitHeader)))) {
      return;
    }
    reporter.report(
        META,
        "/paths",
        Optional.empty(),
        "no operation documents a 429 response or a rate-limit header");
  }

  private static boolean documentsLimit(Map<String, ApiResponse> responses) {
    for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
      if ("429".equals(response.getKey())) {
        return true;
      }
      Map<String, Header> headers =
          response.getValue() == null ? null : response.getValue().getHeaders();
      if (headers != null
          && headers.keySet().stream().anyMatch(NoRateLimitDocumented::rateLimitHeader)) {
        return true;
      }
    }
    return false;
  }

  private static boolean rateLimitHeader(String name) {
    String n = Names.squash(name);
    return n.contains("ratelimit") || n.equals("retryafter");
  }
}
