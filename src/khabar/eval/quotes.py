"""``khabar eval quotes DIR...``: quotes, speakers and cited sources against ANNOTATION.md §2 references.

A reference is ``<name>.gold.json`` beside its page ``<name>.txt`` (or named by its ``document`` field), with
``quotes`` ([{kind, text, speaker}]) and ``sources_cited`` ([{name}]). Matching follows ANNOTATION.md §4: a found
quote matches a reference quote when their texts share at least half of the shorter one's tokens (NFC, whitespace
folded); a (quote, speaker) pair also needs the same speaker: equal, or one an alias of the other (aliases from the
reference's entities), or both null. Sources match by name or alias. Each reference item matches one found item.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

from ..pipeline import analyze_bytes
from ..text.normalize import fold
from ..text.tokens import WORD


def _tokens(text: str) -> Counter:
    return Counter(WORD.findall(fold(unicodedata.normalize("NFC", text or ""))))


def overlaps(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    shorter = min(sum(ta.values()), sum(tb.values()))
    return shorter > 0 and sum((ta & tb).values()) >= shorter / 2


def alias_groups(gold: dict) -> list[set[str]]:
    groups = []
    entities = gold.get("entities") or {}
    for items in entities.values() if isinstance(entities, dict) else []:
        for e in items if isinstance(items, list) else []:
            if isinstance(e, dict) and e.get("name"):
                groups.append({fold(x) for x in [e["name"], e.get("latin") or "", *(e.get("aliases") or [])] if x})
    return groups


def same_name(a: str | None, b: str | None, groups: list[set[str]]) -> bool:
    if a is None or b is None:
        return a is None and b is None
    fa, fb = fold(a), fold(b)
    return fa == fb or any(fa in g and fb in g for g in groups)


def load(folder: Path) -> list[tuple[str, Path, dict]]:
    refs = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text("utf-8"))
        if "quotes" not in gold:
            continue
        doc = folder / (gold.get("document") or gold_path.name.removesuffix(".gold.json") + ".txt")
        if doc.exists():
            refs.append((gold_path.name.removesuffix(".gold.json"), doc, gold))
    return refs


def _match(found: list, gold: list, same) -> list[tuple[int, int]]:
    """As many (found, gold) pairs as can be made, each item used once: a maximum matching (augmenting paths), so
    that a short reference quote ("भरोसा नहीं।") does not take a found quote another reference matches too."""
    edges = [[fi for fi, f in enumerate(found) if same(f, g)] for g in gold]
    owner: dict[int, int] = {}  # found index -> gold index

    def place(gi: int, seen: set[int]) -> bool:
        for fi in edges[gi]:
            if fi not in seen:
                seen.add(fi)
                if fi not in owner or place(owner[fi], seen):
                    owner[fi] = gi
                    return True
        return False

    for gi in range(len(gold)):
        place(gi, set())
    return sorted(owner.items(), key=lambda p: p[1])


def _prf(tp: int, n_found: int, n_gold: int) -> dict:
    p = tp / n_found if n_found else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def evaluate(folders: list[Path]) -> dict:
    totals = Counter()
    documents = []
    for folder in folders:
        for name, doc, gold in load(Path(folder)):
            article = analyze_bytes(doc.read_bytes(), str(doc))
            groups = alias_groups(gold)
            found = [{"text": q.text, "speaker": q.speaker.name if q.speaker else None} for q in article.quotes]
            ref = [q for q in gold.get("quotes") or [] if q.get("text")]
            pairs = _match(found, ref, lambda f, g: overlaps(f["text"], g["text"]))
            # (quote, speaker) pairs: a matching of their own over the pairs whose speakers agree too
            with_speaker = _match(found, ref, lambda f, g: overlaps(f["text"], g["text"])
                                  and same_name(f["speaker"], g.get("speaker"), groups))
            # A source the reference leaves unnamed ("एक अंग्रेजी अखबार", "name": null) names no body, which ANNOTATION.md §2
            # asks of a cited source: it is not scored.
            ref_sources = [src for src in gold.get("sources_cited") or [] if isinstance(src, dict) and src.get("name")]
            found_sources = [s.name for s in article.sources]
            src_pairs = _match(found_sources, ref_sources, lambda f, g: same_name(f, g.get("name"), groups)
                               or fold(g.get("name", "")) in fold(f) or fold(f) in fold(g.get("name", "")))
            counts = {"quotes_found": len(found), "quotes_gold": len(ref), "quotes_tp": len(pairs),
                      "speaker_tp": len(with_speaker), "sources_found": len(found_sources),
                      "sources_gold": len(ref_sources), "sources_tp": len(src_pairs)}
            totals.update(counts)
            matched = {gi for _, gi in pairs}
            right = {gi for _, gi in with_speaker}
            documents.append({
                "document": name, **counts,
                "missed": [q["text"][:80] for gi, q in enumerate(ref) if gi not in matched],
                "wrong_speaker": [(ref[gi]["text"][:60], found[fi]["speaker"], ref[gi].get("speaker"))
                                  for fi, gi in pairs if gi not in right],
                "extra": [f["text"][:80] for fi, f in enumerate(found) if fi not in {a for a, _ in pairs}],
            })
    q = _prf(totals["quotes_tp"], totals["quotes_found"], totals["quotes_gold"])
    qs = _prf(totals["speaker_tp"], totals["quotes_found"], totals["quotes_gold"])
    s = _prf(totals["sources_tp"], totals["sources_found"], totals["sources_gold"])
    overall = {"quote_P": q["P"], "quote_R": q["R"], "quote_F1": q["F1"],
               "quote_speaker_P": qs["P"], "quote_speaker_R": qs["R"], "quote_speaker_F1": qs["F1"],
               "source_P": s["P"], "source_R": s["R"], "source_F1": s["F1"], "documents": len(documents),
               "quotes_gold": totals["quotes_gold"], "sources_gold": totals["sources_gold"]}
    return {"overall": overall, "documents": documents}
