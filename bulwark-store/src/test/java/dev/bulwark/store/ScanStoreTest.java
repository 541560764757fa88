package dev.bulwark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bulwark.core.ApiIdentity;
import dev.bulwark.core.Evidence;
import dev.bulwark.core.Redactor;
import dev.bulwark.store.Reports.F;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every test runs against SQLite and against a real PostgreSQL server. */
class ScanStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

  @TempDir Path tempDir;

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void storesAScanAndReadsItBack(TestDatabases db) {
    try (ScanStore store = ScanStore.open(db.freshUrl(tempDir))) {
      // given
      String json =
          Reports.report(
              "scan-1",
              "payments",
              "1.2.0",
              T0,
              72,
              List.of(
                  F.of("fp-a", "high", "authentication"),
                  F.of("fp-b", "critical", "data_exposure")));
      // when
      SaveOutcome outcome = store.save(json, Optional.empty());
      // then
      assertThat(outcome.created()).isTrue();
      ScanDetail detail = store.scan(outcome.scanId()).orElseThrow();
      assertThat(detail.summary().api()).isEqualTo("payments");
      assertThat(detail.summary().version()).isEqualTo("1.2.0");
      assertThat(detail.summary().score()).isEqualTo(72);
      assertThat(detail.summary().grade()).isEqualTo("C");
      assertThat(detail.summary().startedAt()).isEqualTo(T0);
      assertThat(detail.findings())
          .extracting(StoredFinding::fingerprint)
          .containsExactly("fp-b", "fp-a");
      StoredFinding first = detail.findings().get(0);
      assertThat(first.location()).isEqualTo("app.py:12:5");
      assertThat(first.cwe()).containsExactly(798);
      assertThat(first.owasp()).containsExactly("API2:2023");
      assertThat(detail.categories())
          .extracting(CategoryResult::category)
          .containsExactly("authentication", "rate_limiting");
      assertThat(detail.categories().get(1).assessed()).isFalse();
      assertThat(store.rawReport(outcome.scanId())).contains(json);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void anExplicitIdentityWinsOverTheReportsOwn(TestDatabases db) {
    try (ScanStore store = ScanStore.open(db.freshUrl(tempDir))) {
      String json = Reports.report("scan-1", "payments", "1.2.0", T0, 90, List.of());
      long id = store.save(json, Optional.of(new ApiIdentity("billing", "v2"))).scanId();
      assertThat(store.scan(id).orElseThrow().summary().api()).isEqualTo("billing");
      String anonymous = Reports.report("scan-2", null, null, T0, 90, List.of());
      long id2 = store.save(anonymous, Optional.empty()).scanId();
      assertThat(store.scan(id2).orElseThrow().summary().api())
          .isEqualTo("source:examples/flask-app");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theSameReportIsStoredOnce(TestDatabases db) {
    try (ScanStore store = ScanStore.open(db.freshUrl(tempDir))) {
      String json =
          Reports.report("scan-1", "payments", "1", T0, 72, List.of(F.of("a", "low", "ssrf")));
      SaveOutcome first = store.save(json, Optional.empty());
      SaveOutcome second = store.save(json, Optional.empty());
      assertThat(second.created()).isFalse();
      assertThat(second.scanId()).isEqualTo(first.scanId());
      assertThat(store.history("payments").orElseThrow().scans()).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void keepsHistoryPerApiAndVersionWithATrend(TestDatabases db) {
    try (ScanStore store = ScanStore.open(db.freshUrl(tempDir))) {
      // given three scans of one API over two versions, and one of another
      store.save(Reports.report("s1", "payments", "1.0", T0, 50, List.of()), Optional.empty());
      store.save(
          Reports.report("s2", "payments", "1.0", T0.plusSeconds(60), 65, List.of()),
          Optional.empty());
      store.save(
          Reports.report("s3", "payments", "2.0", T0.plusSeconds(120), 91, List.of()),
          Optional.empty());
      store.save(Reports.report("s4", "accounts", "1", T0, 80, List.of()), Optional.empty());
      // when
      List<ApiSummary> apis = store.apis();
      ApiHistory history = store.history("payments").orElseThrow();
      // then
      assertThat(apis).extracting(ApiSummary::name).containsExactly("accounts", "payments");
      ApiSummary payments = apis.get(1);
      assertThat(payments.trend()).containsExactly(50, 65, 91);
      assertThat(payments.delta()).isEqualTo(26);
      assertThat(payments.latest().grade()).isEqualTo("A");
      assertThat(payments.versionCount()).isEqualTo(2);
      assertThat(payments.scanCount()).isEqualTo(3);
      assertThat(history.versions()).containsExactly("1.0", "2.0");
      assertThat(history.scans())
          .extracting(ScanSummary::scanUid)
          .containsExactly("s1", "s2", "s3");
      assertThat(store.history("nobody")).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void diffsTwoScansByFingerprint(TestDatabases db) {
    try (ScanStore store = ScanStore.open(db.freshUrl(tempDir))) {
      long a =
          store
              .save(
                  Reports.report(
                      "s1",
                      "p",
                      "1",
                      T0,
                      60,
                      List.of(F.of("kept", "high", "ssrf"), F.of("gone", "low", "inventory"))),
                  Optional.empty())
              .scanId();
      long b =
          store
              .save(
                  Reports.report(
                      "s2",
                      "p",
                      "1",
                      T0.plusSeconds(5),
                      70,
                      List.of(F.of("kept", "high", "ssrf"), F.of("new", "critical", "bola"))),
                  Optional.empty())
              .scanId();
      ScanDiff diff = store.diff(a, b).orElseThrow();
      assertThat(diff.added()).extracting(StoredFinding::fingerprint).containsExactly("new");
      assertThat(diff.fixed()).extracting(StoredFinding::fingerprint).containsExactly("gone");
      assertThat(diff.unchanged()).extracting(StoredFinding::fingerprint).containsExactly("kept");
      assertThat(store.diff(a, 999)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void theDatabaseHoldsNoWholeSecret(TestDatabases db) throws Exception {
    String url = db.freshUrl(tempDir);
    // given a finding whose evidence was redacted the way every lens does it
    String secret = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    Evidence evidence =
        Evidence.secret(Redactor.ephemeral(), "STRIPE_KEY = \"" + secret + "\"", secret, 8);
    try (ScanStore store = ScanStore.open(url)) {
      store.accounts().createUser("admin", "correct horse battery staple");
      store.accounts().createToken("ci");
      // when
      store.save(
          Reports.report(
              "s1",
              "payments",
              "1",
              T0,
              40,
              List.of(
                  new F(
                      "fp-secret",
                      "hardcoded-stripe-key",
                      "critical",
                      "authentication",
                      evidence.text()))),
          Optional.empty());
    }
    // then no text column of any table contains the secret, nor its secret part
    List<String> cells = allCells(url);
    assertThat(cells).anySatisfy(c -> assertThat(c).contains("sk_live_…(32 chars"));
    assertThat(cells).noneSatisfy(c -> assertThat(c).contains(secret));
    assertThat(cells).noneSatisfy(c -> assertThat(c).contains("4eC39HqLyjWDarjtT1zdp7dc"));
  }

  private static List<String> allCells(String url) throws Exception {
    List<String> cells = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url)) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME"));
        }
      }
      assertThat(tables).contains("scans", "findings", "users", "api_tokens");
      for (String table : tables) {
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData meta = rs.getMetaData();
          while (rs.next()) {
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              cells.add(String.valueOf(rs.getObject(i)));
            }
          }
        }
      }
    }
    return cells;
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void twentyParallelSavesAreAllStoredOnce(TestDatabases db) throws Exception {
    try (ScanStore store = ScanStore.open(db.freshUrl(tempDir))) {
      // given 20 distinct reports, each sent twice at once
      List<Callable<SaveOutcome>> uploads = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        String json =
            Reports.report(
                "par-" + i,
                "api-" + (i % 3),
                "v" + (i % 2),
                T0.plusSeconds(i),
                50 + i,
                List.of(F.of("fp-" + i, "medium", "ssrf")));
        uploads.add(() -> store.save(json, Optional.empty()));
        uploads.add(() -> store.save(json, Optional.empty()));
      }
      ExecutorService pool = Executors.newFixedThreadPool(20);
      List<SaveOutcome> outcomes = new ArrayList<>();
      try {
        for (Future<SaveOutcome> f : pool.invokeAll(uploads)) {
          outcomes.add(f.get());
        }
      } finally {
        pool.shutdownNow();
      }
      // then
      assertThat(outcomes.stream().filter(SaveOutcome::created)).hasSize(20);
      assertThat(outcomes.stream().map(SaveOutcome::scanId).distinct()).hasSize(20);
      int stored = store.apis().stream().mapToInt(ApiSummary::scanCount).sum();
      assertThat(stored).isEqualTo(20);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void badReportsAreRejectedAndNothingStoredIsLost(TestDatabases db) {
    try (ScanStore store = ScanStore.open(db.freshUrl(tempDir))) {
      store.save(Reports.report("keep", "p", "1", T0, 60, List.of()), Optional.empty());
      String stale =
          Reports.report("old", "p", "1", T0, 60, List.of())
              .replace("\"schemaVersion\":1", "\"schemaVersion\":0");
      assertThatThrownBy(() -> store.save(stale, Optional.empty()))
          .isInstanceOf(BadReportException.class)
          .hasMessageContaining("unsupported report schemaVersion 0");
      assertThatThrownBy(() -> store.save("{\"schemaVersion\": 1, \"scan\": ", Optional.empty()))
          .isInstanceOf(BadReportException.class)
          .hasMessageContaining("not valid JSON");
      String badSeverity =
          Reports.report("x", "p", "1", T0, 60, List.of(F.of("a", "apocalyptic", "ssrf")));
      assertThatThrownBy(() -> store.save(badSeverity, Optional.empty()))
          .hasMessageContaining("findings[0].severity is unknown");
      String fine = Reports.report("y", "p", "1", T0, 60, List.of());
      assertThatThrownBy(() -> store.save(fine, Optional.of(new ApiIdentity("n".repeat(201), "1"))))
          .hasMessage("the API name must have 1-200 characters");
      assertThat(store.history("p").orElseThrow().scans())
          .extracting(ScanSummary::scanUid)
          .containsExactly("keep");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void tokensAndPasswordsAreCheckedAgainstHashes(TestDatabases db) {
    try (ScanStore store = ScanStore.open(db.freshUrl(tempDir))) {
      Accounts accounts = store.accounts();
      assertThat(accounts.hasUsers()).isFalse();
      accounts.createUser("admin", "correct horse battery staple");
      String token = accounts.createToken("ci");
      assertThat(accounts.hasUsers()).isTrue();
      assertThat(accounts.checkPassword("admin", "correct horse battery staple")).isTrue();
      assertThat(accounts.checkPassword("admin", "wrong horse battery staple")).isFalse();
      assertThat(accounts.checkPassword("nobody", "correct horse battery staple")).isFalse();
      assertThat(accounts.verifyToken(token)).contains("ci");
      assertThat(accounts.verifyToken(token + "x")).isEmpty();
      long id = accounts.tokens().get(0).id();
      assertThat(accounts.revokeToken(id)).isTrue();
      assertThat(accounts.verifyToken(token)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.class)
  void aDatabaseFromANewerBulwarkIsAClearStartupError(TestDatabases db) throws Exception {
    String url = db.freshUrl(tempDir);
    try (ScanStore store = ScanStore.open(url)) {
      store.save(Reports.report("keep", "p", "1", T0, 60, List.of()), Optional.empty());
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute(
          "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
              + " checksum, installed_by, installed_on, execution_time, success) VALUES (99, '99', 'future', 'SQL',"
              + " 'V99__future.sql', 0, 'test', CURRENT_TIMESTAMP, 1, true)");
    }
    assertThatThrownBy(() -> ScanStore.open(url))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99, newer than this Bulwark knows");
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM scans")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }
}
