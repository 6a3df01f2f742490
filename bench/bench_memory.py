"""Peak memory of `khabar batch` over one large WARC.gz shard (default about 2 GB), against the input size.

The WARC is written here from the fundus HTML pages, repeated; then `khabar batch --workers 2` runs over it and the
peak RSS of the parent and of the largest worker is read from getrusage.
Run: python bench/bench_memory.py [--gigabytes 2]
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).parent))
from bench_batch import pages  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gigabytes", type=float, default=2.0)
    args = ap.parse_args()
    html = pages()
    with tempfile.TemporaryDirectory() as tmp:
        warc = Path(tmp) / "big.warc.gz"
        target = args.gigabytes * 2**30
        n = 0
        t = time.perf_counter()
        with open(warc, "wb") as f:
            w = WARCWriter(f, gzip=True)
            while f.tell() < target:
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(f"https://example.org/{n}", "response",
                                                    payload=io.BytesIO(html[n % len(html)]), http_headers=http))
                n += 1
        size = warc.stat().st_size
        print(f"wrote {n} records, {size / 2**30:.2f} GB in {time.perf_counter() - t:.0f} s", flush=True)
        run = subprocess.run([sys.executable, "-m", "khabar.cli", "batch", str(warc), "--out", str(Path(tmp) / "out"),
                              "--workers", "2"], capture_output=True, text=True)
        stats = json.loads(run.stdout.strip().splitlines()[-1])
        child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"input {size / 2**30:.2f} GB, {n} records: {stats['records']} read, {stats['articles']} articles, "
          f"{stats['pages_per_s']} pages/s")
    print(f"peak RSS of the batch process tree (largest single process): {child:.0f} MB")


if __name__ == "__main__":
    main()
