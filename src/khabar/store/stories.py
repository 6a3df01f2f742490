"""Near-duplicates and stories: the same agency copy in several papers, found with MinHash and LSH (datasketch).

Shingles are runs of five folded words (``WORD`` tokens, so Devanagari words stay whole: a character- or byte-based
hash gives unrelated Hindi texts a high similarity because they share their vowel signs and common words). Pairs
that LSH proposes are checked on their exact shingle Jaccard; connected pairs form a story.
"""
from __future__ import annotations

import sqlite3

from datasketch import MinHash, MinHashLSH

from ..text.normalize import fold
from ..text.tokens import WORD
from .db import unpack

SHINGLE = 5
PERMUTATIONS = 128
THRESHOLD = 0.25  # Jaccard of 5-word shingles: papers rewrite agency copy; unrelated Hindi stories stay below 0.15
MIN_SHINGLES = 20  # shorter texts say too little to be called copies

SCHEMA = """
CREATE TABLE IF NOT EXISTS stories (article_id INTEGER PRIMARY KEY REFERENCES articles(id), story INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS stories_story ON stories(story);
"""


def shingles(text: str) -> set[str]:
    words = [fold(w, normalized=True) for w in WORD.findall(text)]
    return {" ".join(words[i : i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def signature(items: set[str]) -> MinHash:
    m = MinHash(num_perm=PERMUTATIONS, seed=1)
    m.update_batch([s.encode("utf-8") for s in items])
    return m


def find_pairs(texts: dict[int, str], threshold: float = THRESHOLD) -> list[tuple[int, int, float]]:
    """(id, id, Jaccard) for every pair of texts whose shingle Jaccard reaches ``threshold``."""
    sets = {k: shingles(t) for k, t in texts.items()}
    sets = {k: s for k, s in sets.items() if len(s) >= MIN_SHINGLES}
    lsh = MinHashLSH(threshold=threshold * 0.8, num_perm=PERMUTATIONS)  # a lower bar for candidates, then checked
    pairs = []
    for k, s in sets.items():
        sig = signature(s)
        for other in lsh.query(sig):
            j = jaccard(s, sets[other])
            if j >= threshold:
                pairs.append((min(k, other), max(k, other), round(j, 3)))
        lsh.insert(k, sig)
    return sorted(pairs)


def group(ids: list[int], pairs: list[tuple[int, int, float]]) -> dict[int, int]:
    """Story id (the smallest member's id) for every id, by union-find over the pairs."""
    parent = {i: i for i in ids}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b, _ in pairs:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {i: root(i) for i in ids}


def build_stories(con: sqlite3.Connection, threshold: float = THRESHOLD) -> dict:
    """Find the duplicate pairs of the store's articles and write every article's story."""
    con.executescript(SCHEMA)
    texts = {aid: unpack(article)["text"] for aid, article in con.execute("SELECT id, article FROM articles")}
    pairs = find_pairs(texts, threshold)
    stories = group(list(texts), pairs)
    with con:
        con.execute("DELETE FROM stories")
        con.executemany("INSERT INTO stories(article_id, story) VALUES (?, ?)", stories.items())
    sizes: dict[int, int] = {}
    for story in stories.values():
        sizes[story] = sizes.get(story, 0) + 1
    return {"articles": len(texts), "pairs": pairs, "stories_with_copies": sum(1 for n in sizes.values() if n > 1)}


def same_story(con: sqlite3.Connection, article_id: int) -> list[dict]:
    """The other articles of an article's story (empty when stories were not built or it stands alone)."""
    con.executescript(SCHEMA)
    row = con.execute("SELECT story FROM stories WHERE article_id = ?", (article_id,)).fetchone()
    if row is None:
        return []
    rows = con.execute(
        "SELECT a.id, a.headline, a.published, coalesce(a.site, p.source) FROM stories s JOIN articles a ON a.id = s.article_id "
        "JOIN pages p ON p.id = a.id WHERE s.story = ? AND a.id != ? ORDER BY a.published, a.id", (row[0], article_id)).fetchall()
    return [{"id": i, "headline": h, "published": d, "paper": src} for i, h, d, src in rows]
