#!/usr/bin/env bash
# Creates .venv and installs khabar with its test dependencies. Needs only python3 (3.11+) with venv.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
log=$(mktemp)
if ! .venv/bin/python -m pip install --quiet -e '.[test]' 2>"$log"; then
  cat "$log" >&2
  exit 1
fi
rm -f "$log"
