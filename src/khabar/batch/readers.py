"""Records from crawls, streamed with constant memory: WARC / WARC.gz response records holding HTML (warcio), .jsonl
(.gz) lines with an ``html`` or ``text`` field, and directories of pages. Every record keeps its URL and fetch time;
what is not an HTML page is skipped with a reason, and a corrupt or truncated file ends its shard with a reason."""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

MAX_RECORD = 20 * 1024 * 1024  # bytes of one page; a larger record is skipped, not read


@dataclass
class Record:
    url: str | None
    fetched: str | None
    data: bytes | None  # None: skipped or failed, see ``why``
    html: bool | None = None
    why: str | None = None  # the reason it was skipped or failed
    failed: bool = False  # True: goes to the dead-letter file; False with data None: skipped (not a page)


def shards(inputs: list[str]) -> list[Path]:
    """The input files, one shard each: WARC, JSONL and page files, directories expanded."""
    out: list[Path] = []
    for item in inputs:
        p = Path(item)
        out += sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith(".")) if p.is_dir() else [p]
    return out


def read(path: Path) -> Iterator[Record]:
    name = path.name.lower()
    if name.endswith((".warc", ".warc.gz", ".arc.gz")):
        yield from _warc(path)
    elif name.endswith((".jsonl", ".jsonl.gz")):
        yield from _jsonl(path)
    else:
        try:
            data = path.read_bytes()
        except OSError as err:
            yield Record(str(path), None, None, why=f"cannot read: {err.strerror}", failed=True)
            return
        yield Record(str(path), None, data)


def _warc(path: Path) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    n = 0
    try:
        with open(path, "rb") as stream:
            for rec in ArchiveIterator(stream):
                n += 1
                url = rec.rec_headers.get_header("WARC-Target-URI")
                fetched = rec.rec_headers.get_header("WARC-Date")
                if rec.rec_type != "response":
                    yield Record(url, fetched, None, why=f"not a response record ({rec.rec_type})")
                    continue
                if rec.http_headers is None:
                    yield Record(url, fetched, None, why="response without HTTP headers")
                    continue
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                if "html" not in ctype:
                    yield Record(url, fetched, None, why=f"not HTML ({ctype or 'no content type'})")
                    continue
                length = int(rec.rec_headers.get_header("Content-Length") or 0)
                if length > MAX_RECORD:
                    yield Record(url, fetched, None, why=f"record of {length / 2**20:.0f} MB (limit {MAX_RECORD // 2**20} MB)",
                                 failed=True)
                    continue
                data = rec.content_stream().read(MAX_RECORD + 1)
                if len(data) > MAX_RECORD:
                    yield Record(url, fetched, None, why="record over the size limit", failed=True)
                    continue
                yield Record(url, fetched, data, html=True)
    except Exception as err:  # a corrupt gzip member, a truncated record: the shard ends here, with its reason
        yield Record(str(path), None, None, why=f"corrupt or truncated WARC after {n} record(s): {type(err).__name__}: {err}",
                     failed=True)


def _jsonl(path: Path) -> Iterator[Record]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    n = 0
    try:
        with opener(path, "rt", encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, start=1):
                try:
                    row = json.loads(line)
                except ValueError:
                    yield Record(f"{path}:{n}", None, None, why="line is not JSON", failed=True)
                    continue
                if not isinstance(row, dict) or not isinstance(row.get("html") or row.get("text"), str):
                    yield Record(f"{path}:{n}", None, None, why="record has no 'html' or 'text' field")
                    continue
                html = isinstance(row.get("html"), str)
                body = row["html"] if html else row["text"]
                yield Record(row.get("url") or row.get("source") or f"{path}:{n}", row.get("fetched") or row.get("date"), body.encode("utf-8"), html)
    except (OSError, EOFError) as err:
        yield Record(str(path), None, None, why=f"corrupt or truncated file after {n} line(s): {err}", failed=True)
