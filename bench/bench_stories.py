"""Near-duplicate stories across the five papers of the COVID corpus, and what unrelated texts score.

The day files hold several stories each with no delimiter; a story here starts at a title-shaped line (short, no
sentence end) followed by a blank line. Every story of every paper is compared with MinHash + LSH on 5-word
shingles (khabar.store.stories); pairs from two different papers are printed (a sample, for reading) with their
Jaccard. Also printed: the highest Jaccard among the 344 BBC Hindi bodies, which are all different stories.
Run: python bench/bench_stories.py [--sample N]
"""
from __future__ import annotations

import argparse
import csv
import random
from pathlib import Path

import regex

from khabar.store.stories import find_pairs, jaccard, shingles
from khabar.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
_END = regex.compile(r"[।.?!|]\s*$")


def stories(path: Path) -> list[str]:
    blocks = [b.strip() for b in regex.split(r"\n\s*\n", normalize(path.read_text("utf-8", "replace"))) if b.strip()]
    out: list[list[str]] = []
    for b in blocks:
        title = len(b.split()) <= 20 and "\n" not in b and not _END.search(b)
        if title or not out:
            out.append([b])
        else:
            out[-1].append(b)
    return ["\n\n".join(s) for s in out if sum(len(x.split()) for x in s) >= 60]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sample", type=int, default=25)
    args = ap.parse_args()
    texts, where = {}, {}
    for f in sorted((SHARED / "data/hindi-covid19-news-2020").glob("*/*.txt")):
        for s in stories(f):
            k = len(texts)
            texts[k], where[k] = s, f.stem
    pairs = [p for p in find_pairs(texts) if where[p[0]][:2] != where[p[1]][:2]]
    print(f"stories: {len(texts)}; cross-paper near-duplicate pairs (Jaccard >= 0.25): {len(pairs)}")
    for a, b, j in random.Random(0).sample(pairs, min(args.sample, len(pairs))):
        print(f"{j:.2f} {where[a]} | {where[b]}\n   A: {texts[a][:110]!r}\n   B: {texts[b][:110]!r}")
    with open(SHARED / "data/bbc-hindi-news-articles/bbc-hindi-test-5class.csv", encoding="utf-8", newline="") as f:
        bbc = [r[1] for r in list(csv.reader(f))[1:] if len(r) > 1 and r[1].strip()]
    sets = [shingles(t) for t in bbc]
    top = max(jaccard(sets[i], sets[k]) for i in range(len(sets)) for k in range(i + 1, len(sets)))
    print(f"unrelated texts: highest 5-word-shingle Jaccard among {len(bbc)} BBC Hindi bodies: {top:.3f}; "
          f"LSH pairs among them: {len(find_pairs(dict(enumerate(bbc))))}")


if __name__ == "__main__":
    main()
