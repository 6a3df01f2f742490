"""Unicode policy for Hindi text: one canonical form for display, one fold for search keys.

Policy (applied by :func:`normalize`):
- NFC. NFC *decomposes* the precomposed nukta letters (U+0958..U+095F: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़), because they are
  composition exclusions; so the canonical form always spells a nukta letter as base + U+093C. क़ and क़ become one string.
- ZWJ (U+200D) and ZWNJ (U+200C) next to Devanagari are kept only right after a virama (U+094D), where they select a
  half form or an explicit virama and so change what a reader sees; anywhere else in Devanagari they are invisible
  debris from editors and are dropped. Next to other scripts they are kept: Persian and Urdu write ZWNJ inside words
  ("گلاب‌گیری"), and emoji sequences are joined by ZWJ.
- NBSP, narrow NBSP, figure space and other Unicode spaces become U+0020; zero-width space, BOM, soft hyphen and
  word joiner are dropped; C0/C1 control characters other than tab and newline are dropped; CR/CRLF become LF.

The search key (:func:`fold`) goes further and erases distinctions writers do not agree on: nukta, ZWJ/ZWNJ,
chandrabindu vs anusvara, and Latin case.
"""
from __future__ import annotations

import unicodedata

import regex

VIRAMA = "\u094d"
NUKTA = "\u093c"
ZWJ, ZWNJ = "\u200d", "\u200c"
CHANDRABINDU, ANUSVARA = "\u0901", "\u0902"

# Spaces that render as a plain space (Zs other than U+0020, plus tab kept as is).
_SPACES = regex.compile(r"[\p{Zs}--[\x20]]", flags=regex.V1)
# Deleted: invisible characters with no meaning in running text (ZWSP, word joiner, BOM, soft hyphen, LRM/RLM) and
# C0/C1 controls except tab and newline.
_DELETED = regex.compile("[\u200b\u2060\ufeff\u00ad\u200e\u200f\x00-\x08\x0b-\x1f\x7f-\x9f]")
# ZWJ/ZWNJ next to Devanagari and not preceded by a virama.
_STRAY_JOINER = regex.compile(r"(?<=[\u0900-\u094c\u094e-\u097f]|\u094d[\u200c\u200d])[\u200c\u200d]+"
                               r"|(?<![\u094d\u200c\u200d])[\u200c\u200d]+(?=[\u0900-\u097f])")


def normalize(text: str) -> str:
    """Return ``text`` in khabar's canonical form (see the module docstring).

    >>> normalize("क\\u093c") == normalize("\\u0958")
    True
    >>> normalize("नई\\u00a0दिल्ली")
    'नई दिल्ली'
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isprintable():  # controls, odd spaces, invisible marks, joiners or line breaks (a cheap C check)
        text = _DELETED.sub("", text)
        text = _SPACES.sub(" ", text)
    if text.isascii():  # nothing to compose, no joiners: the common case for markup and Latin text
        return text
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\u200c" in text or "\u200d" in text:
        text = _STRAY_JOINER.sub("", text)
    return text


JOINERS = regex.compile("[\u200c\u200d]")


def unjoined(text: str) -> tuple[str, list[int]]:
    """``text`` without ZWJ/ZWNJ, and for each character left its index in ``text``.

    >>> unjoined("उन्\u200dहोंने")[0] == "उन्होंने"
    True
    """
    kept = [i for i, c in enumerate(text) if c != ZWJ and c != ZWNJ]
    return "".join(text[i] for i in kept), kept


# What fold() removes or replaces. A few str.replace calls, each only when the character is there, are several times
# faster than str.translate on Devanagari text (fold runs on every line and token).
# "ा" + "े" looks exactly like "ो" (and "ा" + "ै" like "ौ"); typists and converters write it ("याेगपीठ"), and NFC does
# not compose it.
_FOLD_PAIRS = ((NUKTA, ""), (ZWJ, ""), (ZWNJ, ""), (CHANDRABINDU, ANUSVARA), ("\u093e\u0947", "\u094b"),
               ("\u093e\u0948", "\u094c"))


def fold(text: str, normalized: bool = False) -> str:
    """Search key: the canonical form without nukta, ZWJ/ZWNJ, chandrabindu (→ anusvara), Latin case-folded.

    >>> fold("ज़िंदगी") == fold("जिंदगी") == fold("ज\\u093cिंदगी")
    True
    >>> fold("हँसी") == fold("हंसी")
    True
    >>> fold("याेग") == fold("योग")  # आ-sign + ए-sign, drawn as ओ-sign
    True
    """
    if not normalized:
        text = normalize(text)
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text.casefold()
