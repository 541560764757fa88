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
OUT="$HERE/out"
PY_LIB="${PY_LIB:-/root/.pyenv/versions/3.11.7/lib/python3.11}"
SITE="${SITE:-$PY_LIB/site-packages}"
HEAP="${HEAP:--Xmx256m}"
mkdir -p "$OUT"

if [[ " $* " != *" --skip-build "* ]]; then
  (cd "$REPO" && ./mvnw -q -pl bulwark-source -am test-compile dependency:build-classpath \
      -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp-\${project.artifactId}.txt" >/dev/null)
fi
CP="$REPO/bulwark-source/target/classes:$REPO/bulwark-source/target/test-classes:$(cat "$OUT/cp-bulwark-source.txt")"
JAVA=(java "$HEAP" -XX:+UseSerialGC -cp "$CP")

if [[ " $* " != *" --keep-corpus "* || ! -d "$CORPUS/generated" ]]; then
  python3 "$HERE/gen_corpus.py" "$CORPUS" "$PY_LIB" 3 3000 > "$OUT/planted.txt"
  rm -rf "$CORPUS/history-repo" && mkdir -p "$CORPUS/history-repo"
  (cd "$CORPUS/history-repo" && git init -q -b main \
    && python3 "$HERE/gen_history.py" 5000 2>/dev/null | git fast-import --quiet && git checkout -q main)
fi
TREE_DIRS=("$CORPUS/stdlib-0" "$CORPUS/stdlib-1" "$CORPUS/stdlib-2" "$CORPUS/generated")
BYTES=$(du -sb "${TREE_DIRS[@]}" | awk '{s+=$1} END {print s}')
MB=$(awk -v b="$BYTES" 'BEGIN {printf "%.1f", b/1e6}')
echo "corpus: $MB MB in $(find "${TREE_DIRS[@]}" -type f | wc -l) files; $(cat "$OUT/planted.txt")"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

mbps() { awk -v b="$BYTES" -v s="$1" 'BEGIN {printf "%.0f", b/1e6/s}'; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", b-a}'; }

# Warm the page cache.
find "${TREE_DIRS[@]}" -type f -print0 | xargs -0 cat > /dev/null

t0=$(now); find "${TREE_DIRS[@]}" -type f -print0 | xargs -0 cat > /dev/null; t1=$(now)
CAT_S=$(elapsed "$t0" "$t1")

RG_PATTERN='sk_live_[0-9a-zA-Z]{24,}|rk_live_[0-9a-zA-Z]{24,}|sk-proj-[A-Za-z0-9_-]{40,}|sk-ant-api[0-9]{2}-[A-Za-z0-9_-]{80,}|AIza[0-9A-Za-z_-]{35}|(AKIA|ASIA)[A-Z2-7]{16}|ghp_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82}|glpat-[A-Za-z0-9_-]{20}|xox[bpe]-[0-9]{10,13}-[0-9A-Za-z-]{20,}|hooks\.slack\.com/services/[A-Za-z0-9/]+|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|npm_[A-Za-z0-9]{36}|pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}|dckr_pat_[A-Za-z0-9_-]{27}|hf_[A-Za-z]{34}|shpat_[a-fA-F0-9]{32}|-----BEGIN [A-Z ]*PRIVATE KEY-----|eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}|(postgres|mysql|mongodb)://[^:/@ ]+:[^@ ]+@'
t0=$(now); rg -c -j2 -e "$RG_PATTERN" "${TREE_DIRS[@]}" > "$OUT/rg.txt" || true; t1=$(now)
RG_S=$(elapsed "$t0" "$t1")

SUBSET="$CORPUS/stdlib-0/email"
SUBSET_BYTES=$(du -sb "$SUBSET" | awk '{print $1}')
t0=$(now); bandit -q -r "$SUBSET" -f json -o "$OUT/bandit.json" >/dev/null 2>&1 || true; t1=$(now)
BANDIT_S=$(elapsed "$t0" "$t1")
BANDIT_MBPS=$(awk -v b="$SUBSET_BYTES" -v s="$BANDIT_S" 'BEGIN {printf "%.2f", b/1e6/s}')

: > "$OUT/bulwark.txt"
BW_S=0
for d in "${TREE_DIRS[@]}"; do
  /usr/bin/time -v -o "$OUT/time-$(basename "$d").txt" "${JAVA[@]}" dev.bulwark.source.bench.SecretsBench "$d" --repeat 5 \
    2>/dev/null | grep '^bulwark' >> "$OUT/bulwark.txt"
done
BW_S=$(awk '{for(i=1;i<=NF;i++) if ($i ~ /^seconds=/) {split($i,a,"="); s+=a[2]}} END {printf "%.3f", s}' "$OUT/bulwark.txt")
BW_RSS=$(grep -h "Maximum resident" "$OUT"/time-*.txt | awk '{print $NF}' | sort -n | tail -1)

printf '\n%-34s %10s %10s\n' "tool (same tree, warm cache)" "seconds" "MB/s"
printf '%-34s %10s %10s\n' "cat (every file)" "$CAT_S" "$(mbps "$CAT_S")"
printf '%-34s %10s %10s\n' "ripgrep -j2, 20 key patterns" "$RG_S" "$(mbps "$RG_S")"
printf '%-34s %10s %10s\n' "bandit ($((SUBSET_BYTES/1000)) KB subset)" "$BANDIT_S" "$BANDIT_MBPS"
printf '%-34s %10s %10s   peak RSS %s MB\n' "bulwark secrets (whole catalog)" "$BW_S" "$(mbps "$BW_S")" "$((BW_RSS/1024))"
echo
echo "bulwark per directory (best of 5 runs in one JVM):"; sed 's/^/  /' "$OUT/bulwark.txt"

echo; echo "planted secrets on generated/: $(cat "$OUT/planted.txt") (findings should equal it, placeholders silent)"
"${JAVA[@]}" dev.bulwark.source.bench.SecretsBench "$CORPUS/generated" 2>/dev/null | grep '^bulwark' | sed 's/^/  /'

echo; echo "precision (findings above low = severity >= medium and confidence >= medium):"
echo "  stdlib:        $("${JAVA[@]}" dev.bulwark.source.bench.SecretsBench "$PY_LIB" 2>/dev/null | grep '^bulwark')"
echo "  site-packages: $("${JAVA[@]}" dev.bulwark.source.bench.SecretsBench "$SITE" 2>/dev/null | grep '^bulwark')"
echo "  this project:  $("${JAVA[@]}" dev.bulwark.source.bench.SecretsBench "$REPO" 2>/dev/null | grep '^bulwark')"

echo; echo "engine only (no I/O), and the 1 MB single line of near-matches:"
"${JAVA[@]}" dev.bulwark.source.bench.EngineBench "$CORPUS/stdlib-0" 2>/dev/null | sed 's/^/  /'

echo; echo "history: $(cd "$CORPUS/history-repo" && git rev-list --all | wc -l) commits"
/usr/bin/time -f "  wall=%es peak_rss=%MKB" "${JAVA[@]}" dev.bulwark.source.bench.SecretsBench "$CORPUS/history-repo" --history 2>&1 | grep -v SLF4J | sed 's/^/  /'
