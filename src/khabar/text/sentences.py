"""Sentence spans for web Hindi: danda, Latin full stop, ?, !, ellipsis; abbreviations, initials, numbers, URLs kept whole.

One regex pass finds candidate ends (a run of terminators plus the closing quotes/brackets glued after it, or a
newline); a few O(1) checks decide each candidate. A newline always ends a sentence (a line is a paragraph).

>>> sentences('डॉ. एस.बी. रंगनेकर ने कहा, "मैं जाऊंगा." वह 4.30 बजे गया।वहां बारिश थी')
['डॉ. एस.बी. रंगनेकर ने कहा, "मैं जाऊंगा."', 'वह 4.30 बजे गया।', 'वहां बारिश थी']
"""
from __future__ import annotations

from bisect import bisect_right

import regex

# A newline, or a run of terminators followed by the closers that belong to the sentence it ends.
# Both parts are possessive single character classes, so the scan is linear on any input.
_CANDIDATE = regex.compile(r"\n|([।॥?!.…]++)[\"'”’»)\]}]*+")
_NON_SPACE = regex.compile(r"\S")
# The word right before a mark, read backwards from it; 24 characters is longer than any listed abbreviation.
_WORD_BEFORE = regex.compile(r"(?r)[\p{L}\p{M}\p{N}\u200c\u200d]{1,24}+")
_WORD_AFTER = regex.compile(r"([\p{L}\p{M}\p{N}\u200c\u200d]{1,24}+)")
_NEXT_WORD = regex.compile(r"[^\S\n]++([\p{L}\p{M}\p{N}\u200c\u200d]{1,24}+)")
_LATIN_ALNUM = regex.compile(r"[\p{Latin}\p{N}]")
_UPPER_OR_DEVANAGARI = regex.compile(r"[\p{Lu}\p{Devanagari}]")
# URLs and e-mail addresses, where ? ! and . are not sentence ends. Trailing punctuation is left out of a URL so
# that "देखें https://t.co/abc." still ends there (the URL's one backtrack gives back only that tail). The e-mail part
# starts only at the start of a run (lookbehind) and uses possessive runs, so neither can go quadratic.
_PROTECTED = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"'”’]*[^\s<>\"'”’.,;:!?।)\]]"
    r"|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]++@[\p{L}\p{N}-]++(?:\.[\p{L}\p{N}-]++)++"
)

# Nukta letters compare equal to their base letter (NFC splits क़ into क + ़, older pages use the precomposed form).
_NO_NUKTA = str.maketrans({"\u093c": None, **{chr(0x958 + i): b for i, b in enumerate("कखगजडढफय")}})

# Hindi abbreviations written with a full stop (titles, honorifics, era, money and unit markers), hand-collected from
# Hindi newspaper usage: डॉ. (doctor), प्रो. (professor), स्व. (late), ई.पू. (BC), रु. (rupees), कि.मी. (km), उ.प्र. ...
HINDI_ABBREVIATIONS = frozenset(
    "डॉ डा प्रो श्री श्रीमती सुश्री सं स्व कु ई पू पं मो मु रु नं क्र पृ वि मि कि मी ग्रा लि प्रा प्र भा जि".split()
)
# English letter names as Hindi spells them, used as initials (एस.बी. रंगनेकर, पी.यू., जी.डी.पी.); standard
# Devanagari transliterations of A–Z with common spelling variants.
LETTER_NAMES = frozenset(
    "ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू डब्लू डबल्यू एक्स वाई जेड जैड".split()
)
# Letter names that are also sentence-final Hindi words (आई "came", पी "drank", जी "sir/yes"; seen ending
# sentences in the BBC Hindi set, which ends its sentences with a full stop): initials only inside a chain
# (आई.ए.एस., जी.डी.पी.), or in a text whose sentences end with the danda ("हेमंत पी. करंदीकर", "पी. विजयन").
AMBIGUOUS_LETTER_NAMES = frozenset("आई पी जी".split())
# A full stop that is not an initial's or an abbreviation's ("के. एस. बघेल", "डॉ. रावत"): for patterns that look
# for sentence ends without the splitter (the quote step's).
FULL_STOP = (r"(?<!(?<![\p{L}\p{M}])(?:" + "|".join(sorted((LETTER_NAMES - AMBIGUOUS_LETTER_NAMES) | HINDI_ABBREVIATIONS, key=len, reverse=True))
             + r"))\.(?!\d)")
