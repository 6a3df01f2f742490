"""Throughput of `khabar batch` with 1 and 2 worker processes on the same input, in one run, and the peak memory
(RSS) against the input size; plus how fast WARC records alone are read (the part every crawl page costs).

Input: WARC.gz shards written here from the fundus HTML pages and the sample page, repeated to ``--records``.
Run: python bench/bench_batch.py [--records 240] [--shards 4] [--ray]
"""
from __future__ import annotations

import argparse
import gzip
import io
import resource
import tempfile
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.batch.engines import run_local, run_ray
from khabar.batch.readers import read

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ROOT = Path(__file__).resolve().parents[1]


def pages() -> list[bytes]:
    out = [gzip.decompress(p.read_bytes()) for p in sorted((SHARED / "data/fundus-news-html").rglob("*.html.gz"))]
    return out + [(ROOT / "samples/html/hi-chandrayaan-vigyan.html").read_bytes()]


def write(folder: Path, records: int, shards: int) -> int:
    html = pages()
    size = 0
    for s in range(shards):
        path = folder / f"shard{s}.warc.gz"
        with open(path, "wb") as f:
            w = WARCWriter(f, gzip=True)
            for i in range(s, records, shards):
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                w.write_record(w.create_warc_record(f"https://example.org/{i}", "response",
                                                    payload=io.BytesIO(html[i % len(html)]), http_headers=http))
        size += path.stat().st_size
    return size


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=240)
    ap.add_argument("--shards", type=int, default=4)
    ap.add_argument("--ray", action="store_true", help="also time the Ray engine")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        size = write(folder, args.records, args.shards)
        t = time.perf_counter()
        n = sum(1 for shard in sorted(folder.iterdir()) for _ in read(shard))
        read_rate = n / (time.perf_counter() - t)
        rates, ray_rates = {}, {}
        for workers in (1, 2):
            stats = run_local([str(folder)], Path(tmp) / f"out{workers}", workers=workers)
            rates[workers] = stats.pages_per_s
        if args.ray:
            for workers in (1, 2):
                stats = run_ray([str(folder)], Path(tmp) / f"ray{workers}", workers=workers)
                ray_rates[workers] = stats.pages_per_s
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"input: {args.records} HTML records in {args.shards} WARC.gz shards, {size / 2**20:.1f} MB")
    print(f"reading WARC records alone: {read_rate:,.0f} records/s on one core")
    print(f"batch, local engine: 1 worker {rates[1]} pages/s, 2 workers {rates[2]} pages/s, ratio {rates[2] / rates[1]:.2f}")
    if ray_rates:
        print(f"batch, ray engine (timed once Ray is up): 1 worker {ray_rates[1]} pages/s, 2 workers {ray_rates[2]} pages/s, "
              f"ratio {ray_rates[2] / ray_rates[1]:.2f}; overhead against local with 2 workers: "
              f"{(rates[2] / ray_rates[2] - 1) * 100:.0f}%")
    print(f"peak RSS: parent {peak:.0f} MB, largest worker {children:.0f} MB")


if __name__ == "__main__":
    main()
