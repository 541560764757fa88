#!/usr/bin/env bash
# Spec lens benchmark: builds the module, then runs bench/SpecBench.java in a fresh JVM with the
# module's test classpath. Usage: bulwark-spec/bench/run.sh [json|yaml] [warm-runs]
# The JVM runs with -XX:TieredStopAtLevel=1 -XX:+UseSerialGC (the flags of a short-lived CLI);
# override with SPEC_BENCH_JVM=<one flag> and SPEC_BENCH_GC=<one flag>, e.g.
#   SPEC_BENCH_JVM=-XX:TieredStopAtLevel=4 SPEC_BENCH_GC=-XX:+UseG1GC bulwark-spec/bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
FORMAT="${1:-json}"
RUNS="${2:-5}"
./mvnw -q -pl bulwark-spec -am -Pspec-bench -DskipTests \
  -Dspec.bench.format="$FORMAT" -Dspec.bench.runs="$RUNS" \
  ${SPEC_BENCH_JVM:+-Dspec.bench.jvm="$SPEC_BENCH_JVM"} \
  ${SPEC_BENCH_GC:+-Dspec.bench.gc="$SPEC_BENCH_GC"} verify
