package dev.bulwark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.bulwark.secrets.CatalogException;
import dev.bulwark.secrets.PatternCatalog;
import dev.bulwark.secrets.PatternSpec;
import java.util.List;

/**
 * A team's own secret patterns from {@code bulwark.yaml}, checked before the scan starts exactly as
 * the built-in catalog is (regex, keywords, samples), so a broken pattern is a clear exit 2.
 */
final class CustomPatterns {
  private CustomPatterns() {}

  static List<PatternSpec> from(ConfigFile config) {
    if (config.secrets().patterns().isEmpty()) {
      return List.of();
    }
    try {
      String yaml =
          new ObjectMapper(new YAMLFactory()).writeValueAsString(config.secrets().patterns());
      List<PatternSpec> specs = PatternCatalog.parseSpecs(yaml);
      PatternCatalog.custom(specs);
      return specs;
    } catch (JsonProcessingException | CatalogException e) {
      throw UserError.badInput("bulwark.yaml: secrets.patterns: " + firstLine(e.getMessage()));
    }
  }

  private static String firstLine(String message) {
    return message == null ? "invalid" : message.lines().findFirst().orElse(message);
  }
}
