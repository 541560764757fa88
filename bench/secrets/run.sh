#!/usr/bin/env bash
# Secrets benchmark: builds a >= 100 MB corpus (3 copies of the Python stdlib's text files plus generated
# config/Python files with planted secrets) and a 5,000-commit repository, then prints side by side:
# cat of every file (the I/O limit), ripgrep with ~20 key patterns, bandit on a subset, and Bulwark's
# secrets-only scan (MB/s, peak RSS), plus precision on the stdlib and site-packages, the 1 MB
# near-match line, and the history scan. Rerunnable; never part of the unit tests.
#
# usage: bench/secrets/run.sh [--skip-build] [--keep-corpus]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CORPUS="$HERE/corpus"
TREE="$CORPUS/tree"
OUT="$HERE/out"
PY_LIB="${PY_LIB:-/root/.pyenv/versions/3.11.7/lib/python3.11}"
SITE="${SITE:-$PY_LIB/site-packages}"
HEAP="${HEAP:--Xmx128m}"
mkdir -p "$OUT"

if [[ " $* " != *" --skip-build "* ]]; then
  (cd "$REPO" && ./mvnw -q -pl bulwark-source -am test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp-\${project.artifactId}.txt" >/dev/null)
fi
CP="$REPO/bulwark-source/target/classes:$REPO/bulwark-source/target/test-classes:$(cat "$OUT/cp-bulwark-source.txt")"
JAVA=(java "$HEAP" -XX:+UseSerialGC -cp "$CP")
bench() { "${JAVA[@]}" dev.bulwark.source.bench.SecretsBench "$@" 2>/dev/null | grep -v '^SLF4J'; }

if [[ " $* " != *" --keep-corpus "* || ! -d "$TREE/generated" ]]; then
  python3 "$HERE/gen_corpus.py" "$TREE" "$PY_LIB" 3 3000 > "$OUT/planted.txt"
  rm -rf "$CORPUS/history-repo" && mkdir -p "$CORPUS/history-repo"
  (cd "$CORPUS/history-repo" && git init -q -b main \
    && python3 "$HERE/gen_history.py" 5000 2>/dev/null | git fast-import --quiet && git checkout -q main)
fi
BYTES=$(find "$TREE" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "corpus: $(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b/1e6}') MB in $(find "$TREE" -type f | wc -l) files; $(cat "$OUT/planted.txt")"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) (shared: figures vary run to run)"

mbps() { awk -v b="$BYTES" -v s="$1" 'BEGIN {printf "%.0f", b/1e6/s}'; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", b-a}'; }
best() { sort -n | head -1; }

find "$TREE" -type f -print0 | xargs -0 cat > /dev/null # warm the page cache

CAT_S=$(for i in 1 2 3; do t0=$(now); find "$TREE" -type f -print0 | xargs -0 cat > /dev/null; elapsed "$t0" "$(now)"; echo; done | best)

RG_PATTERN='sk_live_[0-9a-zA-Z]{24,}|rk_live_[0-9a-zA-Z]{24,}|sk-proj-[A-Za-z0-9_-]{40,}|sk-ant-api[0-9]{2}-[A-Za-z0-9_-]{80,}|AIza[0-9A-Za-z_-]{35}|(AKIA|ASIA)[A-Z2-7]{16}|ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}|glpat-[A-Za-z0-9_-]{20}|xox[bpe]-[0-9]{10,13}-[0-9A-Za-z-]{20,}|hooks\.slack\.com/services/[A-Za-z0-9/]+|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|npm_[A-Za-z0-9]{36}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}|dckr_pat_[A-Za-z0-9_-]{27}|hf_[A-Za-z]{34}|shpat_[a-fA-F0-9]{32}|-----BEGIN [A-Z ]*PRIVATE KEY-----|eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}|(postgres|mysql|mongodb)://[^:/@ ]+:[^@ ]+@'
RG_S=$(for i in 1 2 3; do t0=$(now); rg -c -j2 --hidden -e "$RG_PATTERN" "$TREE" > "$OUT/rg.txt" || true; elapsed "$t0" "$(now)"; echo; done | best)

SUBSET="$TREE/stdlib-0/email"
SUBSET_BYTES=$(find "$SUBSET" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
t0=$(now); bandit -q -r "$SUBSET" -f json -o "$OUT/bandit.json" >/dev/null 2>&1 || true
BANDIT_S=$(elapsed "$t0" "$(now)")
BANDIT_MBPS=$(awk -v b="$SUBSET_BYTES" -v s="$BANDIT_S" 'BEGIN {printf "%.2f", b/1e6/s}')

/usr/bin/time -v -o "$OUT/time-tree.txt" "${JAVA[@]}" dev.bulwark.source.bench.SecretsBench "$TREE" --repeat 15 \
  2>/dev/null | grep '^bulwark' > "$OUT/bulwark.txt"
BW_S=$(sed 's/.* seconds=\([0-9.]*\).*/\1/' "$OUT/bulwark.txt")
BW_MBPS=$(sed 's/.*mb_per_s=\([0-9.]*\).*/\1/' "$OUT/bulwark.txt")
BW_RSS=$(grep "Maximum resident" "$OUT/time-tree.txt" | awk '{print $NF}')

printf '\n%-40s %9s %9s\n' "tool (same tree, warm cache, best of 3-15)" "seconds" "MB/s"
printf '%-40s %9s %9s\n' "cat (every file)" "$CAT_S" "$(mbps "$CAT_S")"
printf '%-40s %9s %9s\n' "ripgrep -j2, 20 key patterns" "$RG_S" "$(mbps "$RG_S")"
printf '%-40s %9s %9s\n' "bandit ($((SUBSET_BYTES / 1000)) KB subset)" "$BANDIT_S" "$BANDIT_MBPS"
printf '%-40s %9s %9s   peak RSS %s MB\n' "bulwark secrets (whole catalog, $HEAP)" "$BW_S" "$BW_MBPS" "$((BW_RSS / 1024))"
echo "  $(cat "$OUT/bulwark.txt")"
echo "  one cold run, as a CLI would do it (JVM start, catalog load and JIT included):"
for flags in "" "-XX:TieredStopAtLevel=1"; do
  /usr/bin/time -f "wall=%es cpu=%Us+%Ss peak_rss=%MKB" -o "$OUT/cold.txt" \
    java "$HEAP" -XX:+UseSerialGC $flags -cp "$CP" dev.bulwark.source.bench.SecretsBench "$TREE" >/dev/null 2>&1
  echo "    ${flags:-default JIT}: $(cat "$OUT/cold.txt")"
done

"$REPO/bulwark" --version >/dev/null 2>&1 || true # builds the jar and its class-data archive if stale
/usr/bin/time -f "wall=%es cpu=%Us+%Ss peak_rss=%MKB" -o "$OUT/cli.txt" \
  "$REPO/bulwark" scan "$TREE" --secrets-only --no-color -f json -o "$OUT/cli-report.json" >/dev/null 2>&1 || true
echo "    ./bulwark scan --secrets-only (fat jar, as a user runs it, JSON report written): $(cat "$OUT/cli.txt")"

echo; echo "planted secrets in generated/: $(cat "$OUT/planted.txt") (+600 .env.production files -> env-file-committed)"
echo "  $(bench "$TREE/generated")"

echo; echo "precision (above low = severity >= medium and confidence >= medium):"
echo "  stdlib:        $(bench "$PY_LIB")"
echo "  site-packages: $(bench "$SITE")"
echo "  this project:  $(bench "$REPO")"

echo; echo "engine only (no I/O), and the 1 MB single line of near-matches:"
"${JAVA[@]}" dev.bulwark.source.bench.EngineBench "$TREE/stdlib-0" 2>/dev/null | sed 's/^/  /'

echo; echo "history: $(cd "$CORPUS/history-repo" && git rev-list --all | wc -l) commits"
/usr/bin/time -f "  wall=%es peak_rss=%MKB" "${JAVA[@]}" dev.bulwark.source.bench.SecretsBench "$CORPUS/history-repo" --history 2>&1 | grep -v SLF4J | sed 's/^/  /'
