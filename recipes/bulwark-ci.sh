#!/bin/sh
# Generic CI step: scan, keep the reports, fail the job by thresholds.
#   BULWARK             the command (default: bulwark; or "java -jar /path/bulwark.jar")
#   BULWARK_TARGET      what to scan (default: .); several targets separated by spaces
#   BULWARK_FAIL_BELOW  fail below this score (default: 70)
#   BULWARK_FAIL_ON     fail on this severity or worse (default: critical)
#   BULWARK_BASELINE    a baseline file: fail only on findings that are not in it
#   BULWARK_REPORTS     where the JSON, SARIF and JUnit reports go (default: bulwark-reports)
# Exit status, as bulwark's: 0 ok, 1 thresholds failed, 2 bad usage or input, 3 the scan failed.
set -u
BULWARK="${BULWARK:-bulwark}"
REPORTS="${BULWARK_REPORTS:-bulwark-reports}"
mkdir -p "$REPORTS"

set -- --fail-below "${BULWARK_FAIL_BELOW:-70}" --fail-on "${BULWARK_FAIL_ON:-critical}"
if [ -n "${BULWARK_BASELINE:-}" ]; then
  set -- "$@" --baseline "$BULWARK_BASELINE"
fi

# shellcheck disable=SC2086 # BULWARK and BULWARK_TARGET are split on purpose
$BULWARK scan ${BULWARK_TARGET:-.} --no-color \
  --format json --output "$REPORTS/bulwark.json" \
  --format sarif --output "$REPORTS/bulwark.sarif" \
  --format junit --output "$REPORTS/bulwark-junit.xml" \
  --format text "$@"
status=$?

case "$status" in
  0) echo "bulwark: thresholds met" ;;
  1) echo "bulwark: thresholds failed (reports in $REPORTS)" ;;
  2) echo "bulwark: bad usage or input" ;;
  *) echo "bulwark: the scan itself failed (exit $status)" ;;
esac
exit "$status"
