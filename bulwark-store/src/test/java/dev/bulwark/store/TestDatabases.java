package dev.bulwark.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The two databases every store test runs against: a fresh SQLite file, and a fresh database on one
 * real PostgreSQL server (zonky's embedded binaries, started once per JVM on 127.0.0.1).
 */
public enum TestDatabases {
  SQLITE,
  POSTGRES;

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  /** A JDBC URL of an empty database of this kind. */
  public String freshUrl(Path tempDir) {
    int n = COUNTER.incrementAndGet();
    if (this == SQLITE) {
      return StoreLocation.sqliteUrl(tempDir.resolve("store-" + n + ".db"));
    }
    EmbeddedPostgres pg = server();
    String name = "bulwark_test_" + n;
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return pg.getJdbcUrl("postgres", name);
  }

  private static synchronized EmbeddedPostgres server() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopServer));
    }
    return postgres;
  }

  private static synchronized void stopServer() {
    try {
      if (postgres != null) {
        postgres.close();
      }
    } catch (IOException e) {
      // The JVM is exiting; the temporary data directory goes with it.
    }
  }
}
