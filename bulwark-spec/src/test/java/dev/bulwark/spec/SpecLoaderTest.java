package dev.bulwark.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.spec.model.ApiModel;
import dev.bulwark.spec.model.Operation;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecLoaderTest {
  @TempDir Path tmp;

  static Path resource(String name) throws URISyntaxException {
    return Path.of(SpecLoaderTest.class.getResource("/loading/" + name).toURI());
  }

  @Test
  void buildsTheEndpointModelOfAnOpenApi30Document() throws Exception {
    // given a 3.0 document with path-level parameters, component refs and a relative file ref
    Path file = resource("petstore-30.yaml");

    // when it is loaded
    SpecDocument document = SpecLoader.loadDocument(file.toString(), SpecOptions.defaults());
    ApiModel model = document.model();

    // then every operation is there with its parameters, security and flags
    assertThat(model.title()).contains("Pets");
    assertThat(model.version()).contains("2.1");
    assertThat(model.servers()).containsExactly("https://eu.example.com/v1");
    assertThat(model.securitySchemes()).containsKey("key");
    Operation get = find(model, "GET", "/pets/{petId}");
    assertThat(get.operationId()).contains("getPet");
    assertThat(get.pointer()).isEqualTo("/paths/~1pets~1{petId}/get");
    assertThat(get.parameters()).extracting(p -> p.name()).containsExactly("petId", "verbose");
    assertThat(get.parameters().get(0).type()).contains("integer");
    assertThat(get.parameters().get(0).format()).contains("int64");
    assertThat(get.parameters().get(0).example()).contains("7");
    assertThat(get.security()).containsExactly(java.util.List.of("key"));
    assertThat(get.requiresCredentials()).isTrue();
    assertThat(get.responses()).containsExactly("200", "404");
    assertThat(get.tags()).containsExactly("pets");
    Operation put = find(model, "PUT", "/pets/{petId}");
    assertThat(put.deprecated()).isTrue();
    assertThat(put.requiresCredentials()).isFalse();
    assertThat(put.requestBodySchema()).isPresent();
    assertThat(put.requestBodySchema().orElseThrow().path("properties").has("child")).isTrue();
    assertThat(document.warnings()).isEmpty();
    assertThat(document.openApi().getComponents().getSchemas()).containsKey("Pet");
  }

  @Test
  void theParserLeavesTheTreeAsWrittenUntouched() throws Exception {
    // given documents parsed straight from the checked tree (3.0 and 3.1)
    for (String name : java.util.List.of("clean-31.yaml", "petstore-30.yaml")) {
      String text = Files.readString(resource(name));

      // when they are loaded
      SpecDocument doc =
          SpecLoader.parseDocument(text, resource(name).toString(), SpecOptions.defaults());

      // then the tree used for lines and x-bulwark-ignore is still the text as written
      var fresh = dev.bulwark.spec.load.SourceParser.parse(text, name, SpecOptions.defaults());
      assertThat(doc.source().root()).as(name).isEqualTo(fresh.root());
    }
  }

  @Test
  void convertsSwagger20WithItsRelativeFileRefs() throws Exception {
    // given a 2.0 document whose response schema lives in another file
    Path file = resource("swagger-20.yaml");

    // when it is loaded
    SpecDocument doc = SpecLoader.loadDocument(file.toString(), SpecOptions.defaults());

    // then it is converted, with servers from host/basePath/schemes and the body as a request body
    assertThat(doc.model().servers()).containsExactly("https://api.example.com/v1");
    assertThat(doc.model().operations()).hasSize(2);
    Operation post = find(doc.model(), "POST", "/pets");
    assertThat(post.requestBodySchema()).isPresent();
    assertThat(doc.openApi().getComponents().getSchemas()).containsKey("Pet");
  }

  @Test
  void parsesTextFetchedElsewhere() throws Exception {
    // given a document's text
    String text =
        Files.readString(resource("swagger-20.yaml"))
            .replace("{$ref: \"./pet-schema.yaml#/Pet\"}", "{type: object}");

    // when it is parsed
    ApiModel model = SpecLoader.parse(text, "http://127.0.0.1:1/openapi.yaml");

    // then the model is built
    assertThat(model.operations()).hasSize(2);
    assertThat(model.source()).isEqualTo("http://127.0.0.1:1/openapi.yaml");
  }

  @Test
  void recursiveSchemasLoadButPureRefCyclesAreRefused() throws Exception {
    // given a document whose schemas only refer to each other
    Path file = resource("cycle.yaml");

    // when it is loaded, then the cycle is named
    assertThatThrownBy(() -> SpecLoader.load(file.toString(), SpecOptions.defaults()))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("$ref cycle");
  }

  @Test
  void aMissingFileIsAOneLineError() {
    assertThatThrownBy(
            () -> SpecLoader.load(tmp.resolve("nope.yaml").toString(), SpecOptions.defaults()))
        .isInstanceOf(BadTargetException.class)
        .hasMessageEndingWith("no such file");
  }

  @Test
  void aDocumentOverTheSizeCapIsRefused() throws Exception {
    // given a cap smaller than the document
    Path file = resource("petstore-30.yaml");
    SpecOptions small = SpecOptions.defaults().withMaxBytes(100);

    // when it is loaded, then the cap is named
    assertThatThrownBy(() -> SpecLoader.load(file.toString(), small))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("larger than the limit of 100 bytes");
  }

  @Test
  void notOpenApiSaysWhatWasFoundInstead() throws Exception {
    assertThatThrownBy(
            () -> SpecLoader.load(resource("json-schema.json").toString(), SpecOptions.defaults()))
        .hasMessageContaining("not an OpenAPI document: found a JSON Schema");
    assertThatThrownBy(() -> SpecLoader.parse("<!DOCTYPE html><html></html>", "page"))
        .hasMessageContaining("found an HTML page");
    assertThatThrownBy(() -> SpecLoader.parse("{\"name\": \"x\", \"dependencies\": {}}", "p"))
        .hasMessageContaining("found a package.json");
    assertThatThrownBy(() -> SpecLoader.parse("- a\n- b\n", "list.yaml"))
        .hasMessageContaining("found a list");
    assertThatThrownBy(() -> SpecLoader.parse("swagger: '1.2'\n", "old.yaml"))
        .hasMessageContaining("unsupported Swagger version '1.2'");
    assertThatThrownBy(() -> SpecLoader.parse("openapi: 3.0.0\ninfo: [unclosed\n", "bad.yaml"))
        .hasMessageContaining("not valid YAML")
        .hasMessageNotContaining("invalid YAML");
  }

  @Test
  void zeroOperationsFailLoudly() throws Exception {
    assertThatThrownBy(
            () ->
                SpecLoader.load(resource("no-operations.json").toString(), SpecOptions.defaults()))
        .isInstanceOf(BadTargetException.class)
        .hasMessageContaining("declares no operations");
  }

  private static Operation find(ApiModel model, String method, String path) {
    Optional<Operation> op =
        model.operations().stream()
            .filter(o -> o.method().equals(method) && o.path().equals(path))
            .findFirst();
    assertThat(op).as(method + " " + path).isPresent();
    return op.orElseThrow();
  }
}
