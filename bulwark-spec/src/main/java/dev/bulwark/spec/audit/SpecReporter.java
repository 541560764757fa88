package dev.bulwark.spec.audit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.Finding;
import dev.bulwark.core.RuleMeta;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.Suppression;
import dev.bulwark.spec.SpecDocument;
import dev.bulwark.spec.load.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Turns what a rule saw into findings located in the file (pointer and line), reports each once,
 * and files it as suppressed when an {@code x-bulwark-ignore} on the spot, on an enclosing object,
 * or on the operation it concerns accepts its rule.
 */
public final class SpecReporter {
  private final SpecDocument document;
  private final ScanContext context;
  private final Set<String> seen = new HashSet<>();

  public SpecReporter(SpecDocument document, ScanContext context) {
    this.document = document;
    this.context = context;
  }

  public ScanContext context() {
    return context;
  }

  public void report(
      RuleMeta rule, String pointer, Optional<OperationView> operation, String message) {
    report(rule, pointer, operation, message, UnaryOperator.identity());
  }

  /**
   * Reports one finding; a second report of the same rule at the same pointer is dropped (a schema
   * shared by many operations is one problem).
   */
  public void report(
      RuleMeta rule,
      String pointer,
      Optional<OperationView> operation,
      String message,
      UnaryOperator<Finding.Builder> details) {
    if (!seen.add(rule.id() + " " + pointer)) {
      return;
    }
    Finding finding =
        details
            .apply(
                Finding.builder(rule, document.locate(pointer, operation))
                    .message(message)
                    .anchor(message))
            .build();
    Optional<Suppression> suppression = suppression(rule.id(), pointer, operation);
    if (suppression.isPresent()) {
      context.suppress(finding, suppression.get());
    } else {
      context.report(finding);
    }
  }

  private Optional<Suppression> suppression(
      String ruleId, String pointer, Optional<OperationView> operation) {
    List<String> candidates =
        new ArrayList<>(JsonPointers.selfAndAncestors(document.documentPointer(pointer)));
    operation.ifPresent(op -> candidates.addAll(0, List.of(op.pointer())));
    for (String candidate : candidates) {
      JsonNode node = document.source().at(candidate);
      for (IgnoreDirective directive : IgnoreDirective.on(node)) {
        if (directive.ruleId().equals(ruleId) || "*".equals(directive.ruleId())) {
          String origin = document.origin() + "#" + candidate;
          return Optional.of(
              new Suppression(
                  Suppression.Kind.SPEC, directive.reason(), directive.expires(), origin));
        }
      }
    }
    return Optional.empty();
  }
}
