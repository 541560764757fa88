#!/usr/bin/env bash
# Runs the live lens benchmark against a local ~20-operation API. Not part of the unit suite.
# Usage: bench/live/run.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
CP_FILE=$(mktemp)
# one reactor build, so the sibling modules resolve; the last module written is bulwark-live
./mvnw -q -pl bulwark-live -am package dependency:build-classpath -DskipTests \
  -Dspotless.check.skip=true -Dmdep.outputFile="$CP_FILE"
CP="bulwark-live/target/classes:bulwark-core/target/classes:bulwark-secrets/target/classes:bulwark-spec/target/classes"
if [ -s "$CP_FILE" ]; then CP="$CP:$(cat "$CP_FILE")"; fi
rm -f "$CP_FILE"
exec java -cp "$CP" bench/live/LiveBenchmark.java
