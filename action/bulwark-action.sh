#!/usr/bin/env bash
# Runs a Bulwark scan for the GitHub Action (action.yml) or any CI: gets the scanner jar (a pinned
# release, checked against its SHA-256, or built from this repository), scans, and turns the JSON
# report into outputs, a job summary, annotations and a pull-request comment.
#
# Inputs come from environment variables (action.yml maps its inputs onto them):
#   BULWARK_TARGET      targets, separated by spaces or newlines (paths, spec files, URLs)   [required]
#   BULWARK_SPEC        OpenAPI document of a live target
#   BULWARK_HEADERS     request headers, one 'Name: value' per line; values are masked in logs
#   BULWARK_FAIL_BELOW  fail when the score (of new findings, with a baseline) is below this
#   BULWARK_FAIL_ON     fail on findings of this severity or worse (critical|high|medium|low|info)
#   BULWARK_BASELINE    baseline file: only findings not in it count
#   BULWARK_FORMAT      extra report formats besides json and sarif (html, markdown, junit, text)
#   BULWARK_COMMENT     'true' to post or update the pull-request comment
#   BULWARK_ARGS        further arguments for `bulwark scan`, split on whitespace
#   BULWARK_JAR         use this jar as is
#   BULWARK_VERSION     download this released version (e.g. 0.1.0) ...
#   BULWARK_SHA256      ... and require this SHA-256 (else the release's .sha256 file is used)
#   BULWARK_DOWNLOAD_URL  override the release URL (mirrors)
#   BULWARK_OUTPUT_DIR  where reports go (default: $RUNNER_TEMP/bulwark)
#   BULWARK_DEFER_GATE  'true': exit 0 when only the thresholds failed, and say so in the `gate`
#                       output (action.yml fails the job after uploading SARIF)
# Exit status: 0 ok, 1 thresholds failed, 2 bad usage or input, 3 the scan failed.
set -euo pipefail

ACTION_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT_DIR="${BULWARK_OUTPUT_DIR:-${RUNNER_TEMP:-${TMPDIR:-/tmp}}/bulwark}"
REPORT="$OUT_DIR/bulwark-report.json"
SARIF="$OUT_DIR/bulwark.sarif"
RELEASES="https://github.com/bulwark-scanner/bulwark/releases/download"

fail() { # status message
  echo "::error title=Bulwark::$2"
  exit "$1"
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then sha256sum "$1" | awk '{print $1}'
  else shasum -a 256 "$1" | awk '{print $1}'; fi
}

resolve_jar() {
  if [[ -n "${BULWARK_JAR:-}" ]]; then
    [[ -f "$BULWARK_JAR" ]] || fail 2 "BULWARK_JAR $BULWARK_JAR does not exist"
    JAR="$BULWARK_JAR"
  elif [[ -n "${BULWARK_VERSION:-}" ]]; then
    local version="${BULWARK_VERSION#v}"
    local url="${BULWARK_DOWNLOAD_URL:-$RELEASES/v$version/bulwark-$version.jar}"
    JAR="$OUT_DIR/bulwark-$version.jar"
    curl -fsSL --retry 3 -o "$JAR" "$url" || fail 3 "cannot download $url"
    local expected="${BULWARK_SHA256:-}"
    if [[ -z "$expected" ]]; then
      expected="$(curl -fsSL --retry 3 "$url.sha256" | awk '{print $1}')" \
        || fail 3 "cannot download $url.sha256"
    fi
    local actual
    actual="$(sha256_of "$JAR")"
    [[ "${actual,,}" == "${expected,,}" ]] \
      || fail 3 "SHA-256 mismatch for $url: expected $expected, got $actual"
    echo "Bulwark $version ($actual)"
  elif [[ -x "$ACTION_DIR/mvnw" && -f "$ACTION_DIR/bulwark-cli/pom.xml" ]]; then
    echo "Building Bulwark from $ACTION_DIR"
    (cd "$ACTION_DIR" && ./mvnw -q -B -DskipTests -pl bulwark-cli -am package) \
      || fail 3 "building Bulwark failed"
    # The shade plugin writes the fat jar under this fixed name.
    JAR="$ACTION_DIR/bulwark-cli/target/bulwark.jar"
    [[ -f "$JAR" ]] || fail 3 "no $JAR after the build"
  else
    fail 2 "set a Bulwark version to download (input 'version') or a jar (input 'jar')"
  fi
}

