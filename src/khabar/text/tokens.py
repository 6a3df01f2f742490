"""Word tokens for Devanagari and every other script: runs of letters, marks and digits.

``\\p{M}`` keeps vowel signs, virama and nukta inside the word (Python ``re``'s ``\\w`` splits "हिन्दी" at them).
A word may also hold inner joiners (ZWJ/ZWNJ) after a virama and inner apostrophes/hyphens between letters
("लश्कर-ए-तोयबा" is three tokens: hyphens separate words, as in UD Hindi).
"""
from __future__ import annotations

from typing import Iterator

import regex

WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:(?<=\u094d)[\u200c\u200d][\p{L}\p{M}\p{N}]+)*")
# Devanagari letters in a string; used to tell the script of a line.
DEVANAGARI = regex.compile(r"\p{Devanagari}")
LATIN = regex.compile(r"\p{Latin}")


def words(text: str) -> list[str]:
    """The word tokens of ``text``.

    >>> words("हिन्दी, 2.5 करोड़ (Kim Jong-Un)")
    ['हिन्दी', '2', '5', 'करोड़', 'Kim', 'Jong', 'Un']
    >>> words("क्\u200dष")  # a joiner after a virama stays inside the word
    ['क्\u200dष']
    """
    return WORD.findall(text)


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Character offsets ``(start, end)`` of each word token."""
    for m in WORD.finditer(text):
        yield m.span()


def count_words(text: str) -> int:
    """Number of word tokens (used for reading time and line shape)."""
    return len(WORD.findall(text))
