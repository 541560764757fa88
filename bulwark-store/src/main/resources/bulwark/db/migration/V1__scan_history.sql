-- One schema for SQLite and PostgreSQL. The only dialect difference, the auto-generated key
-- column, is a Flyway placeholder (${id_column}) that ScanStore sets per database.
-- Instants are stored as epoch milliseconds (BIGINT) so that both databases sort them alike.

CREATE TABLE apis (
  id ${id_column},
  name VARCHAR(200) NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);

CREATE TABLE api_versions (
  id ${id_column},
  api_id BIGINT NOT NULL REFERENCES apis (id),
  version VARCHAR(100) NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (api_id, version)
);

CREATE TABLE scans (
  id ${id_column},
  scan_uid VARCHAR(200) NOT NULL UNIQUE,
  api_version_id BIGINT NOT NULL REFERENCES api_versions (id),
  schema_version INTEGER NOT NULL,
  tool_version VARCHAR(100) NOT NULL,
  target TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  duration_ms BIGINT NOT NULL,
  stored_at BIGINT NOT NULL,
  score INTEGER NOT NULL,
  grade VARCHAR(2) NOT NULL,
  finding_count INTEGER NOT NULL,
  report_json TEXT NOT NULL
);

CREATE INDEX scans_by_version ON scans (api_version_id, started_at);

CREATE TABLE scan_categories (
  scan_id BIGINT NOT NULL REFERENCES scans (id),
  category VARCHAR(40) NOT NULL,
  assessed INTEGER NOT NULL,
  score INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  PRIMARY KEY (scan_id, category)
);

CREATE TABLE findings (
  id ${id_column},
  scan_id BIGINT NOT NULL REFERENCES scans (id),
  fingerprint VARCHAR(200) NOT NULL,
  rule_id VARCHAR(120) NOT NULL,
  title TEXT NOT NULL,
  severity VARCHAR(10) NOT NULL,
  severity_rank INTEGER NOT NULL,
  confidence VARCHAR(10) NOT NULL,
  category VARCHAR(40) NOT NULL,
  location TEXT NOT NULL,
  message TEXT NOT NULL,
  evidence TEXT NOT NULL,
  remediation TEXT NOT NULL,
  owasp TEXT NOT NULL,
  cwe TEXT NOT NULL
);

CREATE INDEX findings_by_scan ON findings (scan_id);

CREATE TABLE users (
  id ${id_column},
  username VARCHAR(100) NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE api_tokens (
  id ${id_column},
  name VARCHAR(100) NOT NULL,
  token_hash CHAR(64) NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
