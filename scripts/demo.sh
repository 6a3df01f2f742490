#!/usr/bin/env bash
# The main job: install, then analyze the sample pages (flattened text and HTML) and show the results.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/khabar analyze samples/varanasi-ghat-cleanup.txt samples/html/hi-chandrayaan-vigyan.html
