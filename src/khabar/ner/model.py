"""The shipped tagger: loaded once from the installed package (never downloaded)."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

import regex

from .data import spans
from .features import sentence_features

MODEL = "ner-hi.crfsuite"
MAX_SENTENCE = 300  # tokens tagged at once; a longer run is cut into pieces (bounded time and memory)
# Tokens as the corpora have them: words (letters, marks, digits) and single punctuation marks.
TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:(?<=\u094d)[\u200c\u200d][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]")


@lru_cache(maxsize=1)
def tagger():
    import pycrfsuite

    t = pycrfsuite.Tagger()
    with resources.as_file(resources.files("khabar.models") / MODEL) as path:
        t.open(str(path))
    return t


def tag(tokens: list[str], min_confidence: float = 0.0) -> list[str]:
    """BIO tags (B-PER, I-LOC, B-ORG, O) for one sentence's tokens; with ``min_confidence``, a span whose tags
    the model gives a lower mean probability than that is left out (O)."""
    out: list[str] = []
    for i in range(0, len(tokens), MAX_SENTENCE):
        piece = tokens[i : i + MAX_SENTENCE]
        if not piece:
            continue
        t = tagger()
        tags = t.tag(sentence_features(piece))
        if min_confidence:
            for s, e, _ in spans(tags):
                if sum(t.marginal(tags[j], j) for j in range(s, e)) / (e - s) < min_confidence:
                    tags[s:e] = ["O"] * (e - s)
        out.extend(tags)
    return out


def model_available() -> bool:
    return (resources.files("khabar.models") / MODEL).is_file()
