#!/usr/bin/env bash
# The main job: install, analyze the sample pages (flattened text and HTML) and show them, then ingest every sample
# page into the default store (./khabar.db) and serve the web UI on http://127.0.0.1:8000/ (Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/khabar analyze samples/varanasi-ghat-cleanup.txt samples/html/hi-chandrayaan-vigyan.html
.venv/bin/khabar ingest samples --db khabar.db
.venv/bin/khabar stories --db khabar.db >/dev/null
exec .venv/bin/khabar serve --db khabar.db --host 127.0.0.1 --port "${PORT:-8000}"
