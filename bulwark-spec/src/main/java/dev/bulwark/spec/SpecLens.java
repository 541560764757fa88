package dev.bulwark.spec;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.Category;
import dev.bulwark.core.Lens;
import dev.bulwark.core.LensRunner;
import dev.bulwark.core.ScanContext;
import dev.bulwark.core.ScanError;
import dev.bulwark.core.Target;
import dev.bulwark.spec.audit.SpecReporter;
import dev.bulwark.spec.audit.SpecRule;
import java.util.List;
import java.util.Set;

/** The spec lens: loads an OpenAPI document (file or URL) and audits it with every spec rule. */
public final class SpecLens {
  private static final int MAX_WARNINGS = 10;

  private SpecLens() {}

  /** A runner over a document the caller already loaded (e.g. for the live lens's model too). */
  public static LensRunner runner(SpecDocument document) {
    return new LensRunner() {
      @Override
      public Target target() {
        return new Target(Lens.SPEC, document.origin());
      }

      @Override
      public Set<Category> plannedCategories() {
        return SpecRules.categories();
      }

      @Override
      public void run(ScanContext context) {
        audit(document, context);
      }
    };
  }

  public static LensRunner runner(String ref, SpecOptions options) {
    return new LensRunner() {
      @Override
      public Target target() {
        return new Target(Lens.SPEC, ref);
      }

      @Override
      public Set<Category> plannedCategories() {
        return SpecRules.categories();
      }

      @Override
      public void run(ScanContext context) throws BadTargetException {
        SpecDocument document = SpecLoader.loadDocument(ref, options);
        audit(document, context);
      }
    };
  }

  /** Runs every enabled rule over a loaded document; a rule that throws becomes a scan error. */
  public static void audit(SpecDocument document, ScanContext context) {
    audit(document, context, SpecRules.all());
  }

  /** Runs the given rules over a loaded document (tests pass rules built with a fake finder). */
  public static void audit(SpecDocument document, ScanContext context, List<SpecRule> rules) {
    context.stats().addFile(document.bytes());
    context.stats().addOperations(document.operations().size());
    reportWarnings(document, context);
    SpecReporter reporter = new SpecReporter(document, context);
    for (SpecRule rule : rules) {
      if (context.cancelled()) {
        return;
      }
      if (!context.policy().enabled(rule.meta().id())) {
        continue;
      }
      try {
        rule.check(document, reporter);
      } catch (RuntimeException e) {
        context.error(ScanError.of(rule.meta().id(), e));
      }
    }
    for (Category category : SpecRules.categories()) {
      context.assessed(category);
    }
  }

  private static void reportWarnings(SpecDocument document, ScanContext context) {
    List<String> warnings = document.warnings();
    for (int i = 0; i < Math.min(MAX_WARNINGS, warnings.size()); i++) {
      context.error(new ScanError(document.origin(), warnings.get(i)));
    }
    if (warnings.size() > MAX_WARNINGS) {
      context.error(
          new ScanError(
              document.origin(),
              (warnings.size() - MAX_WARNINGS) + " more warnings about the document not shown"));
    }
  }
}
