#!/usr/bin/env bash
# The test suite: install, then run every test (tests that need ../shared fail under CI=true if it is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pytest --doctest-modules src tests "$@"
