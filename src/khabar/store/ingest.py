"""``khabar ingest``: analyze pages and store them, once each.

Inputs are files (flattened text or HTML, .gz too), directories of them, and .jsonl(.gz) files whose lines hold an
``html`` or ``text`` field (and optionally ``url``/``source``). Every page is keyed by the SHA-256 of its bytes, so
ingesting the same pages again adds nothing; each page is written in its own transaction, so a killed ingest
leaves a consistent store and a re-run completes it. A page that cannot be analyzed is recorded with its error and
never stops the rest.
"""
from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, field
from typing import Iterator

from ..batch.readers import read, shards
from ..errors import KhabarError
from ..pipeline import analyze_bytes
from ..text.normalize import fold
from .db import pack

PAGE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".gz", "")


@dataclass
class Report:
    seen: int = 0
    added: int = 0
    skipped: int = 0  # already in the store
    failed: list[tuple[str, str]] = field(default_factory=list)


def records(paths: list[str]) -> Iterator[tuple[str, bytes | None, bool | str | None]]:
    """(source, bytes, is_html or None to detect) for every page under ``paths``, streamed by the crawl readers;
    bytes None and the reason instead of is_html for a record that cannot be read. Records that are not pages (a
    WARC request, an image) are left out."""
    for f in shards(paths):
        name = f.name.lower()
        if f.suffix.lower() not in PAGE_SUFFIXES and not name.endswith((".jsonl", ".jsonl.gz", ".warc")):
            continue
        for rec in read(f):
            if rec.data is None and not rec.failed:
                continue
            yield str(rec.url), rec.data, (rec.why if rec.data is None else rec.html)


def store_article(con: sqlite3.Connection, page_id: int, article) -> None:
    con.execute(
        "INSERT INTO articles(id, headline, published, site, language, page_type, article) VALUES (?,?,?,?,?,?,?)",
        (page_id, article.headline, article.published, article.site_name, article.language, article.page_type,
         pack(article.model_dump_json())))
    con.executemany("INSERT INTO entities(article_id, entity, type, name, key, latin) VALUES (?,?,?,?,?,?)",
                    [(page_id, e.id, e.type, e.name, fold(e.name), e.latin) for e in article.entities])
    con.executemany("INSERT INTO quotes(article_id, kind, speaker, speaker_key, text) VALUES (?,?,?,?,?)",
                    [(page_id, q.kind, q.speaker.name if q.speaker else None, fold(q.speaker.name) if q.speaker else None, q.text)
                     for q in article.quotes])
    con.execute("INSERT INTO search(rowid, headline, body) VALUES (?,?,?)",
                (page_id, fold(article.headline or ""), fold(article.text)))


def ingest(con: sqlite3.Connection, paths: list[str], progress=None) -> Report:
    return ingest_records(con, records(paths), progress)


def ingest_records(con: sqlite3.Connection, items, progress=None) -> Report:
    """Store (source, bytes, is_html) records; the work of ``ingest`` for any source of records."""
    report = Report()
    for source, data, html in items:
        report.seen += 1
        unreadable = data is None or not data.strip()
        # Content decides identity; what has no content is known by its name (so each bad input is recorded once).
        digest = hashlib.sha256(b"unreadable:" + source.encode() if unreadable else data).hexdigest()
        if con.execute("SELECT 1 FROM pages WHERE hash = ?", (digest,)).fetchone():
            report.skipped += 1
        else:
            try:
                if data is None:
                    raise KhabarError(str(html), "unreadable")
                if not data.strip():
                    raise KhabarError("empty page", "empty")
                article = analyze_bytes(data, source, html=html)
                error = None
            except KhabarError as err:
                article, error = None, str(err)
            except Exception as err:  # one bad page never stops the batch
                article, error = None, f"internal error: {type(err).__name__}: {err}"
            with con:  # one transaction per page: a killed ingest never leaves half a page
                cur = con.execute("INSERT INTO pages(hash, source, status, error) VALUES (?,?,?,?)",
                                  (digest, source, "ok" if article else "failed", error))
                if article is not None:
                    store_article(con, cur.lastrowid, article)
                    report.added += 1
                else:
                    report.failed.append((source, error or "failed"))
        if progress:
            progress()
    return report
