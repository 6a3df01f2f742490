"""Search the store: whole Devanagari words and phrases (FTS5 over fold()ed text, BM25), filters on date, site,
person and place, and snippets cut from the original text with the hits marked."""
from __future__ import annotations

import sqlite3

import regex

from ..text.normalize import fold, normalize
from ..text.tokens import WORD
from .db import unpack

MAX_QUERY = 500  # characters
RANK_ALL_UP_TO = 20_000  # matches scored by BM25; beyond this, newest first (see search())
SNIPPET_CHARS = 160


class QueryError(ValueError):
    """A query that cannot be searched (empty, too long)."""


def fts_query(query: str) -> tuple[str, list[list[str]]]:
    """The FTS5 expression for a user's query, and its terms: words are ANDed, "quoted phrases" stay phrases; FTS
    operators and stray quotes in the query are plain text, never syntax."""
    if len(query) > MAX_QUERY:
        raise QueryError(f"query is {len(query)} characters; the limit is {MAX_QUERY}")
    text = normalize(query)
    parts: list[list[str]] = []
    for m in regex.finditer(r'"([^"]*)"|([^"\s]+)', text):
        words = [fold(w, normalized=True) for w in WORD.findall(m.group(1) if m.group(1) is not None else m.group(2))]
        if words:
            parts.append(words)
    if not parts:
        raise QueryError("query has no words")
    expression = " AND ".join('"' + " ".join(words) + '"' for words in parts)
    return expression, parts


def search(con: sqlite3.Connection, query: str, limit: int = 20, offset: int = 0, since: str | None = None,
           until: str | None = None, site: str | None = None, person: str | None = None,
           place: str | None = None) -> dict:
    expression, parts = fts_query(query)
    where, args = ["search MATCH ?"], [expression]
    if since:
        where.append("a.published >= ?")
        args.append(since)
    if until:
        where.append("a.published < ?")
        args.append(until + "\uffff")
    if site:
        where.append("a.site = ?")
        args.append(site)
    for kind, name in (("person", person), ("place", place)):
        if name:
            where.append("EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id AND e.type = ? AND e.key = ?)")
            args += [kind, fold(name)]
    order = "bm25"
    if len(where) == 1:
        # No filter: FTS5 ranks and counts inside the index (fast); the articles are read for the page of hits only.
        total = con.execute("SELECT count(*) FROM search WHERE search MATCH ?", args).fetchone()[0]
        # A query that most of the store matches carries almost no information for BM25 (its IDF is near zero),
        # and scoring every match costs time: such results come newest first.
        newest = total > RANK_ALL_UP_TO
        order = "newest" if newest else "bm25"
        top = con.execute(f"SELECT rowid, {'0' if newest else 'rank'} FROM search WHERE search MATCH ? "
                          f"ORDER BY {'rowid DESC' if newest else 'rank'} LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
        rows = []
        for aid, rank in top:
            row = con.execute("SELECT a.id, a.headline, a.published, a.site, p.source, a.article FROM articles a "
                              "JOIN pages p ON p.id = a.id WHERE a.id = ?", (aid,)).fetchone()
            if row:
                rows.append((*row, rank))
    else:
        sql = f"FROM search JOIN articles a ON a.id = search.rowid JOIN pages p ON p.id = a.id WHERE {' AND '.join(where)}"
        total = con.execute(f"SELECT count(*) {sql}", args).fetchone()[0]
        rows = con.execute(f"SELECT a.id, a.headline, a.published, a.site, p.source, a.article, search.rank AS rank {sql} "
                           f"ORDER BY rank LIMIT ? OFFSET ?", [*args, limit, offset]).fetchall()
    hits = []
    for aid, headline, published, site_name, source, article, rank in rows:
        text = unpack(article)["text"]
        hits.append({"id": aid, "headline": headline, "published": published, "site": site_name, "source": source,
                     "score": round(-rank, 4), "snippet": snippet(text, parts)})
    return {"total": total, "order": order, "hits": hits}


def snippet(text: str, parts: list[list[str]]) -> str:
    """A window of ``text`` around the first hit, with every hit word marked as [[word]]."""
    wanted = {w for words in parts for w in words}
    spans = [m.span() for m in WORD.finditer(text) if fold(m.group(), normalized=True) in wanted]
    if not spans:
        return text[:SNIPPET_CHARS]
    start = max(0, spans[0][0] - SNIPPET_CHARS // 3)
    end = min(len(text), start + SNIPPET_CHARS)
    out, at = [], start
    for a, b in spans:
        if a < start or b > end:
            continue
        out += [text[at:a], "[[", text[a:b], "]]"]
        at = b
    out.append(text[at:end])
    return ("…" if start else "") + "".join(out) + ("…" if end < len(text) else "")
