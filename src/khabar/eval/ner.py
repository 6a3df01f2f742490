"""``khabar eval ner FILE.conll``: entity-level exact-span precision, recall and F1 per type and micro (seqeval's
rules), on IL-NER or HiNER files (both tag sets are read; every type but person, place and organisation is O).
``--held-out`` scores only the HiNER blocks held back from training (see ``ner.data.hiner_split``)."""
from __future__ import annotations

import time
from collections import Counter

from .counts import prf_counts
from ..ner.data import hiner_split, read_conll, spans
from ..ner.model import tag

NAMES = {"PER": "person", "LOC": "place", "ORG": "organisation"}


def evaluate(path: str, held_out: bool = False) -> dict:
    sentences = read_conll(path)
    if held_out:
        sentences = hiner_split(sentences)[1]
    tp, fp, fn = Counter(), Counter(), Counter()
    confusions: Counter = Counter()
    tokens = sum(len(t) for t, _ in sentences)
    start = time.perf_counter()
    predicted = [tag(t) for t, _ in sentences]
    seconds = time.perf_counter() - start
    for (toks, gold), pred in zip(sentences, predicted):
        g, p = spans(gold), spans(pred)
        for s in p & g:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
            same = next((x for x in g if x[:2] == s[:2]), None)
            confusions[f"{NAMES[s[2]]} for {NAMES[same[2]]}" if same else f"{NAMES[s[2]]} where none (or other span)"] += 1
        for s in g - p:
            fn[s[2]] += 1
            if not any(x[:2] == s[:2] for x in p):
                confusions[f"missed {NAMES[s[2]]}"] += 1

    def prf(t: int, f_p: int, f_n: int) -> dict:
        return {**prf_counts(t, f_p, f_n), "support": t + f_n}

    overall = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    overall.update({"sentences": len(sentences), "tokens": tokens, "tokens_per_s": round(tokens / seconds) if seconds else 0})
    per_type = {NAMES[k]: prf(tp[k], fp[k], fn[k]) for k in ("PER", "LOC", "ORG")}
    return {"overall": overall, "per_type": per_type, "confusions": dict(confusions.most_common(8))}
