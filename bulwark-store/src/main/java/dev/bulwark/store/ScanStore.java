package dev.bulwark.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.bulwark.core.ApiIdentity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;

/**
 * Scan history in a database: SQLite (embedded, the default) or PostgreSQL (for teams). Opening a
 * store migrates its schema with Flyway; the same migrations serve both databases.
 *
 * <p>Thread-safe. With SQLite the pool holds one connection, which serialises writers: SQLite
 * allows one writer at a time anyway, and a queue in the pool beats "database is locked" errors.
 */
public final class ScanStore implements AutoCloseable {
  private static final String MIGRATIONS = "classpath:bulwark/db/migration";

  private final HikariDataSource dataSource;
  private final ScanWriter writer;
  private final ScanReader reader;
  private final Accounts accounts;

  private ScanStore(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    Jdbi jdbi = Jdbi.create(dataSource);
    this.writer = new ScanWriter(jdbi);
    this.reader = new ScanReader(jdbi);
    this.accounts = new Accounts(jdbi);
  }

  /**
   * Opens (creating and migrating when needed) the database at {@code jdbcUrl}: {@code
   * jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST/DB?user=…&password=…}. See {@link
   * StoreLocation#defaultJdbcUrl} for the default.
   *
   * @throws StoreException when the database cannot be reached, or was migrated by a newer Bulwark
   */
  public static ScanStore open(String jdbcUrl) {
    Dialect dialect = Dialect.of(jdbcUrl);
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(poolConfig(jdbcUrl, dialect));
    } catch (RuntimeException e) {
      throw new StoreException(
          "cannot open the database " + Dialect.redactUrl(jdbcUrl) + ": " + rootMessage(e), e);
    }
    try {
      migrate(dataSource, dialect, jdbcUrl);
      return new ScanStore(dataSource);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  private static HikariConfig poolConfig(String jdbcUrl, Dialect dialect) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("bulwark-store");
    config.setConnectionTimeout(30_000);
    if (dialect == Dialect.SQLITE) {
      config.setMaximumPoolSize(1);
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("busy_timeout", "10000");
    } else {
      config.setMaximumPoolSize(8);
    }
    return config;
  }

  private static void migrate(HikariDataSource dataSource, Dialect dialect, String jdbcUrl) {
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations(MIGRATIONS)
            .placeholders(Map.of("id_column", dialect.idColumn()))
            .load();
    try {
      MigrationInfo current = flyway.info().current();
      if (current != null && current.getState() == MigrationState.FUTURE_SUCCESS) {
        throw new StoreException(
            "the database "
                + Dialect.redactUrl(jdbcUrl)
                + " has schema version "
                + current.getVersion()
                + ", newer than this Bulwark knows; upgrade Bulwark (nothing was changed)");
      }
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "cannot migrate the database " + Dialect.redactUrl(jdbcUrl) + ": " + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return message.lines().findFirst().orElse(message);
  }

  /**
   * Parses and stores a JSON report (schema version 1). The API identity is, in order: {@code api}
   * when given, the report's own {@code api} object, else the report's targets.
   *
   * @throws BadReportException when the report cannot be read; nothing is stored then
   */
  public SaveOutcome save(String reportJson, Optional<ApiIdentity> api) {
    api.ifPresent(ScanStore::checkIdentity);
    ParsedReport report = ReportParser.parse(reportJson);
    ApiIdentity identity =
        api.or(report::api).orElseGet(() -> new ApiIdentity(fallbackName(report), "unversioned"));
    return writer.save(report, identity, reportJson);
  }

  private static void checkIdentity(ApiIdentity api) {
    if (api.name().isBlank() || api.name().length() > 200) {
      throw new BadReportException("the API name must have 1-200 characters");
    }
    if (api.version().isBlank() || api.version().length() > 100) {
      throw new BadReportException("the API version must have 1-100 characters");
    }
  }

  private static String fallbackName(ParsedReport report) {
    String target = report.target().isBlank() ? "unnamed" : report.target();
    return target.length() > 200 ? target.substring(0, 200) : target;
  }

  /** Every API with its latest scan, sorted by name. */
  public List<ApiSummary> apis() {
    return reader.apis();
  }

  public Optional<ApiHistory> history(String apiName) {
    return reader.history(apiName);
  }

  public Optional<ScanDetail> scan(long scanId) {
    return reader.scan(scanId);
  }

  /** The report exactly as it was uploaded. */
  public Optional<String> rawReport(long scanId) {
    return reader.rawReport(scanId);
  }

  public Optional<ScanDiff> diff(long fromScanId, long toScanId) {
    return reader
        .scan(fromScanId)
        .flatMap(f -> reader.scan(toScanId).map(t -> ScanDiff.between(f, t)));
  }

  /** True when the database answers a trivial query (for the dashboard's /health). */
  public boolean healthy() {
    try {
      return reader.ping();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Dashboard users and upload tokens. */
  public Accounts accounts() {
    return accounts;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
