"""Reading the NER corpora: IL-NER (NEP/NEL/NEO and five other types) and HiNER (PERSON/LOCATION/ORGANIZATION),
both mapped to three types: person, place, organisation; every other type becomes O.

IL-NER has a few hundred malformed tags ("-", "-NEL", "-NETI", a tag with no token). A tag with a type but no
B-/I- prefix continues the entity before it when that entity has the same type (I-), and starts one otherwise
(B-); a bare "-" is O; a line with no token is dropped. ``repairs`` counts what was changed.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from ..text.normalize import normalize

TYPES = {
    "NEP": "person", "PERSON": "person", "PER": "person",
    "NEL": "place", "LOCATION": "place", "LOC": "place",
    "NEO": "organisation", "ORGANIZATION": "organisation", "ORGANISATION": "organisation", "ORG": "organisation",
}
SHORT = {"person": "PER", "place": "LOC", "organisation": "ORG"}


def map_tag(raw: str, previous: str, repairs: Counter) -> str:
    """One corpus tag as B-PER / I-LOC / O (previous: the mapped tag before it)."""
    raw = raw.strip()
    if raw in ("O", ""):
        return "O"
    prefix, _, kind = raw.partition("-")
    if prefix not in ("B", "I"):  # "-NEL", "NEL", "-"
        kind = kind or prefix
        repairs["no B/I prefix"] += 1
        if kind not in TYPES:
            return "O"
        short = SHORT[TYPES[kind]]
        return f"I-{short}" if previous.endswith(short) else f"B-{short}"
    if kind not in TYPES:
        return "O"
    short = SHORT[TYPES[kind]]
    if prefix == "I" and not previous.endswith(short):
        repairs["I- without a B-"] += 1
        return f"B-{short}"
    return f"{prefix}-{short}"


def read_conll(path: str | Path, repairs: Counter | None = None) -> list[tuple[list[str], list[str]]]:
    """Sentences as (tokens, BIO tags over PER/LOC/ORG)."""
    repairs = repairs if repairs is not None else Counter()
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in Path(path).read_text("utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
        if len(parts) < 2 or not parts[0].strip():
            repairs["line with no token"] += 1
            continue
        token, raw = parts[0].strip(), parts[-1]
        tags.append(map_tag(raw, tags[-1] if tags else "O", repairs))
        tokens.append(normalize(token))
    if tokens:
        sentences.append((tokens, tags))
    return sentences


def spans(tags: list[str]) -> set[tuple[int, int, str]]:
    """Entity spans (start, end, type) of a BIO sequence, seqeval-style (an I- after another type starts one)."""
    out, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, t = tag.partition("-")
        if start is not None and (prefix != "I" or t != kind):
            out.add((start, i, kind))
            start = kind = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, t
    return out


def hiner_split(sentences: list, block: int = 200, every: int = 5) -> tuple[list, list]:
    """The HiNER dev half cut like the published split: blocks of ``block`` sentences; every ``every``-th block is
    held back for development scores, the rest is for training."""
    train, held = [], []
    for i, s in enumerate(sentences):
        (held if (i // block) % every == every - 1 else train).append(s)
    return train, held
