"""Score :func:`khabar.text.sentences.split_sentences` against gold sentences.

Span level: a predicted sentence counts only if its (start, end) equals a gold sentence's, whitespace stripped.
Boundary level: the sentence ends inside a paragraph (the paragraph's own end is free and not counted).

UD Hindi PUD (``shared/data/ud-hindi-pud``) groups 1–5 gold sentences per ``# newdoc``; each document's ``# text``
lines are joined with one space into a paragraph, split, and scored.

    python -m khabar.eval.sentences [path/to/hi_pud-ud-test.conllu]
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable, Iterable

from khabar.text.sentences import split_sentences

Splitter = Callable[[str], list[tuple[int, int]]]
DEFAULT_UD = Path(__file__).resolve().parents[3].parent / "shared" / "data" / "ud-hindi-pud" / "hi_pud-ud-test.conllu"


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts (1.0 when there is nothing to find and nothing was found)."""
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


def join_gold(gold: Iterable[str], sep: str = " ") -> tuple[str, list[tuple[int, int]]]:
    """Join gold sentences into one paragraph; return it with each sentence's stripped span.

    >>> join_gold(["वह आया।", "गया। "])
    ('वह आया। गया। ', [(0, 7), (8, 12)])
    """
    parts, spans, pos = [], [], 0
    for sent in gold:
        if parts:
            parts.append(sep)
            pos += len(sep)
        lead = len(sent) - len(sent.lstrip())
        spans.append((pos + lead, pos + len(sent.rstrip())))
        parts.append(sent)
        pos += len(sent)
    return "".join(parts), spans


def gold_spans(text: str, gold: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the gold sentences in ``text``, found in order; raises ValueError if one is not there."""
    spans, pos = [], 0
    for sent in gold:
        sent = sent.strip()
        i = text.find(sent, pos)
        if i < 0:
            raise ValueError(f"gold sentence not found in text after offset {pos}: {sent[:60]!r}")
        spans.append((i, i + len(sent)))
        pos = i + len(sent)
    return spans


def score_spans(text: str, gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> dict:
    """Counts and errors for one text: span matches, and internal boundaries (ends not at a line's end)."""
    g, p = set(gold), set(pred)
    gb, pb = _internal_ends(text, gold), _internal_ends(text, pred)
    return {
        "tp": len(g & p), "pred": len(p), "gold": len(g),
        "btp": len(gb & pb), "bpred": len(pb), "bgold": len(gb),
        "missed": [text[a:b] for a, b in gold if (a, b) not in p],
        "spurious": [text[a:b] for a, b in pred if (a, b) not in g],
    }


def _internal_ends(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Sentence ends followed by more text on the same line."""
    ends = set()
    for _, b in spans:
        nl = text.find("\n", b)
        if text[b:nl if nl >= 0 else len(text)].strip():
            ends.add(b)
    return ends


def score_text(text: str, gold: list[str], splitter: Splitter = split_sentences) -> dict:
    """Score ``splitter`` on ``text`` whose sentences are ``gold`` (in order, each found verbatim in ``text``).

    >>> r = score_text("वह आया। फिर गया।", ["वह आया।", "फिर गया।"])
    >>> r["F1"], r["missed"], r["spurious"]
    (1.0, [], [])
    """
    counts = score_spans(text, gold_spans(text, gold), splitter(text))
    return {**prf(counts["tp"], counts["pred"], counts["gold"]),
            "boundary": prf(counts["btp"], counts["bpred"], counts["bgold"]), **counts}


def read_conllu_documents(path: str | Path) -> list[tuple[str, list[str]]]:
    """``(newdoc id, [sentence text, ...])`` for each document of a CoNLL-U file, in file order."""
    docs: list[tuple[str, list[str]]] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# newdoc id"):
                docs.append((line.split("=", 1)[1].strip(), []))
            elif line.startswith("# text ="):
                if not docs:  # sentences before any newdoc form a document of their own
                    docs.append(("", []))
                docs[-1][1].append(line.split("=", 1)[1].strip())
    return [d for d in docs if d[1]]


def eval_ud(conllu_path: str | Path = DEFAULT_UD, splitter: Splitter = split_sentences) -> dict:
    """Score ``splitter`` on a CoNLL-U treebank, one paragraph per ``# newdoc``.

    Returns ``{"P", "R", "F1", "documents", "sentences", "boundary": {"P", "R", "F1"}, "errors": [...]}``, where each
    error is ``{"doc", "missed": [gold sentences not produced], "spurious": [predicted sentences not in gold]}``.
    """
    total = {"tp": 0, "pred": 0, "gold": 0, "btp": 0, "bpred": 0, "bgold": 0}
    errors = []
    docs = read_conllu_documents(conllu_path)
    for doc_id, gold in docs:
        text, spans = join_gold(gold)
        counts = score_spans(text, spans, splitter(text))
        for k in total:
            total[k] += counts[k]
        if counts["missed"] or counts["spurious"]:
            errors.append({"doc": doc_id, "missed": counts["missed"], "spurious": counts["spurious"]})
    return {**prf(total["tp"], total["pred"], total["gold"]), "documents": len(docs), "sentences": total["gold"],
            "boundary": prf(total["btp"], total["bpred"], total["bgold"]), "errors": errors}


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    r = eval_ud(argv[0] if argv else DEFAULT_UD)
    b = r["boundary"]
    print(f"documents {r['documents']}  sentences {r['sentences']}")
    print(f"spans     P {r['P']:.4f}  R {r['R']:.4f}  F1 {r['F1']:.4f}")
    print(f"boundary  P {b['P']:.4f}  R {b['R']:.4f}  F1 {b['F1']:.4f}")
    for err in r["errors"]:
        print(f"\n[{err['doc']}]")
        for s in err["missed"]:
            print(f"  - gold: {s}")
        for s in err["spurious"]:
            print(f"  + pred: {s}")


if __name__ == "__main__":
    main()
