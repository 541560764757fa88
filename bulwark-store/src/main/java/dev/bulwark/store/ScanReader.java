package dev.bulwark.store;

import dev.bulwark.core.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/** The queries behind the dashboard pages and the REST API. */
final class ScanReader {
  private static final int TREND_LENGTH = 12;
  private static final String SUMMARY =
      "SELECT s.id, s.scan_uid, a.name AS api, v.version, s.started_at, s.score, s.grade,"
          + " s.finding_count, s.target FROM scans s"
          + " JOIN api_versions v ON v.id = s.api_version_id JOIN apis a ON a.id = v.api_id";

  private final Jdbi jdbi;

  ScanReader(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<ApiSummary> apis() {
    return jdbi.withHandle(
        h -> {
          List<String> names =
              h.createQuery("SELECT name FROM apis ORDER BY name").mapTo(String.class).list();
          List<ApiSummary> result = new ArrayList<>();
          for (String name : names) {
            List<ScanSummary> recent =
                h.createQuery(
                        SUMMARY
                            + " WHERE a.name = :name ORDER BY s.started_at DESC, s.id DESC"
                            + " LIMIT "
                            + TREND_LENGTH)
                    .bind("name", name)
                    .map(ScanReader::summary)
                    .list();
            if (recent.isEmpty()) {
              continue;
            }
            List<Integer> trend = new ArrayList<>();
            recent.forEach(s -> trend.add(s.score()));
            Collections.reverse(trend);
            result.add(
                new ApiSummary(
                    name,
                    count(h, "api_versions v", name),
                    count(h, "scans s", name),
                    recent.get(0),
                    trend));
          }
          return result;
        });
  }

  private static int count(Handle h, String table, String api) {
    String join =
        table.startsWith("scans")
            ? " JOIN api_versions v ON v.id = s.api_version_id JOIN apis a ON a.id = v.api_id"
            : " JOIN apis a ON a.id = v.api_id";
    return h.createQuery("SELECT COUNT(*) FROM " + table + join + " WHERE a.name = :name")
        .bind("name", api)
        .mapTo(Integer.class)
        .one();
  }

  Optional<ApiHistory> history(String apiName) {
    return jdbi.withHandle(
        h -> {
          List<String> versions =
              h.createQuery(
                      "SELECT v.version FROM api_versions v JOIN apis a ON a.id = v.api_id"
                          + " WHERE a.name = :name ORDER BY v.created_at, v.version")
                  .bind("name", apiName)
                  .mapTo(String.class)
                  .list();
          if (versions.isEmpty()) {
            return Optional.empty();
          }
          List<ScanSummary> scans =
              h.createQuery(SUMMARY + " WHERE a.name = :name ORDER BY s.started_at, s.id")
                  .bind("name", apiName)
                  .map(ScanReader::summary)
                  .list();
          return Optional.of(new ApiHistory(apiName, versions, scans));
        });
  }

  Optional<ScanDetail> scan(long scanId) {
    return jdbi.withHandle(
        h -> {
          Optional<ScanSummary> summary =
              h.createQuery(SUMMARY + " WHERE s.id = :id")
                  .bind("id", scanId)
                  .map(ScanReader::summary)
                  .findOne();
          if (summary.isEmpty()) {
            return Optional.empty();
          }
          List<CategoryResult> categories =
              h.createQuery(
                      "SELECT category, assessed, score, findings FROM scan_categories"
                          + " WHERE scan_id = :id ORDER BY category")
                  .bind("id", scanId)
                  .map(
                      (rs, ctx) ->
                          new CategoryResult(
                              rs.getString("category"),
                              rs.getInt("assessed") != 0,
                              rs.getInt("score"),
                              rs.getInt("findings")))
                  .list();
          List<StoredFinding> findings =
              h.createQuery(
                      "SELECT * FROM findings WHERE scan_id = :id"
                          + " ORDER BY severity_rank, category, rule_id, location, id")
                  .bind("id", scanId)
                  .map(ScanReader::finding)
                  .list();
          return Optional.of(new ScanDetail(summary.get(), categories, findings));
        });
  }

  boolean ping() {
    return jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one() == 1);
  }

  Optional<String> rawReport(long scanId) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT report_json FROM scans WHERE id = :id")
                .bind("id", scanId)
                .mapTo(String.class)
                .findOne());
  }

  private static ScanSummary summary(ResultSet rs, StatementContext ctx) throws SQLException {
    return new ScanSummary(
        rs.getLong("id"),
        rs.getString("scan_uid"),
        rs.getString("api"),
        rs.getString("version"),
        Instant.ofEpochMilli(rs.getLong("started_at")),
        rs.getInt("score"),
        rs.getString("grade"),
        rs.getInt("finding_count"),
        rs.getString("target"));
  }

  private static StoredFinding finding(ResultSet rs, StatementContext ctx) throws SQLException {
    return new StoredFinding(
        rs.getString("fingerprint"),
        rs.getString("rule_id"),
        rs.getString("title"),
        Severity.parse(rs.getString("severity")).orElse(Severity.INFO),
        rs.getString("confidence"),
        rs.getString("category"),
        rs.getString("location"),
        rs.getString("message"),
        rs.getString("evidence"),
        rs.getString("remediation"),
        split(rs.getString("owasp")),
        split(rs.getString("cwe")).stream().map(Integer::valueOf).toList());
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
