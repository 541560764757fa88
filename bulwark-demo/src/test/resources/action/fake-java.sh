#!/usr/bin/env bash
# Stands in for `java -jar bulwark.jar scan ...` in the action script's tests: records its
# arguments, writes the fixture report wherever --format json --output points, and exits with
# FAKE_EXIT.
printf '%s\n' "$@" > "$FAKE_ARGS_FILE"
prev=""
format=""
for arg in "$@"; do
  if [[ "$prev" == "--format" ]]; then format="$arg"; fi
  if [[ "$prev" == "--output" ]]; then
    case "$format" in
      json) cp "$FAKE_REPORT" "$arg" ;;
      sarif) echo '{"version": "2.1.0", "runs": []}' > "$arg" ;;
    esac
  fi
  prev="$arg"
done
echo "fake bulwark: scanned"
exit "${FAKE_EXIT:-0}"
