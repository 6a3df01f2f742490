"""The store's schema. SQLite's FTS5 ``unicode61`` tokenizer splits words at Devanagari vowel signs, virama and
nukta (they are not letters to it), so "पिता" would find "पुतिन"; the search table declares those marks token
characters and stores the text in fold() form, so that words match whole and nukta or chandrabindu variants match
each other."""
from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

DEFAULT_DB = "khabar.db"
# Devanagari combining marks and the joiners: part of a word, never a separator.
_MARKS = "".join(chr(c) for c in [*range(0x0900, 0x0904), *range(0x093A, 0x0950), *range(0x0951, 0x0958), 0x0962, 0x0963, 0x200C, 0x200D])
TOKENIZE = f"unicode61 remove_diacritics 0 tokenchars '{_MARKS}'"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS pages (
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  source TEXT,
  status TEXT NOT NULL,           -- 'ok' or 'failed'
  error TEXT,
  ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY REFERENCES pages(id),
  headline TEXT,
  published TEXT,
  site TEXT,
  language TEXT,
  page_type TEXT,
  article BLOB NOT NULL           -- the Article JSON, zlib-compressed (pack/unpack)
);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_site ON articles(site);
CREATE TABLE IF NOT EXISTS entities (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  entity TEXT NOT NULL,
  type TEXT NOT NULL,
  name TEXT NOT NULL,
  key TEXT NOT NULL,              -- fold(name), for lookups
  latin TEXT
);
CREATE INDEX IF NOT EXISTS entities_key ON entities(key, type);
CREATE TABLE IF NOT EXISTS quotes (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  kind TEXT NOT NULL,
  speaker TEXT,
  speaker_key TEXT,
  text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_key);
CREATE VIRTUAL TABLE IF NOT EXISTS search USING fts5(headline, body, content = '', tokenize = "{TOKENIZE}");
"""


def pack(article_json: str) -> bytes:
    """The Article JSON as stored: zlib at level 6 (a news Article shrinks about sixfold)."""
    return zlib.compress(article_json.encode("utf-8"), 6)


def unpack(blob: bytes) -> dict:
    return json.loads(zlib.decompress(blob))


def connect(path: str | Path = DEFAULT_DB) -> sqlite3.Connection:
    con = sqlite3.connect(str(path), timeout=30)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.executescript(SCHEMA)
    return con
