package dev.bulwark.cli;

import dev.bulwark.core.ApiIdentity;
import dev.bulwark.core.ScanResult;
import dev.bulwark.report.ReportContext;
import dev.bulwark.report.Reporters;
import dev.bulwark.scan.AllRules;
import dev.bulwark.server.Uploader;
import dev.bulwark.store.BadReportException;
import dev.bulwark.store.SaveOutcome;
import dev.bulwark.store.ScanStore;
import dev.bulwark.store.StoreException;
import dev.bulwark.store.StoreLocation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/** Keeps a scan: in the local (or team) database with {@code --store}, or on a dashboard. */
final class History {
  private History() {}

  /** The database URL: the one given, else SQLite under the user's data directory. */
  static String databaseUrl(Optional<String> given, Map<String, String> env) {
    return given.orElseGet(
        () ->
            StoreLocation.defaultJdbcUrl(
                Optional.ofNullable(env.get("XDG_DATA_HOME")).filter(s -> !s.isBlank()),
                System.getProperty("user.home")));
  }

  static ScanStore open(String url) {
    try {
      return ScanStore.open(url);
    } catch (StoreException e) {
      throw UserError.badInput(oneLine(e.getMessage()));
    }
  }

  static void store(ScanResult result, String dbUrl, PrintWriter err) {
    try (ScanStore store = open(dbUrl)) {
      SaveOutcome saved = store.save(json(result), result.api());
      err.printf(
          "bulwark: %s scan %d in %s%n",
          saved.created() ? "stored" : "already had", saved.scanId(), redactUrl(dbUrl));
    } catch (BadReportException | StoreException e) {
      throw UserError.scanFailed("could not store the scan: " + oneLine(e.getMessage()));
    }
  }

  static void upload(ScanResult result, String url, String token, PrintWriter err) {
    URI dashboard;
    try {
      dashboard = new URI(url);
    } catch (URISyntaxException e) {
      throw UserError.badInput("--upload: not a valid URL: " + e.getReason());
    }
    try {
      Uploader.Result r = new Uploader().upload(dashboard, token, json(result), result.api());
      err.printf("bulwark: uploaded scan %d to %s%n", r.scanId(), r.url());
    } catch (Uploader.UploadException e) {
      throw UserError.scanFailed("upload failed: " + oneLine(e.getMessage()));
    }
  }

  static String json(ScanResult result) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Reporters.forFormat("json")
          .orElseThrow()
          .write(result, ReportContext.of(AllRules.registry()), out);
    } catch (IOException e) {
      throw UserError.scanFailed("could not render the JSON report: " + e.getMessage());
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static Optional<ApiIdentity> api(ScanResult result) {
    return result.api();
  }

  /** A JDBC URL may carry a password: never print it. */
  static String redactUrl(String url) {
    return url.replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//([^/@:]+):[^/@]*@", "//$1:***@");
  }

  private static String oneLine(String message) {
    return message == null ? "unknown error" : message.lines().findFirst().orElse(message);
  }
}
