package dev.bulwark.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads {@code bulwark.yaml} strictly: a typo in a key is an error, not a silent default. */
final class ConfigLoader {
  static final String DEFAULT_NAME = "bulwark.yaml";
  private static final long MAX_BYTES = 1024 * 1024;

  private ConfigLoader() {}

  /**
   * The explicit {@code --config} file, else {@code bulwark.yaml} in the working directory, else in
   * the first directory target, else an empty configuration.
   */
  static ConfigFile load(Optional<Path> explicit, Optional<Path> firstSourceRoot) {
    if (explicit.isPresent()) {
      if (!Files.isRegularFile(explicit.get())) {
        throw UserError.badInput(explicit.get() + ": configuration file not found");
      }
      return read(explicit.get());
    }
    Path here = Path.of(DEFAULT_NAME);
    if (Files.isRegularFile(here)) {
      return read(here);
    }
    Optional<Path> inRoot = firstSourceRoot.map(root -> root.resolve(DEFAULT_NAME));
    if (inRoot.isPresent() && Files.isRegularFile(inRoot.get())) {
      return read(inRoot.get());
    }
    return ConfigFile.EMPTY;
  }

  static ConfigFile read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw UserError.badInput(file + ": configuration file is larger than 1 MB");
      }
      ObjectMapper yaml =
          new ObjectMapper(new YAMLFactory())
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
              .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
      ConfigFile config = yaml.readValue(file.toFile(), ConfigFile.class);
      return config == null ? ConfigFile.EMPTY : config;
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      throw UserError.badInput(
          file
              + lineOfKey(file, e.getPropertyName()).orElse(where(e.getLocation()))
              + ": unknown key '"
              + e.getPropertyName()
              + "' (known keys here: "
              + known
              + ")");
    } catch (JsonProcessingException e) {
      throw UserError.badInput(
          file
              + where(e.getLocation())
              + ": "
              + e.getOriginalMessage().lines().findFirst().orElse("invalid YAML"));
    } catch (IOException e) {
      throw UserError.badInput(file + ": cannot read configuration (" + e.getMessage() + ")");
    }
  }

  /**
   * The line where an unknown key is written. Jackson reports the end of the enclosing object for
   * record-bound configuration, which points past the typo.
   */
  private static Optional<String> lineOfKey(Path file, String key) {
    Pattern written = Pattern.compile("(^|[\\s{,])[\"']?" + Pattern.quote(key) + "[\"']?\\s*:");
    try {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        int comment = line.indexOf(" #");
        String code = comment < 0 ? line : line.substring(0, comment);
        if (written.matcher(code).find()) {
          return Optional.of(":" + (i + 1));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // The file was readable a moment ago; without it the message simply has no line.
    }
    return Optional.empty();
  }

  private static String where(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? "" : ":" + location.getLineNr();
  }
}
