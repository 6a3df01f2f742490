"""``khabar train ner``: train the CRF tagger on IL-NER (train split) and the HiNER dev half (four blocks in five;
the fifth is held back for development scores), with a fixed seed, and write the model into the package."""
from __future__ import annotations

import random
import time
from collections import Counter
from pathlib import Path

from .data import hiner_split, read_conll
from .features import sentence_features

PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


def training_data(il_ner: Path, hiner: Path) -> tuple[list, list, Counter]:
    repairs: Counter = Counter()
    il = read_conll(il_ner / "hindi-train.txt", repairs)
    hi_train, hi_held = hiner_split(read_conll(hiner, repairs))
    return il + hi_train, hi_held, repairs


def unlabeled(shared: Path, sentences: list) -> list[list[str]]:
    """Folded word sequences for the clusters: the labeled training sentences and the unlabeled Hindi text of
    ../shared/data (news corpora, UD, the cleaning dev pages); never a test split."""
    import csv

    from ..text.normalize import fold, normalize
    from .model import TOKEN

    texts: list[str] = []
    data = shared / "data"
    texts += [p.read_text("utf-8", "replace") for p in sorted((data / "hindi-covid19-news-2020").rglob("*.txt"))]
    texts += [p.read_text("utf-8", "replace") for p in sorted((data / "webcorpus-hi-boilerplate").rglob("*.txt"))]
    bbc = data / "bbc-hindi-news-articles" / "bbc-hindi-test-5class.csv"
    if bbc.exists():
        with open(bbc, encoding="utf-8", newline="") as f:
            texts += [row[1] for row in csv.reader(f) if len(row) > 1]
    out = [[fold(t, normalized=True) for t in tokens] for tokens, _ in sentences]
    for text in texts:
        for line in normalize(text).split("\n"):
            words = [fold(m.group(), normalized=True) for m in TOKEN.finditer(line)]
            if len(words) > 3:
                out.append(words)
    return out


def train(il_ner: Path, hiner: Path, out: Path, seed: int = 0, iterations: int | None = None) -> dict:
    import pycrfsuite

    from .clusters import FILE, build, clusters
    from .features import word_features

    start = time.perf_counter()
    sentences, held, repairs = training_data(il_ner, hiner)
    cluster_info = build(unlabeled(il_ner.parent.parent, sentences), out.parent / FILE, seed=seed)
    clusters.cache_clear()
    word_features.cache_clear()
    random.Random(seed).shuffle(sentences)  # the order the trainer sees; fixed by the seed
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, tags in sentences:
        trainer.append(sentence_features(tokens), tags)
    params = dict(PARAMS)
    if iterations:
        params["max_iterations"] = iterations
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return {"sentences": len(sentences), "tokens": sum(len(t) for t, _ in sentences), "held_out_sentences": len(held),
            "repairs": dict(repairs), "params": params, "seconds": round(time.perf_counter() - start, 1),
            "model_bytes": out.stat().st_size, "clusters": cluster_info}
