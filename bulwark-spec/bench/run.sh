#!/usr/bin/env bash
# Spec lens benchmark: builds the module, then runs bench/SpecBench.java in a fresh JVM with the
# module's test classpath. Usage: bulwark-spec/bench/run.sh [json|yaml] [warm-runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
FORMAT="${1:-json}"
RUNS="${2:-5}"
./mvnw -q -pl bulwark-spec -am -Pspec-bench -DskipTests \
  -Dspec.bench.format="$FORMAT" -Dspec.bench.runs="$RUNS" \
  ${SPEC_BENCH_JVM:+-Dspec.bench.jvm="$SPEC_BENCH_JVM"} verify
