package dev.bulwark.spec;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.core.CollectingScanContext;
import dev.bulwark.core.Redactor;
import dev.bulwark.core.RulePolicy;
import java.nio.file.Path;

/** Test helpers: load and audit a document into a collecting context. */
final class Audits {
  private Audits() {}

  static CollectingScanContext audit(Path file) throws BadTargetException {
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    SpecLens.runner(file.toString(), SpecOptions.defaults()).run(context);
    return context;
  }

  static CollectingScanContext auditText(String text, String origin) throws BadTargetException {
    CollectingScanContext context =
        new CollectingScanContext(Redactor.ephemeral(), RulePolicy.DEFAULT);
    SpecLens.audit(SpecLoader.parseDocument(text, origin, SpecOptions.defaults()), context);
    return context;
  }
}
