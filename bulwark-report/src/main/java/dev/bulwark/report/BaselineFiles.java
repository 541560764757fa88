package dev.bulwark.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.bulwark.core.Baseline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Baseline files: {@code {"bulwarkBaseline": 1, "entries": [{fingerprint, ruleId, where, reason,
 * expires?}]}}, entries in the baseline's order (by location).
 */
public final class BaselineFiles {

  public static final int FORMAT_VERSION = 1;

  private BaselineFiles() {}

  @JsonPropertyOrder({"bulwarkBaseline", "entries"})
  record FileDoc(int bulwarkBaseline, List<EntryDoc> entries) {}

  @JsonPropertyOrder({"fingerprint", "ruleId", "where", "reason", "expires"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EntryDoc(String fingerprint, String ruleId, String where, String reason, String expires) {}

  /** Writes {@code baseline} to {@code file} atomically. */
  public static void write(Path file, Baseline baseline) throws IOException {
    List<EntryDoc> entries =
        baseline.entries().stream()
            .map(
                e ->
                    new EntryDoc(
                        e.fingerprint(),
                        e.ruleId(),
                        e.where(),
                        e.reason(),
                        e.expires().map(LocalDate::toString).orElse(null)))
            .toList();
    FileDoc doc = new FileDoc(FORMAT_VERSION, entries);
    ReportFiles.writeAtomically(
        file,
        out -> {
          Json.PRETTY.writeValue(out, doc);
          out.write('\n');
        });
  }

  /**
   * Reads a baseline file; its origin is {@code file} as given.
   *
   * @throws BaselineFileException when the file is missing, unreadable, not JSON, or not a baseline
   */
  public static Baseline read(Path file) throws BaselineFileException {
    JsonNode root;
    try (InputStream in = Files.newInputStream(file)) {
      root = Json.MAPPER.readTree(in);
    } catch (NoSuchFileException e) {
      throw new BaselineFileException("baseline file not found: " + file);
    } catch (AccessDeniedException e) {
      throw new BaselineFileException("baseline file not readable: " + file);
    } catch (JsonProcessingException e) {
      throw new BaselineFileException(
          "baseline file is not JSON: " + file + " (line " + e.getLocation().getLineNr() + ")", e);
    } catch (IOException e) {
      String why = Files.isDirectory(file) ? "is a directory" : "cannot be read: " + e.getMessage();
      throw new BaselineFileException("baseline file " + why + ": " + file, e);
    }
    if (root == null || !root.isObject()) {
      throw new BaselineFileException("not a Bulwark baseline (expected a JSON object): " + file);
    }
    if (!root.has("bulwarkBaseline")) {
      String hint =
          root.has("schemaVersion") && root.has("findings")
              ? " (it is a scan report; create a baseline with `bulwark baseline create`)"
              : " (no \"bulwarkBaseline\" field)";
      throw new BaselineFileException("not a Bulwark baseline: " + file + hint);
    }
    JsonNode version = root.get("bulwarkBaseline");
    if (!version.isInt() || version.intValue() != FORMAT_VERSION) {
      throw new BaselineFileException(
          "unsupported baseline version " + version + " in " + file + " (expected 1)");
    }
    JsonNode entries = root.path("entries");
    if (!entries.isArray()) {
      throw new BaselineFileException("baseline has no \"entries\" list: " + file);
    }
    List<Baseline.Entry> out = new ArrayList<>();
    int index = 0;
    for (JsonNode e : entries) {
      index++;
      out.add(entry(e, index, file));
    }
    return new Baseline(file.toString(), out);
  }

  private static Baseline.Entry entry(JsonNode e, int index, Path file)
      throws BaselineFileException {
    String fingerprint = text(e, "fingerprint", index, file, true);
    String expires = text(e, "expires", index, file, false);
    Optional<LocalDate> date;
    try {
      date = expires.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(expires));
    } catch (DateTimeParseException ex) {
      throw new BaselineFileException(
          "baseline entry "
              + index
              + " in "
              + file
              + " has a bad expiry date (want YYYY-MM-DD): "
              + expires);
    }
    return new Baseline.Entry(
        fingerprint,
        text(e, "ruleId", index, file, false),
        text(e, "where", index, file, false),
        text(e, "reason", index, file, false),
        date);
  }

  private static String text(JsonNode e, String field, int index, Path file, boolean required)
      throws BaselineFileException {
    JsonNode value = e.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new BaselineFileException(
            "baseline entry " + index + " in " + file + " has no \"" + field + "\"");
      }
      return "";
    }
    if (!value.isTextual() || (required && value.asText().isBlank())) {
      throw new BaselineFileException(
          "baseline entry "
              + index
              + " in "
              + file
              + ": \""
              + field
              + "\" must be a non-empty string");
    }
    return value.asText();
  }
}