build_args() {
  ARGS=(scan)
  local target
  set -f
  for target in ${BULWARK_TARGET:-}; do ARGS+=("$target"); done
  set +f
  [[ ${#ARGS[@]} -gt 1 ]] || fail 2 "no target given (input 'target')"
  ARGS+=(--no-color --format json --output "$REPORT" --format sarif --output "$SARIF")
  [[ -z "${BULWARK_SPEC:-}" ]] || ARGS+=(--spec "$BULWARK_SPEC")
  [[ -z "${BULWARK_BASELINE:-}" ]] || ARGS+=(--baseline "$BULWARK_BASELINE")
  [[ -z "${BULWARK_FAIL_BELOW:-}" ]] || ARGS+=(--fail-below "$BULWARK_FAIL_BELOW")
  [[ -z "${BULWARK_FAIL_ON:-}" ]] || ARGS+=(--fail-on "$BULWARK_FAIL_ON")
  local line value format formats="${BULWARK_FORMAT:-}"
  while IFS= read -r line; do
    line="${line%$'\r'}"
    [[ -n "${line//[[:space:]]/}" ]] || continue
    [[ "$line" == *:* ]] || fail 2 "a header must look like 'Name: value'"
    value="${line#*:}"
    value="${value#"${value%%[![:space:]]*}"}"
    [[ -z "$value" ]] || echo "::add-mask::$value"
    ARGS+=(--header "$line")
  done <<< "${BULWARK_HEADERS:-}"
  set -f
  for format in ${formats//,/ }; do
    case "$format" in
      json|sarif) ;;
      html) ARGS+=(--format html --output "$OUT_DIR/bulwark-report.html") ;;
      markdown) ARGS+=(--format markdown --output "$OUT_DIR/bulwark-report.md") ;;
      junit) ARGS+=(--format junit --output "$OUT_DIR/bulwark-junit.xml") ;;
      text) ARGS+=(--format text --output "$OUT_DIR/bulwark-report.txt") ;;
      *) fail 2 "unknown format '$format' (json, sarif, html, markdown, junit, text)" ;;
    esac
  done
  set +f
  local extra=()
  read -r -a extra <<< "${BULWARK_ARGS:-}" || true
  ARGS+=("${extra[@]}")
}

main() {
  mkdir -p "$OUT_DIR"
  build_args
  resolve_jar
  local scan_status=0
  java -jar "$JAR" "${ARGS[@]}" || scan_status=$?
  case "$scan_status" in
    0|1) ;;
    2) fail 2 "bulwark rejected its input (exit 2); see the message above" ;;
    *) fail 3 "the scan failed (exit $scan_status); see the message above" ;;
  esac
  [[ -f "$REPORT" ]] || fail 3 "the scan wrote no report at $REPORT"
  local sarif_out=""
  [[ ! -f "$SARIF" ]] || sarif_out="$SARIF"
  local gate_status=0
  python3 "$ACTION_DIR/action/report_to_github.py" --report "$REPORT" --sarif "$sarif_out" \
    --fail-below "${BULWARK_FAIL_BELOW:-}" --fail-on "${BULWARK_FAIL_ON:-}" \
    --comment "${BULWARK_COMMENT:-false}" || gate_status=$?
  [[ "$gate_status" -ne 2 ]] || exit 2
  if [[ "$scan_status" -eq 1 && "$gate_status" -eq 0 ]]; then
    # The scanner judges thresholds too (it knows the baseline best): its verdict wins.
    gate_status=1
    [[ -z "${GITHUB_OUTPUT:-}" ]] || echo "gate=failed" >> "$GITHUB_OUTPUT"
  fi
  if [[ "$gate_status" -eq 1 && "${BULWARK_DEFER_GATE:-false}" == "true" ]]; then
    exit 0
  fi
  exit "$gate_status"
}

main "$@"
