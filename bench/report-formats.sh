#!/usr/bin/env bash
# Renders a large scan result (default 10,000 findings) in every report format and prints the best
# of 7 runs per format, plus reading the JSON back. Usage: bench/report-formats.sh [FINDINGS]
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=$(mktemp)
trap 'rm -f "$cp_file"' EXIT
# One reactor run compiles core and report and writes report's test classpath (core's classes dir).
./mvnw -q -pl bulwark-report -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
java -cp "bulwark-report/target/classes:bulwark-report/target/test-classes:$(cat "$cp_file")" \
  dev.bulwark.report.ReportBench "${1:-10000}"
