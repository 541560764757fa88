package dev.bulwark.store;

import dev.bulwark.core.ApiIdentity;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Inserts one parsed report in one transaction; a report id already stored is not stored again. */
final class ScanWriter {
  private final Jdbi jdbi;

  ScanWriter(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  SaveOutcome save(ParsedReport report, ApiIdentity api, String rawJson) {
    Optional<Long> existing = findByUid(report.scanUid());
    if (existing.isPresent()) {
      return new SaveOutcome(existing.get(), false);
    }
    try {
      return jdbi.inTransaction(h -> insert(h, report, api, rawJson));
    } catch (UnableToExecuteStatementException e) {
      // Two uploads of one report raced past the check above: the unique scan_uid let one win.
      return findByUid(report.scanUid()).map(id -> new SaveOutcome(id, false)).orElseThrow(() -> e);
    }
  }

  private Optional<Long> findByUid(String uid) {
    return jdbi.withHandle(
        h ->
            h.createQuery("SELECT id FROM scans WHERE scan_uid = :uid")
                .bind("uid", uid)
                .mapTo(Long.class)
                .findOne());
  }

  private static SaveOutcome insert(Handle h, ParsedReport r, ApiIdentity api, String rawJson) {
    Optional<Long> existing =
        h.createQuery("SELECT id FROM scans WHERE scan_uid = :uid")
            .bind("uid", r.scanUid())
            .mapTo(Long.class)
            .findOne();
    if (existing.isPresent()) {
      return new SaveOutcome(existing.get(), false);
    }
    long now = Instant.now().toEpochMilli();
    long versionId = versionId(h, api, now);
    long scanId =
        h.createUpdate(
                "INSERT INTO scans (scan_uid, api_version_id, schema_version, tool_version, target,"
                    + " started_at, duration_ms, stored_at, score, grade, finding_count, report_json)"
                    + " VALUES (:uid, :version, :schema, :tool, :target, :started, :duration, :now,"
                    + " :score, :grade, :count, :json)")
            .bind("uid", r.scanUid())
            .bind("version", versionId)
            .bind("schema", r.schemaVersion())
            .bind("tool", r.toolVersion())
            .bind("target", r.target())
            .bind("started", r.startedAt().toEpochMilli())
            .bind("duration", r.durationMs())
            .bind("now", now)
            .bind("score", r.score())
            .bind("grade", r.grade())
            .bind("count", r.findings().size())
            .bind("json", rawJson)
            .executeAndReturnGeneratedKeys("id")
            .mapTo(Long.class)
            .one();
    insertCategories(h, scanId, r);
    insertFindings(h, scanId, r);
    return new SaveOutcome(scanId, true);
  }

  private static long versionId(Handle h, ApiIdentity api, long now) {
    h.createUpdate(
            "INSERT INTO apis (name, created_at) VALUES (:name, :now) ON CONFLICT (name) DO NOTHING")
        .bind("name", api.name())
        .bind("now", now)
        .execute();
    long apiId =
        h.createQuery("SELECT id FROM apis WHERE name = :name")
            .bind("name", api.name())
            .mapTo(Long.class)
            .one();
    h.createUpdate(
            "INSERT INTO api_versions (api_id, version, created_at) VALUES (:api, :version, :now)"
                + " ON CONFLICT (api_id, version) DO NOTHING")
        .bind("api", apiId)
        .bind("version", api.version())
        .bind("now", now)
        .execute();
    return h.createQuery("SELECT id FROM api_versions WHERE api_id = :api AND version = :version")
        .bind("api", apiId)
        .bind("version", api.version())
        .mapTo(Long.class)
        .one();
  }

  private static void insertCategories(Handle h, long scanId, ParsedReport r) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO scan_categories (scan_id, category, assessed, score, findings)"
                + " VALUES (:scan, :category, :assessed, :score, :findings)");
    for (CategoryResult c : r.categories()) {
      batch
          .bind("scan", scanId)
          .bind("category", c.category())
          .bind("assessed", c.assessed() ? 1 : 0)
          .bind("score", c.score())
          .bind("findings", c.findings())
          .add();
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }

  private static void insertFindings(Handle h, long scanId, ParsedReport r) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO findings (scan_id, fingerprint, rule_id, title, severity, severity_rank,"
                + " confidence, category, location, message, evidence, remediation, owasp, cwe)"
                + " VALUES (:scan, :fingerprint, :rule, :title, :severity, :rank, :confidence,"
                + " :category, :location, :message, :evidence, :remediation, :owasp, :cwe)");
    for (StoredFinding f : r.findings()) {
      batch
          .bind("scan", scanId)
          .bind("fingerprint", f.fingerprint())
          .bind("rule", f.ruleId())
          .bind("title", f.title())
          .bind("severity", f.severity().id())
          .bind("rank", f.severity().ordinal())
          .bind("confidence", f.confidence())
          .bind("category", f.category())
          .bind("location", f.location())
          .bind("message", f.message())
          .bind("evidence", f.evidence())
          .bind("remediation", f.remediation())
          .bind("owasp", String.join(",", f.owasp()))
          .bind("cwe", f.cwe().stream().map(String::valueOf).collect(Collectors.joining(",")))
          .add();
    }
    if (batch.size() > 0) {
      batch.execute();
    }
  }
}
