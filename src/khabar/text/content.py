"""Content words of Hindi and English lines: stopwords out, light stemming, for overlap measures.

The stopword lists are the closed-class words (postpositions, auxiliaries, pronouns, conjunctions, particles) of
Hindi and English, written from the Hindi stopword list of stopwords-iso and Lucene's HindiAnalyzer, trimmed to
words that carry no topic. The stemmer strips the inflectional suffixes of Ramanathan & Rao (2003), "A lightweight
stemmer for Hindi", longest first, keeping at least two characters of stem.
"""
from __future__ import annotations

from functools import lru_cache

from .normalize import fold
from .tokens import WORD

HINDI_STOPWORDS = frozenset(fold(w) for w in """
का के की को से में पर ने और या तथा एवं व भी ही तो है हैं था थे थी थीं हो होना होता होती होते हुआ हुई हुए हुईं
रहा रहे रही रहीं गया गए गई गयी गईं कर करना करने करते करता करती किया किए किये की कि जो जब तब तक यह ये वह वे
इस उस इन उन इसे उसे इसका उसका इसकी उसकी इनके उनके उनका उनकी उन्होंने इन्होंने उन्हें इन्हें अपने अपना अपनी हम
मैं मुझे आप तुम हमें हमारे हमारी हमारा आपके आपका आपकी कोई कुछ सब सभी सबसे बहुत अब फिर साथ लिए लिये बाद पहले
द्वारा वाले वाला वाली नहीं न ना जा जाता जाती जाते जाने जाएगा जाएगी सकता सकती सकते रूप तरह बीच ओर एक दो वहीं
यहां यहाँ वहां वहाँ कहा कहते बताया ऐसे ऐसा ऐसी जैसे जैसा किसी किस कौन क्या क्यों कैसे कहां कहाँ लेकिन परंतु
मगर क्योंकि इसलिए यदि अगर तो जबकि दौरान अन्य हर जिस जिसे जिसके जिसका जिनके जिन्होंने आपको हमको उनको इनको मुझको
तुमको उसको इसको इनका इनकी उसके इसके उनसे इनसे उससे इससे आपसे हमसे ले लेने लेकर लिया लिए दे देने देकर दिया दिए
करें करेंगे करेगा करेगी सकें सकेंगे चाहिए होगा होगी होंगे वाला वाले रहें हुआ यानी बल्कि साथ-साथ
""".split())

ENGLISH_STOPWORDS = frozenset("""
a an the of to in on at for from by with and or but is are was were be been being has have had do does did
this that these those it its as not no into than then there their they them he she his her we our you your i
will would can could may might should also about after before over under up down out more most so if which who
""".split())

STOPWORDS = HINDI_STOPWORDS | ENGLISH_STOPWORDS

# Ramanathan & Rao (2003), Table 1, grouped by length; longest suffix first.
_SUFFIXES = sorted(
    """ों ें ाँ ां ियाँ ियां िया ियों ाओं ाएं ाएँ ुओं ुएं ुएँ ीं ाऊँगा ाऊंगा ाएगा ाएगी ाओगे ाओगी एंगे ेंगे ेंगी ूंगा ूँगा ूंगी
    ाया ाई ाए ाती ाता ाते ाना ाने ानी ता ते ती ना ने नी ो े ू ु ी ि ा ाइयाँ ाइयां ाइयों ाई ियो ीय ीयों ाव ावों ाहट
    ाहटें ापन ापे ाइयो""".split(),
    key=len,
    reverse=True,
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip one inflectional suffix, keeping a stem of at least two characters.

    >>> stem("सरकारों") == stem("सरकार")
    True
    """
    if not word or not "\u0900" <= word[-1] <= "\u097f":
        return word  # the suffixes are Devanagari
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def content_words(text: str, folded: bool = False) -> set[str]:
    """Stemmed, folded content words of ``text`` (no stopwords, no pure numbers); ``folded``: text is fold()ed."""
    return content_of(WORD.findall(text if folded else fold(text)))


def content_of(tokens: list[str]) -> set[str]:
    """Stemmed content words of folded word tokens."""
    out = set()
    for w in tokens:
        if w in STOPWORDS or w.isdigit():
            continue
        w = stem(w)
        if len(w) >= 3:  # two-letter stems ("दे", "ले") are verb roots that carry no topic
            out.add(w)
    return out
