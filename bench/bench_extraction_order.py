"""Whole-path HTML speed against trafilatura in two orders of work, in one process, on the fundus pages.

`khabar eval extraction` times the systems taking turns page by page (khabar, then each baseline, then the next
page): every system then starts each page with caches the others have just filled with their own data, which costs
the faster system most. A batch job runs one library over page after page. This script measures both orders in the
same run, so the two ratios can be compared:
- page by page: khabar and trafilatura alternate on every page (as the eval does, without the other baselines);
- batch order: each system runs over the whole set in turn, the two alternating pass by pass.
Run: taskset -c 1 python bench/bench_extraction_order.py [PASSES]   (3 passes unless told)
"""
from __future__ import annotations

import gzip
import platform
import sys
import time
from pathlib import Path

from khabar.eval.extraction import _run, baselines, khabar_system, speeds

PAGES = Path(__file__).resolve().parents[2] / "shared" / "data" / "fundus-news-html"


def main(passes: int) -> None:
    systems = {"khabar": khabar_system, "trafilatura": baselines()["trafilatura"]}
    raw = [gzip.decompress(p.read_bytes()) for p in sorted(PAGES.rglob("*.html.gz"))]
    for system in systems.values():  # each reads every page once untimed (models loaded, caches filled)
        for data in raw:
            _run(system, data)
    turns = speeds(systems, raw, passes)  # the eval's own timing: the systems take turns on each page
    batches = dict.fromkeys(systems, 0.0)
    for _ in range(passes):
        for name, system in systems.items():
            start = time.perf_counter()
            for data in raw:
                _run(system, data)
            batches[name] += time.perf_counter() - start
    n = passes * len(raw)
    print(f"{len(raw)} pages x {passes} passes, {platform.machine()}, Python {platform.python_version()}")
    for label, rate in (("page by page", turns), ("batch order", {name: n / s for name, s in batches.items()})):
        print(f"{label:13s} khabar {rate['khabar']:6.1f} pages/s, trafilatura {rate['trafilatura']:5.1f} pages/s: "
              f"{rate['khabar'] / rate['trafilatura']:.1f}x")

if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
