"""``khabar eval entities DIR...``: an article's entity set against ANNOTATION.md §3 references (the seed and
``../shared/eval/quotes-dev``). An entity found matches a reference entity of the same type when its name or one
of its aliases equals the reference's name, Latin name or one of its aliases (after fold()); each reference entity
matches at most one found entity. Micro P/R/F1 over the three types, and per type."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..pipeline import analyze_bytes
from ..text.normalize import fold
from .counts import prf_counts
from .quotes import load

TYPES = ("person", "place", "organisation")


def _forms(*names) -> set[str]:
    return {fold(n) for n in names if n}


def evaluate(folders: list[Path]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    documents = []
    for folder in folders:
        for name, doc, gold in load(Path(folder)):
            if not isinstance(gold.get("entities"), dict):
                continue
            article = analyze_bytes(doc.read_bytes(), str(doc))
            row = {"document": name, "missed": [], "extra": []}
            for kind in TYPES:
                ref = [(e["name"], _forms(e["name"], e.get("latin"), *(e.get("aliases") or [])))
                       for e in gold["entities"].get(kind) or [] if isinstance(e, dict) and e.get("name")]
                found = [e for e in article.entities if e.type == kind]
                used: set[int] = set()
                for ref_name, forms in ref:
                    hit = next((i for i, e in enumerate(found) if i not in used and _forms(e.name, *e.aliases) & forms), None)
                    if hit is None:
                        fn[kind] += 1
                        row["missed"].append(f"{kind}: {ref_name}")
                    else:
                        used.add(hit)
                        tp[kind] += 1
                for i, e in enumerate(found):
                    if i not in used:
                        fp[kind] += 1
                        row["extra"].append(f"{kind}: {e.name}")
            documents.append(row)

    overall = prf_counts(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    overall["documents"] = len(documents)
    return {"overall": overall, "per_type": {k: prf_counts(tp[k], fp[k], fn[k]) for k in TYPES}, "documents": documents}
