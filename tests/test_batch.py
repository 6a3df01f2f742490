"""Batch processing of crawls: WARC records written by the test itself (warcio), Parquet shards, dead letters,
resuming, and bad WARCs that end their shard with a reason while the run completes."""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pyarrow.parquet as pq
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from khabar.batch.engines import run_local

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
HTML = (SAMPLES / "html" / "hi-chandrayaan-vigyan.html").read_bytes()


def write_warc(path: Path, records: list[tuple[str, str, bytes, str | None]], gz: bool = True) -> None:
    """records: (kind, url, payload, content type or None for no HTTP headers)."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=gz)
        for kind, url, payload, ctype in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1") if ctype else None
            w.write_record(w.create_warc_record(url, kind, payload=io.BytesIO(payload), http_headers=http))


def test_warc_to_parquet_with_skips_and_resume(tmp_path):
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [
        ("response", "https://example.org/a", HTML, "text/html; charset=utf-8"),
        ("response", "https://example.org/logo.png", b"\x89PNG....", "image/png"),
        ("request", "https://example.org/a", b"GET / HTTP/1.1\r\n\r\n", None),
        ("response", "https://example.org/empty", b"", "text/html"),
    ])
    out = tmp_path / "out"
    stats = run_local([str(warc)], out, workers=1)
    assert stats.records == 4 and stats.articles == 1 and stats.failed == 1 and stats.skipped == 2
    table = pq.read_table(next(out.glob("*.parquet")))
    row = table.to_pylist()[0]
    assert row["url"] == "https://example.org/a" and row["fetched"] and row["headline"].startswith("चंद्रयान-5")
    assert json.loads(row["quotes"]) and json.loads(row["entities"])
    dead = [json.loads(x) for x in next(out.glob("*.dead.jsonl")).read_text("utf-8").splitlines()]
    assert dead[0]["url"] == "https://example.org/empty" and "empty" in dead[0]["error"]
    again = run_local([str(warc)], out, workers=1)
    assert again.shards_skipped == 1 and again.records == 0  # resumed: the finished shard is not redone


def test_bad_warcs_end_their_shard_and_the_run_completes(tmp_path):
    good = tmp_path / "good.warc.gz"
    write_warc(good, [("response", f"https://example.org/{i}", HTML, "text/html") for i in range(3)])
    data = good.read_bytes()
    (tmp_path / "truncated.warc.gz").write_bytes(data[: len(data) - 200])
    (tmp_path / "corrupt.warc.gz").write_bytes(data[:300] + b"\x00" * 500 + data[800:])
    write_warc(tmp_path / "dns.warc", [("request", "dns:example.org", b"1.2.3.4", None)], gz=False)
    write_warc(tmp_path / "huge.warc.gz", [("response", "https://example.org/huge", b"<p>" + b"x" * (50 * 2**20) + b"</p>", "text/html"),
                                            ("response", "https://example.org/ok", HTML, "text/html")])
    jsonl = tmp_path / "pages.jsonl.gz"
    with gzip.open(jsonl, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"url": "u1", "html": HTML.decode()}) + "\nnot json\n")
    stats = run_local([str(tmp_path)], tmp_path / "out", workers=2)
    assert stats.shards == 6 and stats.articles >= 5
    letters = [json.loads(x) for p in (tmp_path / "out").glob("*.dead.jsonl") for x in p.read_text("utf-8").splitlines()]
    reasons = " ".join(x["error"] for x in letters)
    assert "corrupt or truncated" in reasons and "not JSON" in reasons and "record of 50 MB" in reasons


def test_ray_engine_gives_the_same_rows(tmp_path):
    from khabar.batch.engines import run_ray

    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc, [("response", f"https://example.org/{i}", HTML, "text/html") for i in range(4)]
               + [("request", "https://example.org/x", b"GET /", None)])
    local = run_local([str(warc)], tmp_path / "local", workers=1)
    ray_stats = run_ray([str(warc)], tmp_path / "ray", workers=2)
    assert (ray_stats.records, ray_stats.articles, ray_stats.skipped) == (local.records, local.articles, local.skipped) == (5, 4, 1)
    a = pq.read_table(next((tmp_path / "local").glob("*.parquet"))).to_pylist()
    b = pq.read_table(next((tmp_path / "ray").glob("*.parquet"))).to_pylist()
    assert [r["url"] for r in a] == [r["url"] for r in b] and [r["text"] for r in a] == [r["text"] for r in b]
