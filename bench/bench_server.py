"""Latency of the running server on a large store: search (single words and phrases) and the article page.

The store: the COVID corpus's stories (day files cut at their title lines, as in bench_stories.py) analyzed once,
then copied with fresh ids and their paragraphs shuffled until the store holds ``--articles`` articles (the
copies are written straight into the store, so building it does not take 100,000 full analyses; the ingest rate is
bench_ingest.py's). Then ``khabar serve`` runs in its own process and every request goes over HTTP.
Run: python bench/bench_server.py [--articles 100000] [--requests 200]
"""
from __future__ import annotations

import argparse
import hashlib
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from bench_stories import SHARED, stories  # noqa: E402

from khabar.article import Paragraph  # noqa: E402
from khabar.pipeline import analyze_text  # noqa: E402
from khabar.store.db import connect  # noqa: E402
from khabar.store.ingest import store_article  # noqa: E402

WORDS = ["कोरोना", "लॉकडाउन", "मुख्यमंत्री", "अस्पताल", "दिल्ली", "मजदूर", "वैक्सीन", "पुलिस", "जांच", "सरकार"]
PHRASES = ['"स्वास्थ्य मंत्रालय"', '"नई दिल्ली"', '"प्रधानमंत्री नरेंद्र मोदी"', '"कोरोना वायरस"']


def build(db: Path, total: int, seed: int = 0) -> float:
    rng = random.Random(seed)
    base = []
    for f in sorted((SHARED / "data/hindi-covid19-news-2020").glob("*/*.txt")):
        for s in stories(f):
            a = analyze_text(s, source=f.stem)
            if a.page_type == "article" and len(a.paragraphs) > 1:
                base.append(a)
    con = connect(db)
    start = time.perf_counter()
    with con:
        for i in range(total):
            a = base[i % len(base)].model_copy(deep=True)
            texts = [a.text[p.start : p.end] for p in a.paragraphs]
            rng.shuffle(texts)
            a.text, a.paragraphs, offset = "\n\n".join(texts), [], 0
            for t in texts:
                a.paragraphs.append(Paragraph(start=offset, end=offset + len(t), role="body"))
                offset += len(t) + 2
            a.lines, a.quotes, a.sentences = None, [], []  # shuffled copies: their line and quote offsets no longer hold
            digest = hashlib.sha256(f"{i}:{a.text}".encode()).hexdigest()
            cur = con.execute("INSERT INTO pages(hash, source, status) VALUES (?, ?, 'ok')", (digest, f"{a.source}#{i}"))
            store_article(con, cur.lastrowid, a)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=200)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "big.db"
        seconds = build(db, args.articles)
        size = sum(p.stat().st_size for p in Path(tmp).glob("big.db*"))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = subprocess.Popen([sys.executable, "-m", "khabar.cli", "serve", "--db", str(db), "--port", str(port)],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            base = f"http://127.0.0.1:{port}"
            with httpx.Client(timeout=30) as client:
                for _ in range(100):
                    try:
                        client.get(base + "/openapi.json")
                        break
                    except httpx.HTTPError:
                        time.sleep(0.1)
                rng = random.Random(1)
                timings = {"word": [], "phrase": [], "article": []}
                for n in range(args.requests):
                    kind = ("word", "phrase", "article")[n % 3]
                    if kind == "article":
                        url = f"{base}/article/{rng.randint(1, args.articles)}"
                    else:
                        url = f"{base}/api/search"
                    params = {"q": rng.choice(WORDS if kind == "word" else PHRASES)} if kind != "article" else None
                    t = time.perf_counter()
                    r = client.get(url, params=params)
                    timings[kind].append((time.perf_counter() - t) * 1000)
                    assert r.status_code == 200, (url, r.status_code)
        finally:
            server.terminate()
            server.wait(timeout=10)

    def p95(xs: list[float]) -> float:
        xs = sorted(xs)
        return xs[max(0, int(len(xs) * 0.95) - 1)]

    print(f"store: {args.articles} articles built in {seconds:.0f} s, {size / 2**20:.0f} MB ({size / args.articles * 1000 / 2**20:.1f} MB per 1,000)")
    for kind, xs in timings.items():
        print(f"{kind:8s} n={len(xs)} p50 {statistics.median(xs):.1f} ms  p95 {p95(xs):.1f} ms")


if __name__ == "__main__":
    main()
