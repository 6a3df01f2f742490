"""Likely person-name words, mined from unlabeled text: the words that stand right after a title (श्री "Mr",
मुख्यमंत्री "chief minister", डॉ "Dr") or right before a speech cue ("ने कहा" "said", "का कहना" "says"), up to the
first postposition, title or common word, counted against every occurrence of the word. A name the labeled data
never saw ("गिलार्ड", Gillard) still stands in those places in news text. Built by ``khabar train ner`` and shipped
as ``khabar/models/names-hi.tsv`` (word, tier). Measured: +0.8 F1 on HiNER held-out persons, +0.3 micro on IL-NER
test (names after titles alone: neutral; the speech cues bring most of the foreign names).
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from pathlib import Path

import regex

from .lexicon import BODY_WORDS, STOP, TITLES

FILE = "names-hi.tsv"
MAX_NAME = 3  # words taken after a title or before a cue: given name, middle name, surname
MIN_SEEN = 2  # sightings in those places a word needs; one is often a typo or a one-off
# Tiers by the share of a word's occurrences that stand in those places; the cut points were set by hand, not tuned (the
# CRF learns a weight per tier; "lo" holds many non-names such as मंत्रालय "ministry", and gets a small one).
TIERS = ((0.5, "hi"), (0.15, "mid"), (0.0, "lo"))
# Speech cues after a speaker's name: (postposition, verb) pairs, the commonest in news; HiNER's tokens keep a comma
# glued to the verb ("कहा,").
CUES = {("ने", "कहा"), ("ने", "बताया"), ("का", "कहना"), ("ने", "कहा,")}
_WORD = regex.compile(r"[\p{L}\p{M}]+")  # letters and vowel signs only: no digits, no punctuation


@lru_cache(maxsize=1)
def names() -> dict[str, str]:
    """Folded word → tier ("hi", "mid", "lo"); empty when the file is missing."""
    target = resources.files("khabar.models") / FILE
    if not target.is_file():
        return {}
    return dict(line.split("\t") for line in target.read_text("utf-8").splitlines())


def mine(sentences: list[list[str]]) -> dict[str, str]:
    """Tiers of the words that follow titles or precede speech cues in ``sentences`` (folded words).

    >>> mine([["श्री", "राम", "ने", "कहा"], ["श्री", "राम", "आए"]])
    {'राम': 'hi'}
    """
    seen: Counter = Counter()
    cued: Counter = Counter()
    for words in sentences:
        seen.update(words)
        for i, w in enumerate(words):
            if w not in TITLES:
                continue
            for x in words[i + 1 : i + 1 + MAX_NAME]:
                if x in TITLES or x in STOP or not _WORD.fullmatch(x):
                    break
                cued[x] += 1
        for i in range(1, len(words) - 1):
            if (words[i], words[i + 1]) not in CUES:
                continue
            for x in reversed(words[max(0, i - MAX_NAME) : i]):
                if x in TITLES or x in STOP or x in BODY_WORDS or not _WORD.fullmatch(x):
                    break
                cued[x] += 1
    out = {}
    for w, k in cued.items():
        if k >= MIN_SEEN:
            share = k / seen[w]
            out[w] = next(t for cut, t in TIERS if share >= cut)
    return out


def build(sentences: list[list[str]], out: Path) -> dict:
    """Mine ``sentences`` and write the table to ``out``; returns counts per tier."""
    table = mine(sentences)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(f"{w}\t{t}\n" for w, t in sorted(table.items())), "utf-8")
    return {"words": len(table), **Counter(table.values())}
