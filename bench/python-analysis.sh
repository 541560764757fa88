#!/usr/bin/env bash
# Benchmark of the Python analysis against bandit on the same trees (not part of the unit tests).
# Usage: bench/python-analysis.sh [root ...]   (default: the Python stdlib, then flask/werkzeug/requests)
# Prints lines/s for tree-sitter parse + one walk, for parse + all rules + key flows, and bandit's
# figure side by side, plus the findings above `low` per rule.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
STDLIB=$($PY -c 'import sysconfig;print(sysconfig.get_paths()["stdlib"])')
if [ "$#" -eq 0 ]; then
  set -- "$STDLIB" $($PY -c 'import flask,werkzeug,requests,os;print(" ".join(os.path.dirname(m.__file__) for m in (flask,werkzeug,requests)))')
fi
# The test classpath of bulwark-source, as Maven resolves it (tree-sitter, JGit, Jackson, ...).
./mvnw -q -o -pl bulwark-source -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
# Run from a copy of the classes, so that a rebuild during a long run cannot pull them away.
SNAP=$(mktemp -d)
trap 'rm -rf "$SNAP"' EXIT
BANDIT_CSV=$SNAP/bandit.csv
BANDIT_TIME=$SNAP/bandit.time
for d in bulwark-core/target/classes bulwark-secrets/target/classes bulwark-source/target/classes bulwark-source/target/test-classes; do
  mkdir -p "$SNAP/$d" && cp -r "$d/." "$SNAP/$d/"
done
CP=$SNAP/bulwark-core/target/classes:$SNAP/bulwark-secrets/target/classes:$SNAP/bulwark-source/target/classes:$SNAP/bulwark-source/target/test-classes
CP=$CP:$(cat bulwark-source/target/bench-classpath.txt)
for root in "$@"; do
  # The stdlib walk skips site-packages so that the roots do not overlap.
  echo "== $root"
  java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$CP" dev.bulwark.source.python.bench.PythonBench "$root"
  if command -v bandit >/dev/null; then
    lines=$(find "$root" -name '*.py' | grep -v "^$root/.*site-packages/" | tr '\n' '\0' | xargs -0 cat | wc -l)
    start=$(date +%s.%N)
    /usr/bin/time -f '%U %S' -o $BANDIT_TIME \
      bandit -q -r "$root" -x "$root/site-packages" -f csv -o $BANDIT_CSV >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    read -r user sys < <(tail -1 $BANDIT_TIME)
    above=$($PY -c 'import csv,sys; print(sum(r["issue_severity"] in ("MEDIUM", "HIGH") for r in csv.DictReader(open(sys.argv[1]))))' $BANDIT_CSV)
    awk -v l="$lines" -v s="$start" -v e="$end" -v u="$user" -v y="$sys" -v a="$above" \
      'BEGIN { t = e - s; c = u + y; printf "bandit -r: %.2fs wall (%.0f lines/s; %.1fs cpu, %.0f lines/cpu-s) over %d lines | findings above low %d\n", t, l / t, c, l / c, l, a }'
  else
    echo "bandit not installed (apt-get install -y bandit)"
  fi
done
