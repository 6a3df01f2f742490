"""Whole-path HTML speed against trafilatura in two orders of work, in one process, on the fundus pages.

`khabar eval extraction` times the systems taking turns page by page (khabar, then each baseline, then the next
page): every system then starts each page with caches the others have just filled with their own data, which costs
the faster system most. A batch job runs one library over page after page. This script measures both orders in the
same run, so the two ratios can be compared:
- page by page: khabar and trafilatura alternate on every page (as the eval does, without the other baselines);
- batch order: each system runs over the whole set in turn, the two alternating pass by pass.
Run: taskset -c 1 python bench/bench_extraction_order.py [--repeat N]
"""
from __future__ import annotations

import argparse
import gzip
import platform
import time
from pathlib import Path

from khabar.eval.extraction import _run, baselines, khabar_system

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    systems = {"khabar": khabar_system, "trafilatura": baselines()["trafilatura"]}
    raw = [gzip.decompress(p.read_bytes()) for p in sorted((SHARED / "data/fundus-news-html").rglob("*.html.gz"))]
    for system in systems.values():  # each reads every page once untimed (models loaded, caches filled)
        for data in raw:
            _run(system, data)
    turns = dict.fromkeys(systems, 0.0)
    for _ in range(args.repeat):
        for data in raw:
            for name, system in systems.items():
                start = time.perf_counter()
                _run(system, data)
                turns[name] += time.perf_counter() - start
    batches = dict.fromkeys(systems, 0.0)
    for _ in range(args.repeat):
        for name, system in systems.items():
            start = time.perf_counter()
            for data in raw:
                _run(system, data)
            batches[name] += time.perf_counter() - start
    n = args.repeat * len(raw)
    print(f"{len(raw)} pages x {args.repeat} passes, {platform.machine()}, Python {platform.python_version()}")
    for label, seconds in (("page by page", turns), ("batch order", batches)):
        rate = {name: n / s for name, s in seconds.items()}
        print(f"{label:13s} khabar {rate['khabar']:6.1f} pages/s, trafilatura {rate['trafilatura']:5.1f} pages/s: "
              f"{rate['khabar'] / rate['trafilatura']:.1f}x")


if __name__ == "__main__":
    main()
