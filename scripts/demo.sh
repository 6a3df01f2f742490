#!/usr/bin/env bash
# The main job: install, then analyze a sample page and show the result.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/khabar analyze samples/varanasi-ghat-cleanup.txt
