"""Ingest rate (pages/s on one core, full analysis) and store size per 1,000 articles, and search latency on the
resulting store (single words and phrases, p50/p95 over the queries).

Pages: the 380 day files of ../shared/data/hindi-covid19-news-2020 and the 345 BBC Hindi bodies (as a .jsonl of
text records), ingested into a fresh store in a temporary folder.
Run: taskset -c 0 python bench/bench_ingest.py
"""
from __future__ import annotations

import csv
import json
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

from khabar.store.db import connect
from khabar.store.ingest import ingest
from khabar.store.search import search

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
QUERIES = ["कोरोना", "लॉकडाउन", "मुख्यमंत्री", "अस्पताल", "पिता", "दिल्ली", '"स्वास्थ्य मंत्रालय"', '"नई दिल्ली"',
           "क्रिकेट", "ज़िला", '"प्रधानमंत्री नरेंद्र मोदी"', "वैक्सीन"]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bbc = Path(tmp) / "bbc.jsonl"
        with open(SHARED / "data/bbc-hindi-news-articles/bbc-hindi-test-5class.csv", encoding="utf-8", newline="") as f, \
                open(bbc, "w", encoding="utf-8") as out:
            for n, row in enumerate(list(csv.reader(f))[1:]):
                if len(row) > 1 and row[1].strip():
                    out.write(json.dumps({"source": f"bbc:{n}", "text": row[1]}, ensure_ascii=False) + "\n")
        db = Path(tmp) / "k.db"
        con = connect(db)
        t0 = time.perf_counter()
        papers = [str(p) for p in sorted((SHARED / "data/hindi-covid19-news-2020").iterdir()) if p.is_dir()]
        report = ingest(con, [*papers, str(bbc)])
        seconds = time.perf_counter() - t0
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        size = sum(os.path.getsize(p) for p in Path(tmp).glob("k.db*"))
        times = []
        for _ in range(5):
            for q in QUERIES:
                t = time.perf_counter()
                search(con, q)
                times.append((time.perf_counter() - t) * 1000)
        times.sort()
        print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
        print(f"pages: {report.seen} ({report.added} stored, {len(report.failed)} failed), articles: {articles}")
        print(f"ingest: {report.seen / seconds:.1f} pages/s on one core (full analysis)")
        print(f"store: {size / 2**20:.1f} MB, {size / max(1, articles) * 1000 / 2**20:.1f} MB per 1,000 articles")
        print(f"search ({len(QUERIES)} queries x 5): p50 {statistics.median(times):.1f} ms, p95 {times[int(len(times) * 0.95) - 1]:.1f} ms")


if __name__ == "__main__":
    main()
