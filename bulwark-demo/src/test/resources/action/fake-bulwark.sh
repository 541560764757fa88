#!/usr/bin/env bash
# Stands in for the bulwark command in the CI recipes' tests: records its arguments and exits
# with FAKE_EXIT.
printf '%s\n' "$@" > "$FAKE_ARGS_FILE"
echo "fake bulwark: $*"
exit "${FAKE_EXIT:-0}"
