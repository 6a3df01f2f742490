"""Features of a token for the CRF: the folded word, its affixes and shape, its neighbours, and whether it belongs
to a gazetteer (CLDR's Hindi names of countries and territories, through babel), a title that
precedes names (मुख्यमंत्री, डॉक्टर), a word that heads an organisation's name (मंत्रालय, पार्टी) or a postposition
that follows names (ने, का, के)."""
from __future__ import annotations

from functools import lru_cache

import regex

from .lexicon import BODY_WORDS, TITLES
from .clusters import LEVELS, clusters
from .names import names
from ..text.normalize import fold

POSTPOSITIONS = frozenset("ने का की के को से में पर तक और".split())
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_LATIN = regex.compile(r"\p{Latin}")
_DIGIT = regex.compile(r"\d")
_PUNCT = regex.compile(r"^[\p{P}\p{S}]+$")


@lru_cache(maxsize=1)
def gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(single-word place names, words of multi-word place names) in fold() form, from CLDR via babel."""
    from babel import Locale

    hi = Locale("hi")
    names = set(hi.territories.values())
    # CLDR's cities (the time zones' exemplar cities) were tried as well: no better on HiNER or IL-NER (-0.002).
    single = {fold(n) for n in names if " " not in n}
    parts = {fold(w) for n in names if " " in n for w in n.split()}
    return frozenset(single), frozenset(parts)


@lru_cache(maxsize=200_000)
def word_features(token: str) -> tuple[str, ...]:
    """Features of the token itself (cached: a corpus repeats its words)."""
    w = fold(token, normalized=True)
    single, parts = gazetteer()
    f = [f"w={w}", f"s1={w[-1:]}", f"s2={w[-2:]}", f"s3={w[-3:]}", f"p2={w[:2]}", f"p3={w[:3]}", f"len={min(len(w), 8)}"]
    if _DEVANAGARI.search(token):
        f.append("script=deva")
    elif _LATIN.search(token):
        f.append("script=latn")
        f.append("cap" if token[:1].isupper() else "lower")
        if token.isupper() and len(token) > 1:
            f.append("allcaps")
    if _DIGIT.search(token):
        f.append("digit")
    if _PUNCT.match(token):
        f.append("punct")
    if w in single:
        f.append("gaz=place")
    elif w in parts:
        f.append("gaz=placepart")
    if w in TITLES:
        f.append("title")
    if w in BODY_WORDS:
        f.append("orghead")
    if w in POSTPOSITIONS:
        f.append("postp")
    tier = names().get(w)
    if tier:
        f.append(f"name={tier}")
    if len(w) > 4:  # letter 3- and 4-grams: unseen names share their sounds with seen ones ("ोंग", "र्ट")
        # Sorted, not set order: Python's string hashing changes between runs, and the trained file should not.
        f.extend(sorted({f"g3={w[k:k + 3]}" for k in range(1, len(w) - 3)}))
        f.extend(sorted({f"g4={w[k:k + 4]}" for k in range(0, len(w) - 3)}))
    cl = clusters().get(w)
    if cl:
        f.extend(f"c{k}={c}" for k, c in zip(LEVELS, cl))
    return tuple(f)


_CONTEXT_FLAGS = ("title", "postp", "orghead", "gaz=place", "punct", "name=hi", "name=mid", "name=lo")
_OFFSETS = (-2, -1, 1, 2)


@lru_cache(maxsize=200_000)
def context_features(token: str) -> tuple[tuple[str, ...], ...]:
    """What a token tells its neighbours, as seen from each offset (-2, -1, +1, +2): its word, its last three
    letters, its flags and coarse cluster."""
    own = word_features(token)
    shown = [own[0], own[3], *(x for x in own[7:] if x in _CONTEXT_FLAGS or x.startswith(f"c{LEVELS[0]}="))]
    return tuple(tuple(f"{d}:{x}" for x in shown) for d in _OFFSETS)


class Known:
    """The features a trained model has weights for. The tagger ignores any other, yet takes time to read each one
    it is handed (about a fifth of them), so they are left out, once per word (cached)."""

    def __init__(self, attributes: frozenset[str]) -> None:
        self.attributes = attributes
        self.word = lru_cache(maxsize=200_000)(self._word)
        self.context = lru_cache(maxsize=200_000)(self._context)

    def _word(self, token: str) -> tuple[str, ...]:
        return tuple(f for f in word_features(token) if f in self.attributes)

    def _context(self, token: str) -> tuple[tuple[str, ...], ...]:
        return tuple(tuple(f for f in side if f in self.attributes) for side in context_features(token))


def sentence_features(tokens: list[str], known: Known | None = None) -> list[list[str]]:
    """Features of every token of a sentence, with its neighbours' words and flags; with ``known``, only those the
    model knows (the same tags and probabilities, since the model gives the others no weight)."""
    own = [word_features(t) for t in tokens]
    mine = own if known is None else [known.word(t) for t in tokens]
    ctx = [context_features(t) for t in tokens] if known is None else [known.context(t) for t in tokens]
    n = len(tokens)
    out = []
    for i in range(n):
        f = list(mine[i])
        for k, d in enumerate(_OFFSETS):
            j = i + d
            if 0 <= j < n:
                f.extend(ctx[j][k])
            else:
                f.append(f"{d}:edge")
        if i > 0:
            bigram = f"bi-={own[i - 1][0]}|{own[i][0]}"
            if known is None or bigram in known.attributes:
                f.append(bigram)
        if i + 1 < n:
            bigram = f"bi+={own[i][0]}|{own[i + 1][0]}"
            if known is None or bigram in known.attributes:
                f.append(bigram)
        out.append(f)
    return out
