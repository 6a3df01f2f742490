"""People and their quotes across the corpus: who is quoted most, everything a person said (with dates and
papers), the entities named together with them, and their mentions over time."""
from __future__ import annotations

import sqlite3
from collections import Counter

from ..text.normalize import fold


def most_quoted(con: sqlite3.Connection, limit: int = 20) -> list[dict]:
    rows = con.execute(
        "SELECT speaker, count(*) AS quotes, count(DISTINCT article_id) AS articles FROM quotes "
        "WHERE speaker IS NOT NULL GROUP BY speaker_key ORDER BY quotes DESC, speaker LIMIT ?", (limit,)).fetchall()
    return [{"name": n, "quotes": q, "articles": a} for n, q, a in rows]


def person(con: sqlite3.Connection, name: str, limit: int = 200) -> dict:
    """What the store knows of one person: quotes (newest first), co-mentioned entities, mentions per month."""
    key = fold(name)
    said = con.execute(
        "SELECT q.kind, q.text, q.speaker, a.id, a.headline, a.published, coalesce(a.site, p.source) FROM quotes q "
        "JOIN articles a ON a.id = q.article_id JOIN pages p ON p.id = a.id WHERE q.speaker_key = ? "
        "ORDER BY a.published DESC, a.id LIMIT ?", (key, limit)).fetchall()
    articles = [r[0] for r in con.execute(
        "SELECT DISTINCT article_id FROM entities WHERE key = ? AND type = 'person' "
        "UNION SELECT DISTINCT article_id FROM quotes WHERE speaker_key = ?", (key, key))]
    together: Counter = Counter()
    per_month: Counter = Counter()
    for aid in articles:
        for other, kind in con.execute("SELECT DISTINCT name, type FROM entities WHERE article_id = ? AND key != ?", (aid, key)):
            together[(other, kind)] += 1
        published = con.execute("SELECT published FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        per_month[(published or "unknown")[:7]] += 1
    return {
        "name": said[0][2] if said else name,
        "articles": len(articles),
        "quotes": [{"kind": k, "text": t, "article": aid, "headline": h, "published": p, "paper": src}
                   for k, t, _, aid, h, p, src in said],
        "mentioned_with": [{"name": n, "type": t, "articles": c} for (n, t), c in together.most_common(20)],
        "mentions_by_month": dict(sorted(per_month.items())),
    }
