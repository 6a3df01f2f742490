"""Speed of NER inference: tokens per second on one core (features + CRF tagging of whole sentences).

Sentences: the IL-NER test split and the HiNER dev half from ../shared/data, tagged ``--repeat`` times after one
warm-up pass (the per-word feature cache is warm, as it is in a long-running batch).
Run: taskset -c 0 python bench/bench_ner.py [--repeat N]
"""
from __future__ import annotations

import argparse
import platform
import time
from pathlib import Path

from khabar.ner.data import read_conll
from khabar.ner.model import tag

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    sentences = [t for t, _ in read_conll(SHARED / "data/il-ner-hindi/hindi-test.txt")]
    sentences += [t for t, _ in read_conll(SHARED / "data/hiner-validation/hiner-collapsed-validation-dev.conll")]
    for s in sentences:
        tag(s)
    tokens = sum(len(s) for s in sentences)
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for s in sentences:
            tag(s)
    rate = args.repeat * tokens / (time.perf_counter() - t0)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"sentences: {len(sentences)}, tokens: {tokens}, repeats: {args.repeat}")
    print(f"NER inference: {rate:,.0f} tokens/s on one core")


if __name__ == "__main__":
    main()
