"""``khabar eval cleaning DIR``: line roles and page types against hand-written references (ANNOTATION.md §1, §4).

Scores, pooled over every labelled line of every document (micro average) and per document:
- kept-line precision/recall/F1: the set of lines kept as article text (headline, standfirst, subhead, body,
  list item) against the reference set;
- role accuracy: the share of lines whose role equals the reference role;
- page_type accuracy: the share of documents whose page type is right.
In the same run, two baselines: keep-every-line (every line body, every page an article) and a C4-style filter
(keep lines that end in terminal punctuation and have at least five words; a page with a kept line is an article).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

import regex

from ..article import KEPT_ROLES
from ..pipeline import analyze_bytes
from ..text.tokens import count_words

_C4_END = regex.compile(r"[.!?।॥][\"'”’)]*\s*$")


def load_references(folder: Path) -> list[tuple[dict, Path]]:
    """Every ``*.gold.json`` in ``folder`` with the document it describes (beside it, or in ``../docs``)."""
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if "line_roles" not in gold:
            continue
        name = gold.get("document") or gold_path.name.replace(".gold.json", ".txt")
        for candidate in (folder / name, folder.parent / "docs" / name):
            if candidate.is_file():
                out.append((gold, candidate))
                break
        else:
            raise FileNotFoundError(f"document {name} of {gold_path} not found beside it or in ../docs")
    return out


Predictor = Callable[[bytes, str], tuple[str, dict[int, str]]]


def khabar_predict(data: bytes, source: str) -> tuple[str, dict[int, str]]:
    a = analyze_bytes(data, source)
    return a.page_type, {line.n: line.role for line in a.lines or []}


def keep_all_predict(data: bytes, source: str) -> tuple[str, dict[int, str]]:
    lines = data.decode("utf-8", errors="replace").split("\n")
    return "article", {i: "body" for i, t in enumerate(lines) if t.strip()}


def c4_predict(data: bytes, source: str) -> tuple[str, dict[int, str]]:
    lines = data.decode("utf-8", errors="replace").split("\n")
    roles = {}
    for i, t in enumerate(lines):
        if t.strip():
            keep = bool(_C4_END.search(t)) and count_words(t) >= 5
            roles[i] = "body" if keep else "boilerplate:other"
    return ("article" if "body" in roles.values() else "other"), roles


def score(refs: list[tuple[dict, Path]], predict: Predictor) -> dict:
    """Scores of one predictor over the references."""
    tp = fp = fn = correct = total = pt_ok = 0
    documents = []
    for gold, path in refs:
        page_type, roles = predict(path.read_bytes(), str(path))
        g_roles = {int(k): v for k, v in gold["line_roles"].items()}
        d_tp = d_fp = d_fn = d_ok = 0
        wrong = []
        for n, g in g_roles.items():
            p = roles.get(n, "boilerplate:other")
            gk, pk = g in KEPT_ROLES, p in KEPT_ROLES
            d_tp += gk and pk
            d_fp += pk and not gk
            d_fn += gk and not pk
            if p == g:
                d_ok += 1
            else:
                wrong.append({"n": n, "gold": g, "predicted": p})
        tp, fp, fn = tp + d_tp, fp + d_fp, fn + d_fn
        correct, total = correct + d_ok, total + len(g_roles)
        pt_ok += page_type == gold["page_type"]
        documents.append({
            "document": path.name, "page_type": page_type, "gold_page_type": gold["page_type"],
            **_prf(d_tp, d_fp, d_fn), "role_accuracy": round(d_ok / max(1, len(g_roles)), 4), "lines": len(g_roles),
            "wrong": wrong,
        })
    overall = {**_prf(tp, fp, fn), "role_accuracy": round(correct / max(1, total), 4),
               "page_type_accuracy": round(pt_ok / max(1, len(refs)), 4), "documents": len(refs), "lines": total}
    return {"overall": overall, "documents": documents}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": round(p, 4), "R": round(r, 4), "F1": round(f, 4)}


def evaluate(folders: list[Path]) -> dict:
    """khabar and both baselines on the references in ``folders``."""
    refs = [ref for folder in folders for ref in load_references(Path(folder))]
    result = score(refs, khabar_predict)
    result["baselines"] = {
        "keep_every_line": score(refs, keep_all_predict)["overall"],
        "c4_filter": score(refs, c4_predict)["overall"],
    }
    return result
