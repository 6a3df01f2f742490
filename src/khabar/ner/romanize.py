"""Hindi names in Latin script, the way a reader writes them ("किम जोंग उन" → "Kim Jong Un", "पुतिन" → "Putin").

Letters map to plain Latin (no diacritics); the inherent vowel "a" is dropped at the end of a word and in the
middle where Hindi drops it (schwa deletion: before a consonant that carries its own vowel, when the syllable before
keeps its vowel: "रामदेव" → "Ramdev", "कमला" → "Kamla"), but not after a cluster ("नरेंद्र" → "Narendra"); nasal
signs become "n" ("m" before b/p/m).
"""
from __future__ import annotations

_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n",
    "प": "p", "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "व": "v", "श": "sh",
    "ष": "sh", "स": "s", "ह": "h", "ळ": "l",
}
_NUKTA = {"क": "q", "ख": "kh", "ग": "gh", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y"}
_VOWELS = {"अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ri", "ए": "e", "ऐ": "ai", "ओ": "o",
           "औ": "au", "ऑ": "o", "ऍ": "e"}
_SIGNS = {"\u093e": "a", "\u093f": "i", "\u0940": "i", "\u0941": "u", "\u0942": "u", "\u0943": "ri", "\u0947": "e",
          "\u0948": "ai", "\u094b": "o", "\u094c": "au", "\u0949": "o", "\u0945": "e"}
_VIRAMA, _NUKTA_SIGN = "\u094d", "\u093c"
_SCHWA = "@"  # the inherent vowel, until schwa deletion decides
_NASAL = ("\u0902", "\u0901")
_LABIALS = ("p", "b", "m")


def _units(word: str) -> list[list[str]]:
    """The word as [consonant or None, vowel or "" (no vowel: virama) or "a" (inherent), extra] units."""
    units: list[list[str]] = []
    i = 0
    while i < len(word):
        ch = word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if ch in _CONSONANTS:
            latin = _NUKTA.get(ch, _CONSONANTS[ch]) if nxt == _NUKTA_SIGN else _CONSONANTS[ch]
            if nxt == _NUKTA_SIGN:
                i += 1
                nxt = word[i + 1] if i + 1 < len(word) else ""
            units.append([latin, _SCHWA, ""])
        elif ch in _VOWELS:
            units.append(["", _VOWELS[ch], ""])
        elif ch in _SIGNS and units:
            units[-1][1] = _SIGNS[ch]
        elif ch == _VIRAMA and units:
            units[-1][1] = ""
        elif ch in _NASAL and units:
            units[-1][2] = "n"
        elif ch == "\u0903" and units:
            units[-1][2] = "h"
        elif ch.isascii() and ch.isalnum():
            units.append([ch, "", ""])
        i += 1
    return units


def romanize_word(word: str) -> str:
    units = _units(word.replace("ज्ञ", "ग्य"))  # ज्ञ as Hindi says it: "प्रज्ञा" → Pragya, "विज्ञान" → Vigyan
    if not units:
        return word
    # Schwa deletion, right to left: the last inherent vowel goes (not after a cluster ending in r, y or v, as in
    # Sanskrit words: "नरेंद्र" → Narendra, but "वेस्ट" → Vest); a
    # medial one goes before a consonant with its own vowel when the unit before it keeps a vowel (never in the
    # first syllable).
    last = units[-1]
    sanskrit_cluster = len(units) > 1 and units[-2][1] == "" and last[0] in ("r", "y", "v")  # "न्द्र", "ष्ट्र": the "a" is said
    if len(units) > 1 and last[1] == _SCHWA and last[0] and not last[2] and not sanskrit_cluster:
        last[1] = ""
    for k in range(len(units) - 2, 0, -1):
        u, nxt, prev = units[k], units[k + 1], units[k - 1]
        if u[1] == _SCHWA and u[0] and not u[2] and nxt[0] and nxt[1] != "" and prev[1] != "":
            u[1] = ""
    if len(units) > 1 and units[-1][0] == "v" and units[-1][1] == "" and units[-2][1] == "a" and units[-2][2] == "n":
        units[-2][2] = "on"  # a final "ांव" is said and written "aon": गांव → gaon, खेलगांव → Khelgaon
        units.pop()
    out = []
    for j, (cons, vowel, extra) in enumerate(units):
        if extra == "n" and j + 1 < len(units) and units[j + 1][0][:1] in _LABIALS:
            extra = "m"
        out.append(cons + ("a" if vowel == _SCHWA else vowel) + extra)
    return "".join(out)


def romanize(name: str) -> str:
    """A Devanagari name in Latin script, each word capitalized; Latin words are kept as written."""
    words = []
    for w in name.split():
        latin = w if w.isascii() else romanize_word(w)
        words.append(latin[:1].upper() + latin[1:] if latin else latin)
    return " ".join(words)
