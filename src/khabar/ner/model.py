"""The shipped tagger: loaded once from the installed package (never downloaded)."""
from __future__ import annotations

import gzip
import zlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

import regex

from ..speed import settle
from .data import spans
from .features import Known, sentence_features

MODEL = "ner-hi.crfsuite"
ATTRIBUTES = "ner-hi-attributes.txt.gz"  # the features the model has weights for, written beside it by training
MAX_SENTENCE = 300  # tokens tagged at once; a longer run is cut into pieces (bounded time and memory)
# Tokens as the corpora have them: words (letters, marks, digits) and single punctuation marks.
TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:(?<=\u094d)[\u200c\u200d][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]")


@lru_cache(maxsize=1)
def tagger():
    import pycrfsuite

    t = pycrfsuite.Tagger()
    with resources.as_file(resources.files("khabar.models") / MODEL) as path:
        t.open(str(path))
    settle()  # (the model's lists, loaded once)
    return t


def tag(tokens: list[str], min_confidence: float = 0.0) -> list[str]:
    """BIO tags (B-PER, I-LOC, B-ORG, O) for one sentence's tokens; with ``min_confidence``, a span whose tags
    the model gives a lower mean probability than that is left out (O)."""
    out: list[str] = []
    for piece in pieces(tokens):
        t = tagger()
        tags = t.tag(sentence_features(piece, known()))
        if min_confidence:
            for s, e, _ in spans(tags):
                if sum(t.marginal(tags[j], j) for j in range(s, e)) / (e - s) < min_confidence:
                    tags[s:e] = ["O"] * (e - s)
        out.extend(tags)
    return out


def pieces(tokens: list[str]) -> list[list[str]]:
    """The sentence cut into runs of at most MAX_SENTENCE tokens, as the tagger takes them."""
    return [tokens[i : i + MAX_SENTENCE] for i in range(0, len(tokens), MAX_SENTENCE)]


def _fingerprint(model: bytes) -> str:
    return f"# model {len(model)} bytes, crc32 {zlib.crc32(model):08x}"


def write_attributes(model: Path) -> Path:
    """Write the features ``model`` has weights for beside it (sorted: the same model gives the same file)."""
    import pycrfsuite

    t = pycrfsuite.Tagger()
    t.open(str(model))
    names = sorted({attribute for attribute, _ in t.info().state_features})
    text = _fingerprint(model.read_bytes()) + "\n" + "".join(f"{n}\n" for n in names)
    out = model.parent / ATTRIBUTES
    out.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
    return out


@lru_cache(maxsize=1)
def known() -> Known | None:
    """The model's features, when their file is there and was written for this model (else every feature is handed
    to the tagger, which gives the same tags, more slowly)."""
    files = resources.files("khabar.models")
    if not (files / ATTRIBUTES).is_file():
        return None
    return read_known((files / ATTRIBUTES).read_bytes(), (files / MODEL).read_bytes())


def read_known(attributes: bytes, model: bytes) -> Known | None:
    """The features of a file written by ``write_attributes``; None when it was written for another model."""
    lines = gzip.decompress(attributes).decode("utf-8").split("\n")
    if lines[0] != _fingerprint(model):
        return None
    return Known(frozenset(line for line in lines[1:] if line))


@lru_cache(maxsize=1)
def model_available() -> bool:
    """(Cached: asking the package's resources costs about 0.2 ms, and the steps ask on every page.)"""
    return (resources.files("khabar.models") / MODEL).is_file()
