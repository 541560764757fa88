package dev.bulwark.spec.audit;

import dev.bulwark.spec.SpecDocument;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Optional;

/**
 * Every schema a caller supplies: parameters and request bodies of every operation, walked to the
 * leaves. Read-only properties are skipped (callers do not send them).
 */
public final class Inputs {
  private Inputs() {}

  /** Called for each input schema, with the operation it belongs to. */
  @FunctionalInterface
  public interface Visitor {
    void visit(OperationView op, Optional<String> name, Schema<?> schema, String pointer);
  }

  public static void walk(SpecDocument document, Visitor visitor) {
    for (OperationView op : document.operations()) {
      for (ParameterView p : op.parameters()) {
        p.schema()
            .ifPresent(
                root ->
                    SchemaWalker.walk(
                        document.openApi(),
                        root,
                        (property, schema, pointer) ->
                            visitor.visit(
                                op,
                                property.isPresent() ? property : Optional.of(p.name()),
                                schema,
                                pointer)));
      }
      for (Located body : Bodies.requestSchemas(document.openApi(), op)) {
        SchemaWalker.walk(
            document.openApi(),
            body,
            (property, schema, pointer) -> {
              if (!Boolean.TRUE.equals(schema.getReadOnly())) {
                visitor.visit(op, property, schema, pointer);
              }
            });
      }
    }
  }
}
