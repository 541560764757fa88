package dev.bulwark.spec;

import dev.bulwark.core.SpecLocation;
import dev.bulwark.spec.audit.OperationView;
import dev.bulwark.spec.audit.PointerTranslator;
import dev.bulwark.spec.load.SourceTree;
import dev.bulwark.spec.load.SpecVersion;
import dev.bulwark.spec.model.ApiModel;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded OpenAPI document: the text as written (for lines and {@code x-bulwark-ignore}), the
 * parsed model (for rules), the operations, and the endpoint model.
 *
 * @param bytes the size of the text as read
 * @param warnings problems that did not stop loading (parser messages, remote refs not fetched)
 */
public record SpecDocument(
    String origin,
    long bytes,
    SpecVersion version,
    SourceTree source,
    OpenAPI openApi,
    List<OperationView> operations,
    ApiModel model,
    List<String> warnings) {

  public SpecDocument {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(openApi, "openApi");
    operations = List.copyOf(operations);
    Objects.requireNonNull(model, "model");
    warnings = List.copyOf(warnings);
  }

  /** The pointer as written in this document (2.0 documents differ from the parsed layout). */
  public String documentPointer(String pointer) {
    String written = PointerTranslator.toDocument(pointer, version, source.root());
    // A converted 2.0 document has no exact twin of some 3.x places: point at the nearest one.
    return version == SpecVersion.SWAGGER_2 ? source.deepestExisting(written) : written;
  }

  public SpecLocation locate(String pointer, Optional<OperationView> operation) {
    String written = documentPointer(pointer);
    return new SpecLocation(
        origin,
        written,
        source.lineOf(written),
        operation.map(OperationView::method),
        operation.map(OperationView::path));
  }
}
