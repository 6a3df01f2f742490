"""Speed of the flattened-text path: cleaning + sentences, pages per second on one core.

Pages: every document of ../shared/data/webcorpus-hi-boilerplate/docs and the seed, decoded once up front.
Two figures, both from this run: the cleaner and sentence splitter alone (the issue's target), and the whole
``analyze`` path from bytes to Article (reading time, language and the pydantic model included).
Run: python bench/bench_clean.py [--repeat N]
"""
from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from khabar.clean.page import classify
from khabar.pipeline import analyze_bytes
from khabar.read.decode import decode
from khabar.text.normalize import normalize
from khabar.text.sentences import split_sentences

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    files = sorted((SHARED / "data/webcorpus-hi-boilerplate/docs").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt"))
    raw = [f.read_bytes() for f in files]
    pages = [[normalize(line) for line in decode(b)[0].split("\n")] for b in raw]

    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for lines in pages:
            verdict = classify(lines)
            kept = [lines[n] for n, (role, _) in verdict.roles.items() if role in ("standfirst", "subhead", "body", "body:list-item")]
            split_sentences("\n\n".join(kept))
    clean_rate = args.repeat * len(pages) / (time.perf_counter() - t0)

    t0 = time.perf_counter()
    for _ in range(max(1, args.repeat // 4)):
        for b in raw:
            analyze_bytes(b)
    full_rate = max(1, args.repeat // 4) * len(raw) / (time.perf_counter() - t0)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"pages: {len(pages)} (webcorpus-hi-boilerplate dev docs + seed), repeats: {args.repeat}")
    print(f"cleaning + sentences: {clean_rate:.0f} pages/s on one core")
    print(f"whole analyze path (bytes -> Article): {full_rate:.0f} pages/s on one core")


if __name__ == "__main__":
    main()
