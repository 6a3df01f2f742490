"""Which language a page is in: the script first, then function words to tell languages of one script apart.

Enough for khabar's needs (Hindi pages, and saying clearly when a page is in another language); the function-word
lists are the most frequent words of each language (Wikipedia frequency lists), chosen so they rarely occur in the
others.
"""
from __future__ import annotations

from collections import Counter

import regex

from .normalize import fold
from .tokens import WORD

_SCRIPTS = {
    "Devanagari": None, "Latin": None, "Bengali": "bn", "Gurmukhi": "pa", "Gujarati": "gu", "Oriya": "or",
    "Tamil": "ta", "Telugu": "te", "Kannada": "kn", "Malayalam": "ml", "Arabic": None, "Cyrillic": "ru",
    "Greek": "el", "Hebrew": "he", "Thai": "th", "Hangul": "ko", "Hiragana": "ja", "Katakana": "ja", "Han": "zh",
}
SAMPLE_CHARS = 1000  # enough letters (some 150 words) to tell the script and the function words apart
# One pass over the text: each run of one script's letters is a match named after its script.
_SCRIPT_RUNS = regex.compile("|".join(rf"(?P<{name}>\p{{{name}}}+)" for name in _SCRIPTS))
_FUNCTION_WORDS = {
    "hi": "है हैं का की के में से को और ने पर भी यह था थे नहीं कि",
    "mr": "आहे आणि या च्या मध्ये हे होते केले नाही त्या ते करण्यात",
    "ne": "छ र को मा पनि गरेको भएको हो छन् थियो गर्न",
    "en": "the of and to in is that for was on with as by at from",
    "de": "der die und das ist nicht mit den von sich auf für ein eine",
    "fr": "le la les et des est une dans pour que qui pas sur du",
    "es": "el la los las y que en del por una con para se es",
    "it": "il di che la è per un una con non sono della gli le",
    "pt": "o a os de que não uma para com do da em se é",
    "nl": "de het een en van is niet op dat zijn met voor",
    "id": "yang dan di dari ini itu dengan untuk tidak dalam akan pada",
    "tr": "bir ve bu da de için ile olarak çok daha gibi",
    "da": "og det er en at på til ikke med som har af",
    "no": "og det er en på til ikke som med har av jeg",
    "sv": "och det är en att på som inte med har för av",
    "vi": "và của là có được trong cho người những không một này",
    "ms": "yang dan di untuk ini dengan tidak pada dalam akan oleh",
    "lt": "ir kad yra su į iš nuo bet tai buvo",
}
_WORDS = {lang: frozenset(fold(w) for w in ws.split()) for lang, ws in _FUNCTION_WORDS.items()}
_LANGS_OF: dict[str, tuple[str, ...]] = {}  # each function word with the languages that list it (one lookup per token)
for _lang, _ws in _WORDS.items():
    for _w in _ws:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)
_URDU = regex.compile(r"[ےںٹڈڑھ]")
_NOT_ASCII_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())


def detect_language(text: str) -> str:
    """ISO 639-1 code of the main language of ``text``, or ``"und"`` when there is too little to tell.

    >>> detect_language("रूस की लड़ाई में हम पूरी तरह उनके साथ हैं और रहेंगे")
    'hi'
    >>> detect_language("The president said that the talks were useful.")
    'en'
    """
    sample = text[:SAMPLE_CHARS]
    ascii_letters = len(sample.encode("ascii", "ignore").translate(None, _NOT_ASCII_LETTERS))
    if ascii_letters >= 3 and 2 * ascii_letters > len(sample):
        script = "Latin"  # more than half of the sample: no other script can have more (a C count, no regex pass)
    else:
        counts: Counter = Counter()
        for m in _SCRIPT_RUNS.finditer(sample):
            counts[m.lastgroup] += m.end() - m.start()
        if not counts:
            return "und"
        script, n = counts.most_common(1)[0]
        if n < 3:
            return "und"
    if script == "Han" and counts["Hiragana"] + counts["Katakana"] > 0.1 * n:
        return "ja"  # Japanese writes most content words in Han characters, with kana around them
    if _SCRIPTS[script]:
        return _SCRIPTS[script]
    if script == "Arabic":
        return "ur" if _URDU.search(sample) else "ar"
    candidates = ("hi", "mr", "ne") if script == "Devanagari" else tuple(k for k in _WORDS if k not in ("hi", "mr", "ne"))
    tokens = WORD.findall(fold(sample))
    scores = dict.fromkeys(candidates, 0)  # in the candidates' order: a tie goes to the first, as max() reads it
    for t in tokens:
        for lang in _LANGS_OF.get(t, ()):
            if lang in scores:
                scores[lang] += 1
    best = max(scores, key=scores.get)
    if scores[best] == 0:
        return "hi" if script == "Devanagari" else "und"
    return best
