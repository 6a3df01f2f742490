"""Speed of the quote stage: articles per second on one core (quotes, speakers and sources only).

Articles: the 345 BBC Hindi bodies of ../shared/data/bbc-hindi-news-articles, the quote dev set and the seed,
analyzed once up front; then the ``quotes`` step alone runs over them ``--repeat`` times.
Run: taskset -c 0 python bench/bench_quotes.py [--repeat N]
"""
from __future__ import annotations

import argparse
import csv
import platform
import time
from pathlib import Path

from khabar.page import Page
from khabar.pipeline import analyze_bytes
from khabar.steps.quotes import quotes

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def pages() -> list[Page]:
    texts = []
    with open(SHARED / "data/bbc-hindi-news-articles/bbc-hindi-test-5class.csv", encoding="utf-8", newline="") as f:
        texts += [row[1] for row in list(csv.reader(f))[1:] if len(row) > 1 and row[1].strip()]
    texts += [p.read_text("utf-8") for p in sorted((SHARED / "eval/quotes-dev").glob("*.txt"))]
    texts += [p.read_text("utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    out = []
    for text in texts:
        article = analyze_bytes(text.encode("utf-8"), html=False)
        out.append(Page(data=b"", article=article))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    corpus = [p for p in pages() if p.article.page_type == "article"]
    quoted = 0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for page in corpus:
            page.article.quotes, page.article.sources = [], []
            quotes(page)
            quoted += len(page.article.quotes)
    rate = args.repeat * len(corpus) / (time.perf_counter() - t0)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"articles: {len(corpus)} (BBC Hindi bodies + quote dev set + seed), repeats: {args.repeat}, quotes found per pass: {quoted // args.repeat}")
    print(f"quote stage: {rate:.0f} articles/s on one core")


if __name__ == "__main__":
    main()
