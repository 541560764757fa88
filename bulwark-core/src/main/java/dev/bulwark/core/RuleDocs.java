package dev.bulwark.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The long explanation of a rule: a markdown file at {@code bulwark/rules/<id>.md} on the
 * classpath, in the module that holds the rule. Reports, {@code bulwark explain}, SARIF help and
 * MCP all read this one source.
 */
public final class RuleDocs {
  private RuleDocs() {}

  public static String resourcePath(String ruleId) {
    return "bulwark/rules/" + ruleId + ".md";
  }

  public static Optional<String> load(String ruleId) {
    ClassLoader loader = RuleDocs.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(resourcePath(ruleId))) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the doc of rule " + ruleId, e);
    }
  }
}
