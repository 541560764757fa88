package dev.bulwark.spec.load;

import dev.bulwark.core.BadTargetException;
import dev.bulwark.spec.SpecOptions;
import java.io.IOException;
import java.util.Locale;

/**
 * Turns a document's text into a {@link SourceTree}, as JSON when it looks like JSON, else YAML.
 */
public final class SourceParser {
  private SourceParser() {}

  public static SourceTree parse(String text, String origin, SpecOptions options)
      throws BadTargetException {
    if (text.length() > options.maxBytes()) {
      throw DocumentReader.tooBig(origin, options.maxBytes());
    }
    String start = text.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    if (start.isEmpty()) {
      throw new BadTargetException(origin + ": the document is empty");
    }
    String head = start.substring(0, Math.min(200, start.length())).toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")) {
      throw new BadTargetException(
          origin
              + ": not an OpenAPI document: found "
              + (head.startsWith("<?xml") ? "an XML document" : "an HTML page"));
    }
    boolean json = start.startsWith("{") || start.startsWith("[");
    try {
      if (json) {
        try {
          return JsonTreeReader.read(start, options.maxNestingDepth());
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
          // YAML flow style ({openapi: 3.0.3, ...}) also starts with a brace.
          try {
            return YamlTreeReader.read(text, options);
          } catch (IOException yamlToo) {
            throw e;
          }
        }
      }
      return YamlTreeReader.read(text, options);
    } catch (IOException e) {
      throw new BadTargetException(
          origin + ": not valid " + (json ? "JSON" : "YAML") + ": " + oneLine(e.getMessage()), e);
    } catch (StackOverflowError e) {
      throw new BadTargetException(origin + ": the document nests too deeply", e);
    }
  }

  private static String oneLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    return message.lines().findFirst().orElse("").strip();
  }
}
