"""Acronyms and the names they stand for: "आईसीएमआर" (ICMR) = "इंडियन काउंसिल फॉर मेडिकल रिसर्च", "बीजेपी" = "भारतीय
जनता पार्टी". Hindi writes an English acronym as the names of its letters (आई-सी-एम-आर); a name matches when the
first letter of each of its words can begin a word spelled with that Latin letter (C: क, स or च).
"""
from __future__ import annotations

from functools import lru_cache

import regex

# The Devanagari names of the Latin letters, as Hindi news spells them.
LETTER_NAMES = {
    "ए": "A", "बी": "B", "सी": "C", "डी": "D", "ई": "E", "एफ": "F", "जी": "G", "एच": "H", "आई": "I", "जे": "J",
    "के": "K", "एल": "L", "एम": "M", "एन": "N", "ओ": "O", "पी": "P", "क्यू": "Q", "आर": "R", "एस": "S", "टी": "T",
    "यू": "U", "वी": "V", "डब्ल्यू": "W", "डब्लू": "W", "एक्स": "X", "वाई": "Y", "जेड": "Z", "ज़ेड": "Z",
}
# The letters a word that starts with each Latin letter begins with in Devanagari.
INITIALS = {
    "A": "अआएऐऑ", "B": "बभ", "C": "कसच", "D": "डद", "E": "एइई", "F": "फ", "G": "गज", "H": "हख", "I": "इईआऐ",
    "J": "जझ", "K": "कख", "L": "ल", "M": "म", "N": "न", "O": "ओऑअ", "P": "पफ", "Q": "क", "R": "र", "S": "सशष",
    "T": "टतथ", "U": "यउअ", "V": "वभ", "W": "व", "X": "ए", "Y": "य", "Z": "ज",
}
# Words an acronym skips: "Council *for* Medical Research", "Bank *of* India".
SKIPPED = frozenset("फॉर ऑफ ऑफ़ एंड एण्ड द और का की के of for and the".split())
_LONGEST = max(map(len, LETTER_NAMES))


@lru_cache(maxsize=4096)
def letters(word: str) -> str | None:
    """The Latin letters a word spells ("आईसीएमआर" → "ICMR", "ICMR" → "ICMR"), or None when it is not an acronym."""
    if word.isascii():
        return word if 2 <= len(word) <= 8 and word.isalpha() and word.isupper() else None
    if len(word) > 8 * _LONGEST:  # longer than eight letter names: no acronym (and the parse below stays shallow)
        return None
    out: list[str] = []

    def parse(i: int) -> bool:  # the whole word as letter names; a few letters, so backtracking stays small
        if i == len(word):
            return True
        if len(out) >= 8:
            return False
        for size in range(min(_LONGEST, len(word) - i), 0, -1):
            letter = LETTER_NAMES.get(word[i : i + size])
            if letter:
                out.append(letter)
                if parse(i + size):
                    return True
                out.pop()
        return False

    return "".join(out) if parse(0) and 2 <= len(out) <= 8 else None


def stands_for(acronym: str, name_words: list[str]) -> bool:
    """True when ``acronym`` is made of the first letters of ``name_words`` (function words may be skipped)."""
    spelled = letters(acronym)
    words = [w for w in name_words if w not in SKIPPED]
    if not spelled or len(words) != len(spelled):
        return False
    return all(w[:1] in INITIALS.get(c, "") or w[:1].upper() == c for c, w in zip(spelled, words))


# A Hindi party's or body's short name is made of its words' first syllables: "भाजपा" = भारतीय जनता पार्टी, "सपा" =
# समाजवादी पार्टी, "लोसद" = लोक समता दल, "रजपा" = राष्ट्रीय जनहित पार्टी (the vowel sign may be dropped).
_CONSONANT = regex.compile(r"[\u0915-\u0939\u0958-\u095f]\u093c?")
_VOWEL_SIGN = regex.compile(r"[\u093e-\u094c]")
MAX_SYLLABLES = 6


def syllables_stand_for(acronym: str, name_words: list[str]) -> bool:
    """True when ``acronym`` (one Devanagari word) is the first syllables of ``name_words``, each the word's first
    consonant with or without the vowel sign after it (function words skipped)."""
    words = [w for w in name_words if w not in SKIPPED]
    if not 2 <= len(words) <= MAX_SYLLABLES or len(acronym) > 3 * MAX_SYLLABLES or not _CONSONANT.match(acronym):
        return False
    pattern = ""
    for w in words:
        c = _CONSONANT.match(w)
        if c is None:
            return False
        v = _VOWEL_SIGN.match(w, c.end())
        pattern += regex.escape(c.group()) + (f"(?:{regex.escape(v.group())})?" if v else "")
    return regex.fullmatch(pattern, acronym) is not None