# English abbreviations that precede a name, number or more text, compared case-folded; a hand-picked
# Punkt-style list of titles, company suffixes and Latin abbreviations seen in Hindi news.
LATIN_ABBREVIATIONS = frozenset(
    "dr mr mrs ms prof st jr sr vs etc rs govt ltd inc co corp pvt dept gen col lt capt maj sgt gov sen rep mt ft "
    "hon smt shri vol fig approx al cf viz nos".split()
)
# "No." is an abbreviation only before a number ("No. 1"); elsewhere it is the word "no".
_BEFORE_NUMBER = frozenset({"no"})
# Words that carry a clause on after a trailing-off ellipsis ("हैं … जबकि"), from standard Hindi conjunction lists:
# and, but, whereas, or, then, that, because of ... After an ellipsis these mean the sentence goes on.
_CONTINUES = frozenset("और लेकिन पर परंतु परन्तु किंतु किन्तु मगर जबकि या व एवं तथा तो कि".split())
# Forms of होना "to be", which end most Hindi (verb-final) sentences: "है...ये" glued is then a boundary.
_AUXILIARIES = frozenset("है हैं था थे थी थीं हूं हूँ हो".split())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences of ``text``, in order, without surrounding whitespace.

    >>> t = "वह आया।क्या वह गया?\\nहां"
    >>> [t[a:b] for a, b in split_sentences(t)]
    ['वह आया।', 'क्या वह गया?', 'हां']
    """
    spans: list[tuple[int, int]] = []
    protected = _protected_spans(text) if ("://" in text or "www." in text or "@" in text) else ()
    dandas = "।" in text
    start = 0
    content = -1  # first non-space of the current sentence, found at its first candidate (-1: not looked yet)
    for m in _CANDIDATE.finditer(text):
        s, e = m.span()
        if text[s] == "\n":
            _append(text, start, s, spans)
        else:
            if content < 0:
                c = _NON_SPACE.search(text, start, s)
                content = c.start() if c else s
                if c is None:  # a mark with nothing before it (". वह") does not end an empty sentence
                    continue
            if not _ends_here(text, m, content, protected, dandas):
                continue
            e = _opening_quote_start(text, m, content)
            _append(text, start, e, spans)
        start, content = e, -1
    _append(text, start, len(text), spans)
    return spans


def sentences(text: str) -> list[str]:
    """The sentence strings of ``text`` (see :func:`split_sentences`).

    >>> sentences("मिला.उसने कहा")
    ['मिला.', 'उसने कहा']
    """
    return [text[a:b] for a, b in split_sentences(text)]


def _append(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    seg = text[a:b]
    right = len(seg.rstrip())
    if right:
        spans.append((a + len(seg) - len(seg.lstrip()), a + right))


def _opening_quote_start(text: str, m: regex.Match, content: int) -> int:
    """Where the sentence ends: after the closers, or before a straight quote that opens the next one.

    In crude scrapes a new quote is glued on ('है."वह'); a straight quote whose sentence already holds an even
    number of them (its own quotes are all closed) opens the next sentence instead of closing this one.
    """
    s, te = m.span(1)
    e = m.end()
    if te == e or e == len(text) or text[e].isspace() or text[te] not in "\"'":
        return e
    closers = text[te:e]
    run = closers[: len(closers) - len(closers.lstrip(closers[0]))]  # '' is one quote mark in some pages
    return te if text.count(run, content, s) % 2 == 0 else e


def _protected_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PROTECTED.finditer(text)]


def _ends_here(text: str, m: regex.Match, content: int, protected, dandas: bool = False) -> bool:
    """Whether the terminator run ``m`` (with its closers) ends a sentence."""
    s, te = m.span(1)
    e = m.end()
    if protected:
        i = bisect_right(protected, (s, len(text))) - 1
        if i >= 0 and protected[i][0] <= s < protected[i][1]:
            return False
    nxt = text[e] if e < len(text) else "\n"
    if nxt in ",;:":  # '"क्या?", उसने पूछा' goes on
        return False
    term = m.group(1)
    if "।" in term or "॥" in term or "?" in term or "!" in term:
        return True
    if term == ".":
        return _full_stop_ends(text, s, te, e, content, dandas)
    return _ellipsis_ends(text, s, te, e)


def _full_stop_ends(text: str, s: int, te: int, e: int, content: int, dandas: bool = False) -> bool:
    n = len(text)
    prev = text[s - 1]
    after = text[te] if te < n else ""
    if prev.isdigit() and after.isdigit():  # 2.5, 1.25 लाख, 4.30 बजे
        return False
    if after and not after.isspace() and _LATIN_ALNUM.match(after) and _LATIN_ALNUM.match(prev):  # example.com, U.S, e.g
        return False
    w = _WORD_BEFORE.match(text, max(0, s - 24), s)
    if w is None:  # after a bracket or quote: '(Kim Jong Un).'
        return True
    word = w.group()
    if word.isdigit():  # "1. पहली बात" at the start of a line is a list number
        return w.start() != content
    if len(word) == 1:  # a single letter is an initial (A.P.J., म.प्र.), except the word न "not"
        return word == "न"
    key = word.translate(_NO_NUKTA)
    folded = key.casefold()
    if folded in LATIN_ABBREVIATIONS:
        return False
    if folded in _BEFORE_NUMBER:
        rest = text[e:e + 3].lstrip()
        return not (rest and rest[0].isdigit())
    if key in HINDI_ABBREVIATIONS:
        return False
    if key in LETTER_NAMES:
        if key not in AMBIGUOUS_LETTER_NAMES or dandas:
            return False
        return not _in_initials_chain(text, w.start(), te)
    return True


def _is_initial(word: str) -> bool:
    key = word.translate(_NO_NUKTA)
    return len(word) == 1 or key in LETTER_NAMES or key in HINDI_ABBREVIATIONS


def _in_initials_chain(text: str, ws: int, te: int) -> bool:
    """Whether the letter name before ``ws``..``te`` has a dotted initial glued before or after it (पी.यू.)."""
    if ws >= 2 and text[ws - 1] == ".":
        before = _WORD_BEFORE.match(text, max(0, ws - 25), ws - 1)
        if before and _is_initial(before.group()):
            return True
    after = _WORD_AFTER.match(text, te)
    return bool(after and after.end() < len(text) and text[after.end()] == "." and _is_initial(after.group()))


def _ellipsis_ends(text: str, s: int, te: int, e: int) -> bool:
    """'...' or '…' ends a sentence only when glued to the word before and followed by a new start."""
    if text[s - 1].isspace():  # "हैं … जबकि": a pause standing between words
        return False
    if te < e:  # a closing quote or bracket right after it: '"मैं सोचता रहा..."'
        return True
    nxt = _NEXT_WORD.match(text, e)
    if nxt is None:  # glued: "समूह...जो" is a pause inside the sentence, "डर लगता है...ये" two sentences
        before = _WORD_BEFORE.match(text, max(0, s - 24), s)
        if before is None or before.group() not in _AUXILIARIES:
            return False
        nxt = _WORD_AFTER.match(text, e)
    if nxt is None or not _UPPER_OR_DEVANAGARI.match(nxt.group(1)):
        return False
    return nxt.group(1) not in _CONTINUES
