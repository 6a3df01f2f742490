"""Quotes and cited sources in the paragraphs of one article.

Direct quotes are the words between quotation marks with a speech cue before them (`X ने कहा- "…"`,
`X का कहना है, "…"`) or after them (`"…", X ने कहा।`, `"…": … बोले किम जोंग उन`). Indirect quotes are the
clause after a cue and कि (`X ने कहा कि …`, `X का कहना है कि …`, `उन्होंने दावा किया कि …`) or after
`X के मुताबिक/अनुसार`. Media and documents credited for information are sources, not speakers.
Every pattern is anchored on a cue word and reads a bounded window, so no input makes the time run away.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from ..text.tokens import WORD
from ..text.normalize import fold
from ..text.sentences import FULL_STOP
from .gender import of_cue
from .lexicon import BODY_WORDS, DOCUMENTS, INTENSIFIERS, OPINION, OPINION_BARE, RECORDS, SAID_IT, SAY, SPEECH_ACT, TITLES, compile_words
from .speakers import (ASKED, ERGATIVE_PRONOUN, Name, Speakers, first_of_pair, is_body, is_media, is_outlet, is_pronoun,
                       is_title, is_unnamed, name_after, name_before, untitled, without_kind)

MIN_QUOTE_WORDS = 3  # a shorter quoted phrase is a title or a scare quote
WINDOW = 240  # characters of context read around a quotation mark

# Cue right before an opening quotation mark: "… ने कहा-", "… का कहना है,", "… बोले:", "बयान में कहा गया,".
# ("उन्होंने विश्वास जताया कि, ‘‘…’’": a speech act and its कि before the marks)
_CUE_BEFORE = compile_words(rf"(?:(?:{SAY})|जवाब\s+दिया|{OPINION}(?:\s+कि)?|(?:{SPEECH_ACT})\s*,?\s+कि|के\s+(?:मुताबिक|अनुसार))\s*[-–—:,]?\s*$")
# A sentence that ends with its verb and a full stop (pages that end sentences so): no cue reaches back over it.
_FINISHED_SENTENCE = regex.compile(r"(?<![\p{L}\p{M}])(?:है|हैं|था|थे|थी|थीं|गया|गई|गए|किया|किए|की|दिया|दिए|दी)\.(?!\d)")
# Cue right after a closing mark: '", उन्होंने कहा।', '": पुतिन से मिलने के बाद बोले किम जोंग उन'.
_CUE_AFTER = compile_words(rf"^\s*[,:;–—-]?\s*(?P<frame>[^\"“”।?!]{{0,120}}?)(?P<verb>{SAY})(?![\p{{L}}\p{{M}}])")
# "… यह कहकर सवाल टाल दिया कि", "… यह कहते हुए इनकार कर चुके हैं कि": the कि-clause is what was said.
SAYING_SO = r"(?:यह|ये|ऐसा)\s+(?:कहकर|कहते\s+हुए)(?:\s+[\p{L}\p{M}]+){0,6}?"
# An indirect quote's cue with its कि.
_INDIRECT = compile_words(rf"(?:(?:{SAY})|{SAID_IT}|(?:{SPEECH_ACT})|{OPINION}|{SAYING_SO})(?:\s+भी)?\s*,?\s+(?:कि|की(?<!बोली\s+की))\s+|{OPINION_BARE}")  # ("कहा भी कि"; "बोली की जांच" is a bid's)
# "… ने नाम न छापने की शर्त पर बताया कि": whoever speaks so is no one the article names.
_ANONYMOUS = compile_words(r"\s+ने\s+(?:अपना\s+)?नाम\s+(?:न|ना|नहीं)\s+(?:छापने|बताने|प्रकाशित\s+करने|प्रकट\s+करने|देने|लिखने)\s+की\s+शर्त\s+पर")
ANONYMOUS_REACH = 400  # characters after an unnamed sayer's words where a pronoun's quote goes on with them
_ANONYMOUS_LEAD = compile_words(r"^(?:(?:लेकिन|हालांकि|वहीं|उधर|और|मगर),?\s+)+")
# "X ने बताया <clause>", "उन्होंने बताया <clause>": a cue with no कि (some papers drop it), before a clause that opens
# with no particle or auxiliary and ends in a finite verb.
_TOLD_BARE = compile_words(r"(?:(?<=\s)ने|(?<![\p{L}\p{M}])(?:उन्होंने|उन्होने))\s+बताया\s+"
                           r"(?!(?:कि|की|है|था|थी|थे|गया|गई|नहीं|भी|तो|ही)(?![\p{L}\p{M}]))(?=[\p{L}\p{M}\p{N}])")
_FINITE_END = compile_words(r"(?:है|हैं|था|थे|थी|थीं|गया|गई|गए|गईं|होगा|होगी|होंगे|जाएगा|जाएगी|जाएंगे|सकता|सकती|सकते|रहा|रही|रहे|चुका|चुकी|चुके)"
                            r"(?:\s+(?:है|हैं|था|थी|थे))?\s*$")
# "बक़ौल इरफ़ान, …" and "डब्ल्यूएचओ के एक विशेषज्ञ की मानें तो …": X's words follow.
_BY_WORD_OF = compile_words(r"(?<![\p{L}\p{M}])बकौल\s+(?P<who>[^,।\"“”_]{2,60}?)\s*,\s+|\s+(?:की|के)\s+(?:मानें|माने)\s+तो\s*,?\s+")
# A sentence that points back at the one before it: "यह बात साहू ने … पत्रकारों से कही।", "यह जानकारी एसपी ने दी।",
# "ये बात सलमान ख़ान खुले तौर पर कह चुके हैं।".
_POINTS_BACK = compile_words(r"(?<![\p{L}\p{M}])(?:यह|ये)\s+(?:बातें|बात|जानकारी)\s+[^।?!\n_]{2,160}?(?P<by>\s+ने|(?=\s+[^।?!\n_]{0,40}कह\s+चुक))"
                             r"(?:\s+[^।?!\n_]{0,80}?)?\s+(?:कहीं|कही|बताईं|बताई|दी|कह\s+(?:चुके|चुकी|चुका)\s+(?:हैं|है|थे|थी))\s*[।.]")
_LEDE_PLACE = regex.compile(r"[\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+){0,2}\s*(?:\([^()]{1,40}\)|\[[^\[\]]{1,40}\])?\s*[:ः]\s*")
# "… नहीं उतरने दिया। पोत मंत्रालय के अधिकारियों ने यह जानकारी दी।": the sentence before is theirs.
_GAVE_THIS = compile_words(r"(?P<by>\s+ने)\s+(?:यह|ये)\s+(?:बातें|बात|जानकारी)\s+(?:दी|कही|कहीं|बताई|बताईं)\s*[।.]")
_NEGATED = regex.compile(r"(?<![\p{L}\p{M}])(?:नहीं|न|ना)\s*\Z")
_ACCORDING = compile_words(r"(?:\s+के|(?<![\p{L}\p{M}])(?P<pronoun>उनके|इनके|उसके|इसके))\s+(?:मुताबिक|अनुसार)\s*,?\s+")
_SOURCE_CUES = compile_words(
    r"\s+(?:की|के)\s+(?:ओर\s+से\s+(?:जारी|कराए\s+गए|कराई\s+गई)\s+|वेबसाइट\s+पर\s+जारी\s+)?"
    r"(?:(?:एक|ताजा|ताज़ा|आधिकारिक|अस्थायी|प्रोविजनल|शुरुआती|अंतिम|नवीनतम|वार्षिक|सालाना|मासिक|तिमाही|हालिया|ऑनलाइन)\s+)?(?:रिपोर्ट|ख़बर|खबर|आंकड़ों|आंकड़ो|सर्वेक्षण|अध्ययन|सर्वे|अनुमान|अनुमानों|रैंकिंग|वेबसाइट|विश्लेषण)\s+(?:के\s+)?(?:मुताबिक|अनुसार|में)"
    r"|\s+के\s+(?:मुताबिक|अनुसार)"
    r"|\s+(?:को|से)\s+(?:दिए|दिये)\s+(?:एक\s+|अपने\s+)?(?:साक्षात्कार|इंटरव्यू|बयान)"
    r"|\s+(?:के\s+साथ|से)\s+(?:(?:एक|हुई|हुए|खास|ख़ास|विशेष)\s+){0,2}(?:बातचीत|बात|साक्षात्कार|इंटरव्यू)\s+में"
    r"|\s+(?:के\s+साथ|से)\s+(?:बातचीत|बात)\s+(?:करते\s+हुए|के\s+दौरान)"
    r"|\s+(?:को|से)\s+(?:(?:उन्होंने|उन्होने|उसने|इन्होंने)\s+)?(?:बताया|कहा)"
    r"|\s+ने\s+(?:(?:एक|यह|ये)\s+)?(?:(?:रिपोर्ट|खबर|ख़बर|लेख|रिसर्च|अध्ययन)\s+)?(?:प्रकाशित\s+(?:की|किया|किए)|छापी|छापा|छापे)"
    r"|\s+में\s+(?:छपी|छपे|प्रकाशित|लिखा)"
    r"|\s+के\s+(?:[\p{L}\p{M}]+\s+)?अंक\s+में\s+(?:छपी|छपे|छपा|प्रकाशित)")  # "जर्नल X के मार्च अंक में प्रकाशित"
_TALKED_TO = compile_words(r"(?:बातचीत|बात|साक्षात्कार|इंटरव्यू)")
_OPENING_MARKS, _CLOSING_MARKS = ("‘", "'", "\"", "“"), ("’", "'", "\"", "”")
_POINTER = compile_words(r"^\s*(इसमें|इसके)(?:\s+(?:यह\s+)?भी)?\s*$")
_IT_IS_CLEAR = compile_words(r"(?:साफ|स्पष्ट)\s+(?:है|था)\s+कि")
_PAPER_AFTER = compile_words(r"(?<=[\p{L}\p{M}])\s+(?:अख़बार|अखबार)$")
_PUBLISHED = compile_words(r"^\s+ने\s")
_SENTENCE_END = regex.compile(r"[।?!|]|" + FULL_STOP)
_ERGATIVE = regex.compile(r"\s+ने\s+")
_OPINION_AT = compile_words(r"\s+(?:का|की|के)\s+(?:कहना|मानना|आरोप|दावा)")
_ADDRESSEE = regex.compile(r"\s+(?:से|को)\s*$")
# "अधिकारियों से मिली जानकारी के मुताबिक": the information's giver speaks.
_GIVEN_BY = compile_words(r"\s+से\s+(?:मिली|प्राप्त)\s+(?:जानकारी|सूचना)\Z")
_GLUED_OWNER = regex.compile(r"(?<![\p{L}\p{M}])(?:उन|इन|उस|इस)\Z")
# "जानकारी के मुताबिक": what is known, said by nobody; "रूट की लंबाई के मुताबिक", "जरूरत के अनुसार": as the measure goes.
# "X ने एक रिपोर्ट जारी की, जिसके मुताबिक …": the relative points back to what the subject issued; the subject speaks.
_WHICH_ACCORDING = compile_words(r"(?<![\p{L}\p{M}])(?:जिसके|जिनके)\s+(?:मुताबिक|अनुसार)\s*,?\s+")
_RELEASED = compile_words(r"जारी|प्रकाशित|पेश|सार्वजनिक")
_SENTENCE_BREAK = regex.compile(r"[।?!\"“”‘’'_\n]|\.(?!\d)")  # (a quotation's end, masked or not, too)
# Words before "उसके अनुसार" that make it "accordingly" (a clause already under way), not "according to him".
_CLAUSE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?!(?:और|लेकिन|मगर|वहीं|तथा|पर|हालांकि|जबकि|वहीँ)(?![\p{L}\p{M}]))[\p{L}\p{M}]{2,}")
_NO_SAYER = frozenset(fold(w) for w in "जानकारी मान्यता परंपरा लंबाई जरूरत ज़रूरत जरूरतों आवश्यकता हिसाब मानक मानकों "
                      "क्षमता सुविधा मौसम हालात स्थिति परिस्थिति परिस्थितियों परिस्थितियां नियम नियमों निर्देश निर्देशों "
                      "प्रावधान प्रावधानों योजना क्रम तरीके समय कानून कानूनों कायदे".split())  # ("परिस्थितियों के अनुसार": as suits, no sayer)
_IMPERFECTIVE = regex.compile(r"^(?:कहते|कहती|कहता|बोले|बोली|बोलीं|बोला|बताते|बताती|बताता|मानते|मानती|मानता|लिखते|लिखती)(?![\p{L}\p{M}])")
_SPOKEN_TO = regex.compile(r"(?:\s+(?:से|को)|(?<![\p{L}\p{M}])(?:उनसे|इनसे|उससे|इससे|उन्हें|इन्हें|उनको|इनको))\s*$")
# A kind before the name: "समाचार एजेंसी पीटीआई", "शोध संस्था ओशन लेजर इंस्टीट्यूट" (a body's kind only before a name of two
# words or more: "संस्था प्रथम" may be the name).
_MEDIA_PREFIX = compile_words(r"^(?:(?:[\p{L}\p{M}]+\s+){0,3}(?:समाचार\s+एजेंसी|न्यूज़?\s+एजेंसी|एजेंसी|फर्म|अखबार|(?:न्यूज़?\s+|टीवी\s+|सरकारी\s+)?चैनल|वेबसाइट|पोर्टल|प्लेटफॉर्म|प्लेटफार्म|(?:शोध\s+|विज्ञान\s+)?पत्रिका|जर्नल)\s+(?!ऑफ\s)|"  # "इंडियन जर्नल ऑफ …" is a name
                              r"(?:(?:गैर-सरकारी|सरकारी|शोध|स्वयंसेवी|अंतरराष्ट्रीय|मानवाधिकार|सामाजिक)\s+)?(?:संस्था|संगठन)\s+(?=\S+\s+\S)|"
                              r"शोध\s+संस्थान\s+(?=\S+\s+\S))")  # ("… विज्ञान संस्थान" is a name: only a research institute's kind)
_QUOTE_MARKS = "\"'“”‘’ "
# A name in quotation marks after the words that say what it is (closing mark optional: the name may be cut there).
_KIND_AFTER_QUOTE = regex.compile(r"^[\"'“‘]?([^\"'“”‘’]{2,60}?)[\"'”’]\s+(?:पत्रिका|अखबार|अख़बार|चैनल|वेबसाइट|पोर्टल|मैगजीन|मैगज़ीन)\s*$")
_QUOTED_NAME = regex.compile(r"(?<=\S\s+)[\"'“‘]([^\"'“”‘’]{2,60}?)[\"'”’]?\s*$")


@dataclass
class Found:
    """A quote as found: its kind, content span in the paragraph, cue, and the raw speaker and addressee."""

    kind: str
    start: int
    end: int
    cue: str
    speaker: Name | None
    addressee: Name | None = None
    places: list = field(default_factory=list)
    via: Found | None = None  # the reporter's clause this quote stood in


# Mark families: a quote opened with one is closed by the same family ('' by '', “ by ” or ").
_TWINS = ("''", "‘‘", "’’")  # two single marks written for a double one
# A quoted sentence closed before a new clause: '“… रही है?” इस पर …', '“… है।” उन्होंने कहा, “…'.
_CLOSED_SENTENCE = regex.compile(r"(?:[।?!]|(?<!\.)\.)[\"”’']+\s+(?=[^\s\"“”‘’'])")  # (not an ellipsis: "एक दो तीन...")
_ASKED_SOMEONE = regex.compile(ASKED)
_SAID_IS = compile_words(r"^\s*[,।]?\s*(?:यह|ये|ऐसा)\s+(?:कहना|मानना)\s+(?:है|था)\s+(?P<who>[^,।?!\"“”]{2,80}?)\s+का(?![\p{L}\p{M}])")
_WRITTEN_IN = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)\s+में\s+(?:(?:भी|यह|ये|साफ|स्पष्ट)\s+)*\Z")
_WROTE = regex.compile(r"^लिखा(?![\p{L}\p{M}])")
_RELATIVE = regex.compile(r"\s*(?:जिसकी|जिसका|जिसके|जिसमें|जिससे|जिसे|जिन्हें|जिनकी|जिनका|जिनके|जिनमें|जो|जहां|जहाँ|जब)(?![\p{L}\p{M}])")
_THEN = regex.compile(r",\s*तो\s")
_NAMED_AS = regex.compile(r"\s+नाम\s+(?:के|की|का)\s+(?:एक\s+)?\Z")
_QUOTE_NEXT = regex.compile(r"\s*[-–—:]")
LABEL = "label"  # a found "quote" that only names what someone called something
_CALLED = regex.compile(r"^\s*(?:कहा|बताया|करार\s+दिया)(?![\p{L}\p{M}])")
_NAMED_OBJECT = regex.compile(r"(?<![\p{L}\p{M}])(?:को|उसे|उन्हें|इसे|इन्हें|उसको|इनको|उनको)\s+(?:[^\s\"“”'‘’]+\s+){0,4}\Z")
_OPENS_NEXT = regex.compile(r"\s*[,:–—-]?\s*[\"“‘']")
_FAMILY = {'"': "double", "“": "double", "”": "double", "«": "guillemet", "»": "guillemet",
           "'": "single", "‘": "single", "’": "single"}
UNBALANCED_AFTER = 300  # characters: a quote still open this long when a new one opens was never closed
_CLOSES = {"twin": "”"}  # crude scrapes open with two apostrophes and close with a curly mark ("''यह हमला … हुआ.”")
_AFTER_CUE = regex.compile(r"[,:]\s?\Z")
CUE_REACH = 40  # characters before a mark where a cue's verb is looked for
_STOP_BEFORE_WORD = regex.compile(r"(?:[।?!]|(?<![.\d])\.(?![.\d]))(?=\s*[\p{L}])")


def _last_sentence_end(text: str, start: int, end: int) -> int:
    """Just after the last full stop in text[start:end] that a word follows (0 when there is none)."""
    last = 0
    for m in _STOP_BEFORE_WORD.finditer(text, start, end):
        last = m.end()
    return last


def quote_marks(text: str) -> list[tuple[int, int]]:
    """Spans of quoted text (inside the marks). Two apostrophes ('', ‘‘ ’’) count as one double mark, as crude scrapes
    write it; a double quote never closed ends where the next one opens, or at the end of the paragraph."""
    spans: list[tuple[int, int]] = []
    open_at, open_kind, open_width = -1, "", 1
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch not in _FAMILY:
            i += 1
            continue
        width = 2 if text.startswith(_TWINS, i) else 1
        end = i + width
        before = text[i - 1] if i else " "
        after = text[end] if end < n else " "
        letter_before = before.isalpha() or _MARK.match(before) is not None
        letter_after = after.isalpha() or _MARK.match(after) is not None
        kind = "twin" if width == 2 else _FAMILY[ch]
        if kind == "single" and letter_before and letter_after:
            i = end
            continue  # an apostrophe inside a word
        # An opening mark is followed by the quote's first letter; after a cue's comma or colon a space may come first.
        can_open = not (ch in "”’»" and not letter_after) and (
            not after.isspace() or text[max(0, i - 2) : i].strip()[-1:] in (",", ":", "-", "–", "—"))
        if open_at >= 0 and kind in ("double", "twin") and open_kind in ("double", "twin") and kind != open_kind \
                and can_open and i - open_at > UNBALANCED_AFTER:
            spans.append((open_at + open_width, i))  # the old quote was never closed
            open_at = -1
        if open_at >= 0 and open_kind == "single" and kind in ("double", "twin") and can_open and ch not in "”’»":
            open_at = -1  # a single mark left open ("चैंपियन को 'लाइन में खड़ा किया'ट्रंप ने …") holds no quote of double marks
        if open_at >= 0 and ch == '"' == text[open_at] and can_open and _AFTER_CUE.search(text, max(0, i - 3), i) \
                and _CUE_BEFORE.search(text, max(0, i - CUE_REACH), i) and not _CUE_AFTER.match(text[end : end + WINDOW]):
            # (not '… सरपंच को बताया," उन्होंने कहा।': a cue after the mark shows it closes)
            # 'रेखा कहती हैं, " मुझे … अच्छा होगा. इनकी साथी वर्षा कहती हैं," मुझे …': a mark after a cue's comma opens
            # a quote; one still open that has ended a sentence before it was never closed, and ends there.
            stop = _last_sentence_end(text, open_at + 1, i)
            if stop:
                spans.append((open_at + open_width, stop))
                open_at = -1
        if open_at < 0:
            if can_open:
                open_at, open_kind, open_width = i, kind, width
        elif (kind == open_kind or _CLOSES.get(open_kind) == ch) and ch not in "“‘«" \
                and not (ch == "'" and not letter_before and before not in ".।?!,"):
            spans.append((open_at + open_width, i))
            open_at = -1
        i = end
    if open_at >= 0 and (open_kind in ("double", "twin") or text[open_at] == "‘"
                         and _CUE_BEFORE.search(text, max(0, open_at - CUE_REACH), open_at)):
        spans.append((open_at + open_width, n))  # (also "उन्होंने कहा, ‘…" whose single mark the paper never closed)
    return spans


_MARK = regex.compile(r"\p{M}")


def _words(text: str) -> int:
    return len(WORD.findall(text))


def _sentence_start(text: str, pos: int, floor: int = 0) -> int:
    """Start of the sentence holding ``pos`` (looking back at most WINDOW characters)."""
    lo = max(floor, pos - WINDOW)
    last = lo
    for m in _SENTENCE_END.finditer(text, lo, pos):
        last = m.end()
    return last


def _sentence_end(text: str, pos: int) -> int:
    m = _SENTENCE_END.search(text, pos, min(len(text), pos + 2000))
    return m.end() if m else min(len(text), pos + 2000)


def _clause_end(text: str, pos: int) -> int:
    """Where the clause that starts at ``pos`` ends: its sentence's end, before the stop mark."""
    end = _sentence_end(text, pos)
    return end - 1 if _SENTENCE_END.match(text, end - 1) else end


_PASSIVE = regex.compile(r"कहा\s+गया")
_TOLD_PASSIVE = regex.compile(r"(?:कहा|बताया|लगाया|किया|दिया)\s+गया|(?:मांग|अपील|अनुरोध)\s+की\s+गई|दी\s+गई")
# ("… एफआईआर में आरोप लगाया गया है कि", "रिपोर्ट में यह चेतावनी भी दी गई है कि")
# The agent of a passive cue: "ICMR की तरफ से यह बताया गया कि", "मंत्रालय की ओर से … कहा गया".
_AGENT = regex.compile(r"\s+(?:की\s+(?:ओर|तरफ|तरफ़)\s+से|द्वारा)(?![\p{L}\p{M}])")
# (up to three words of time or place before "जारी": "की ओर से रात में जारी संयुक्त बयान")
_ISSUED = compile_words(r"\s+(?:की|के)\s+(?:ओर\s+से\s+)?(?:(?:[\p{L}\p{M}]+\s+){0,3}?जारी\s+(?:(?:किए|किये|की)\s+(?:गए|गये|गई|गयी)\s+)?)?"
                        r"(?:(?:एक|अपने|अपनी|संयुक्त|साझा|आधिकारिक|ताजा|ताज़ा|नई|नए|हालिया|वार्षिक|सालाना)\s+){0,2}"
                        r"(?:प्रेस\s+|केस\s+)?(?:बयान|विज्ञप्ति|रिपोर्ट|अध्ययन|फ़ैसले|"
                        r"घोषणापत्र|घोषणा-पत्र|संकल्प-पत्र|याचिका|डायरी|नोटिस|आदेश|अधिसूचना|परिपत्र|तहरीर|शिकायत|एफआईआर|प्राथमिकी)")
_OBJECT = regex.compile(r"^\s*(?:[\p{L}\p{M}]+\s+)?को(?![\p{L}\p{M}])")
# A phrase in marks that the sentence goes on with ("'मैंने प्यार किया' के बाद …", "'नई सोच सोसाइटी' की याचिका",
# "'एनएच-10' और 'तेवर' जैसी फ़िल्मों", "'अल्लाह का शुक्रिया' किया"): a title or a name, not words a cue further on said.
_IN_THE_SENTENCE = regex.compile(r"^\s*(?:के|की(?!\s+बात\s)|का|में|से|पर|ने|जैसी|जैसे|जैसा|नाम|और|तथा|या|किया|किए|दिया|दिए|अदा)"
                              r"(?![\p{L}\p{M}])")  # (not '"…" की बात कही': the sayer's words)
# What stands between a sayer and an intransitive verb: a participle ("मुस्कुराते हुए बोलीं") or a manner
# ("कुछ तल्ख लहजे में बोलीं", "अपने अंदाज में बोले").
_PARTICIPLE = regex.compile(r"(?<![\p{L}\p{M}])(?:हुए|हुये|कर|करके|(?P<manner>(?:(?:कुछ|बेहद|काफी|काफ़ी|बहुत|थोड़े)\s+)?(?:[\p{L}\p{M}]+\s+)?"
                         r"(?:लहजे|अंदाज|अंदाज़|स्वर|आवाज|आवाज़)\s+में))(?![\p{L}\p{M}])")
_PERFECTIVE = regex.compile(r"^(?:कहा|बताया)(?![\p{L}\p{M}])")
# ("वे आगे कहते हैं", "भारत ये कहता रहा है", "नुसरत खुद कहते थे", "मनिंदर तो यहाँ तक कहते हैं")
_MANNER_END = regex.compile(r"(?:\s+(?:" + "|".join(INTENSIFIERS) + r"))?\s+[\p{L}\p{M}]+(?<!ों|ओं)\s+से\s*$")  # (not "लोगों से": whom)
_PARTICLES = regex.compile(r"(?:\s+(?:तो|भी|ही|आगे|ये|यह|यही|खुद|ख़ुद|स्वयं|यहां\s+तक|यहाँ\s+तक))+\s*$")
# A place or a language between the sayer and the verb: "… ठेठ ढूंढाड़ी में बोले", "… सदन में कहते हैं".
_IN_PHRASE = regex.compile(r"\s+(?:[\p{L}\p{M}]+\s+){1,2}में\s*$")


def _in_phrase(frame: str) -> regex.Match | None:
    """The place or language phrase that ends ``frame``; not a document's ("… डाली गई पोस्ट में लिखा है")."""
    m = _IN_PHRASE.search(frame)
    return m if m is not None and not any(is_media(w) or fold(w, normalized=True) in DOCUMENTS for w in WORD.findall(m.group())) else None


# A manner adverbial between the sayer and the verb: "आधिकारिक रूप से", "खुले तौर पर", "साफ शब्दों में".
_MANNER_PHRASE = regex.compile(r"\s+[\p{L}\p{M}]+\s+(?:रूप\s+से|तौर\s+पर|ढंग\s+से|तरीके\s+से|शब्दों\s+में)\s*$")
# The clause's first word, after a link word or a short lead-in ("इस पर मंत्री …", "इसके जवाब में वह …").
_OPENING = regex.compile(r"^\s*(?:(?:लेकिन|हालांकि|और|मगर|पर|फिर|वहीं|तब|इस\s+पर|इसके\s+बाद|इसके\s+जवाब\s+में|जवाब\s+में),?\s+)?([\p{L}\p{M}]+)")
_POSSESSIVE = regex.compile(r"^(?:उनका|उनकी|उनके|इनका|इनकी|उसका|उसकी|इसका)(?![\p{L}\p{M}])")


# Verbs a headline sets before "बोले-" ("… पर बरसे, बोले-"): the clause's verb, whose subject is the sayer.
_HEADLINE_VERBS = frozenset(fold(w) for w in (
    "बरसे बरसीं भड़के भड़कीं बिके बिकीं पहुंचे पहुंचीं लौटे लौटीं गरजे गरजीं भिड़े उतरे उतरीं निकले निकलीं मिले मिलीं "
    "आए आईं गए गईं हुए हुईं रहे रहीं बने बनीं जीते जीतीं हारे हारीं डटे अड़े घिरे फंसे दिखे दिखीं उठे बैठे चुने चुनी "
    "पलटे बिफरे बिफरीं भावुक नाराज").split())


_INTRANSITIVE = compile_words(r"(?:बोले|बोलीं|बोली|बोला)(?![\p{L}\p{M}])")  # a sayer with no "ने"


def _speaker_in_frame(frame: str, base: int, cue: str = "") -> tuple[Name | None, Name | None]:
    """Speaker and addressee in the words before a speech verb: "पुतिन ने किम से" → (पुतिन, किम)."""
    clause = frame.rfind(";")
    if clause >= 0:  # "… कोर्ट ने ससुर को बरी किया; मृतका के पिता बोले-": the sayer is in the verb's own clause
        frame, base = frame[clause + 1 :], base + clause + 1
    comma = frame.rfind(",")
    if comma >= 0 and _INTRANSITIVE.match(cue.strip()) and not _ERGATIVE.search(frame, comma) and frame[comma + 1 :].strip():
        # "… महिला को तेंदुए ने मार डाला, डीएफओ बोले-": the sayer is in the verb's own clause, after the comma
        frame, base = frame[comma + 1 :], base + comma + 1
    own = _POSSESSIVE.match(cue.strip())
    if own:  # "उनका कहना है कि": the pronoun is the speaker
        return Name(own.group(), base + len(frame), base + len(frame) + own.end()), None
    erg = None
    for erg in _ERGATIVE.finditer(frame):
        pass
    if erg is not None and (asked := _ASKED_THEN.search(frame)) is not None and ERGATIVE_PRONOUN.search(frame, erg.end()) \
            and (who := name_before(frame, asked.start())) is not None:
        # "भोर से जब बीबीसी ने बात की तो उन्होंने माना कि": the one spoken to answers
        return _shift(who, base), None
    if erg is not None and (acted := _acted_on_document(frame, erg.end(), cue)) is not None:
        # "अदालत ने उस याचिका पर … जवाब मांगा, जिसमें आरोप लगाया गया है कि": the petition's words, not the court's
        return _shift(acted, base), None
    if erg is not None:
        speaker = name_before(frame, erg.start())
        rest = frame[erg.end():]
        addressee = None
        m = _ADDRESSEE.search(rest)
        if m:
            addressee = name_before(rest, m.start())
            if addressee:
                addressee = Name(addressee.text, base + erg.end() + addressee.start, base + erg.end() + addressee.end)
        return _shift(speaker, base), addressee
    op = None
    for op in _OPINION_AT.finditer(frame):
        pass
    if op is not None:
        return _shift(name_before(frame, op.start()), base), None
    written = _WRITTEN_IN.search(frame)
    if written and fold(written.group(1), normalized=True) in DOCUMENTS and _WROTE.match(cue.strip()):
        # "वसीयत में लिखा है, …", "पत्र में लिखा है कि": the document speaks for whoever wrote it (found by the speakers)
        return Name(written.group(1), base + written.start(1), base + written.end(1)), None
    if _TOLD_PASSIVE.search(cue):
        # "सहारा की प्रेस विज्ञप्ति में कहा गया है": the body that issued the document speaks; "ICMR की तरफ से यह
        # बताया गया कि": the agent does.
        doc = None
        for doc in _ISSUED.finditer(frame):
            pass
        agent = None
        for agent in _AGENT.finditer(frame):
            pass
        by = doc if doc is not None and (agent is None or doc.start() >= agent.start()) else agent
        if by is not None and ((named := name_before(frame, by.start())) is not None or by is doc):
            return _shift(named, base), None
        if _PASSIVE.search(cue) or (in_doc := _IN_DOCUMENT.search(frame)) is not None:
            # "आरोपपत्र में कहा गया है कि", "एक सरकारी विज्ञप्ति में बताया गया है कि": the document the frame names
            # (its filer is found by the speakers), else a statement of the body last named
            if not _PASSIVE.search(cue):
                return Name(in_doc.group(), base + in_doc.start(), base + in_doc.end()), None
            if (pointer := _POINTER.match(frame)) is not None:  # "इसमें कहा गया है कि": the document the last sentence named
                return Name(pointer.group(1), base + pointer.start(1), base + pointer.end(1)), None
            named_doc = next((w for w in reversed(WORD.findall(frame)) if fold(w, normalized=True) in DOCUMENTS), "बयान")
            return Name(named_doc, base + len(frame), base + len(frame)), None
    # Intransitive verbs: "किरण बेदी कहती हैं", "बाबा बोले", "वो कहते हैं", "एलिक पद्मशी तो मानते हैं".
    frame = _PARTICLES.sub("", frame)
    frame = frame[: m.start()] if (m := _MANNER_PHRASE.search(frame)) is not None else frame  # ("पार्टी आधिकारिक रूप से")
    pronoun = None
    for pronoun in ERGATIVE_PRONOUN.finditer(frame):  # the last "उन्होंने", "उसने" of the frame
        pass
    said_by = Name(pronoun.group(), base + pronoun.start(), base + pronoun.end()) if pronoun is not None else None
    to = _SPOKEN_TO.search(frame)
    if said_by is not None and to:
        # "उन्होंने डॉक्टर ऐमेलू से कहा कि", "… उन्होंने … बातचीत की, और उनसे पूछा कि": the words before से or को
        # are whom the sayer spoke to; the sayer is the pronoun that did it.
        return said_by, _shift(name_before(frame, to.start()), base)
    if said_by is not None and cue.strip() and not _IMPERFECTIVE.match(cue.strip()):
        # "उन्होंने बीबीसी के संपादक से पत्र लिखकर कहा कि": a perfective verb's sayer is marked by ने, so with no
        # "X ने" in the frame the pronoun is the sayer, whatever words stand between it and the verb.
        return said_by, None
    last = WORD.findall(frame[-30:])
    if last and is_pronoun(Name(last[-1], 0, 0)) and frame.rstrip().endswith(last[-1]):
        return Name(last[-1], base + len(frame.rstrip()) - len(last[-1]), base + len(frame.rstrip())), None
    name = name_before(frame, len(frame))
    if name is None and (manner := _MANNER_END.search(frame) or _in_phrase(frame)) is not None:
        # "सुधीर बड़े गर्व से बताते हैं", "रामप्रसाद बैरवा ठेठ ढूंढाड़ी में बोले": the words of manner stand between
        name = name_before(frame, manner.start())
        name = None if name is not None and is_unnamed(name.text) else name  # ("मंत्री कुछ तल्ख लहजे में बोलीं")
    if name is not None and fold(name.text) in _HEADLINE_VERBS:
        name = None  # "अखिलेश यादव भाजपा पर बरसे, बोले-", "… 18.5 लाख में बिके, बोले-": a verb, not the sayer
    if name is None:
        if said_by is not None:  # '"…" उन्होंने सोशल मीडिया पर लिखा': the pronoun did the saying
            return said_by, None
        # "वो टुफारोलो का उदाहरण देते हुए कहते हैं", "अलका ... गाने को याद करते हुए कहती हैं": the sayer opens the
        # clause, before a participle.
        first = _OPENING.match(frame)
        if first and is_pronoun(Name(first.group(1), 0, 0)):
            return Name(first.group(1), base + first.start(1), base + first.end(1)), None
        if first and (part := _PARTICIPLE.search(frame)):
            # (a manner's adjective is no part of the name: "मंत्री कुछ तल्ख लहजे में बोलीं")
            opener = name_after(frame[: part.start()] if part.group("manner") else frame, first.start(1))
            if opener is not None:
                return _shift(opener, base), None
        if _PERFECTIVE.match(cue.strip()) and not (_TOLD_PASSIVE.search(cue) and not WORD.search(frame)):
            # (a sentence that opens "बताया गया कि" is said by nobody named; "प्रस्तुति में बताया गया कि", by its giver)
            # "कालाबाजारी के सवाल पर कहा": a perfective verb with no "X ने" has its sayer left out, as Hindi does
            # when the same person goes on speaking.
            return Name("उन्होंने", base + len(frame), base + len(frame)), None
    return _shift(name, base), None


# A document the passive verb's words stand in, with "एक" when it is one not named before ("एक सरकारी विज्ञप्ति में").
_IN_DOCUMENT = compile_words(r"(?:एक\s+(?:[\p{L}\p{M}]+\s+)?)?(?:" + "|".join(sorted(DOCUMENTS, key=len, reverse=True))
                             + r")(?=\s+में(?:\s+(?:भी|यह|ये|साफ|स्पष्ट))*\s*\Z)")
# "X से जब Y ने बात की (तो)": whom a reporter or an outlet spoke to.
_ASKED_THEN = compile_words(r"\s+से\s+जब\s+[^,।?!\n]{1,60}?\s+ने\s+(?:बात|बातचीत|संपर्क|पूछा|सवाल)")
_WHICH_IN = regex.compile(r"(?<![\p{L}\p{M}])(?:जिसमें|जिनमें)(?![\p{L}\p{M}])")
_MARKED_OBJECT = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}-]+)\s+(?:पर|को)(?![\p{L}\p{M}])")


def _acted_on_document(frame: str, after: int, cue: str) -> Name | None:
    """The document a subject acts on ("उस याचिका पर", "आदेश को") that a relative clause then quotes with a passive
    verb ("…, जिसमें कहा गया है कि"): it, not the subject, says the words."""
    if not _TOLD_PASSIVE.search(cue):
        return None
    which = None
    for which in _WHICH_IN.finditer(frame, after):
        pass
    if which is None:
        return None
    doc = None
    for m in _MARKED_OBJECT.finditer(frame, after, which.start()):
        if fold(m.group(1), normalized=True) in DOCUMENTS:
            doc = m
    return Name(doc.group(1), doc.start(1), doc.end(1), demonstrative=True) if doc is not None else None


def _shift(name: Name | None, base: int) -> Name | None:
    if name is None:
        return None
    return Name(name.text, name.start + base, name.end + base, name.demonstrative, _shift(name.owner, base))


def direct_quotes(text: str) -> list[Found]:
    """Quotation-mark quotes with a cue before or after them."""
    found: list[Found] = []
    spans = quote_marks(text)
    # Sentences are found with every quoted passage blanked: a "..." inside a quoted title ends no sentence.
    blank = mask_quotes(text, spans)
    for start, end in spans:
        content = text[start:end]
        if _words(content) < MIN_QUOTE_WORDS:
            continue
        mark = start - 1 if not text.startswith(_TWINS, start - 2) else start - 2
        sent = _sentence_start(blank, mark)
        for closed in _CLOSED_SENTENCE.finditer(text, sent, mark):
            sent = closed.end()  # '“… छिपा रही है?” इस पर मंत्री … बोलीं, “…”': the quoted sentence before is closed
        before = blank[sent:mark]
        cue = _CUE_BEFORE.search(before)
        if cue:
            glued = _GLUED_OWNER.search(before, 0, cue.start()) if cue.group().startswith("के") else None
            if glued:  # "उनके अनुसार,": the pronoun is the sayer
                speaker, addressee = Name(glued.group() + "के", sent + glued.start(), sent + cue.start() + 2), None
            else:
                speaker, addressee = _speaker_in_frame(before[: cue.start()], sent, cue.group())
            if speaker is None and _ACCORDING.search(before[cue.start() - 1 :] + " "):
                speaker = _shift(name_before(before, cue.start()), sent)
            # The cue runs from the sayer to the verb ("किम जोंग ने कहा-"), as citron marks it.
            cue_from = speaker.start if speaker and sent <= speaker.start < mark else sent + cue.start()
            found.append(Found("direct", start, end, blank[cue_from:mark].strip(), speaker, addressee))
            continue
        window = text[end + 1 : end + 1 + WINDOW] if end < len(text) else ""
        after = window.lstrip("'’")
        said = _SAID_IS.match(after)
        if said and (who := untitled(name_before(after, said.end("who")))) is not None:
            # '“…।” यह कहना है गोपालगंज के 24 साल के सलीम अंसारी का': the sayer stands before का
            found.append(Found("direct", start, end, said.group(0).strip(" ,"), _shift(who, end + 1 + len(window) - len(after))))
            continue
        m = _CUE_AFTER.match(after)
        if m and (_OBJECT.search(m.group("frame")) or _IN_THE_SENTENCE.match(after)):
            m = None  # '"…" गाने को याद करते हुए कहती हैं': the quoted words are a title the sayer talks about
        if m and _FINISHED_SENTENCE.search(m.group("frame")):
            m = None  # "'राम और शाम', … जैसी फ़िल्में शामिल हैं. 'उपकार' में … किए.कहते हैं": sentences ended between
        if m and not m.group("frame").strip() and _CALLED.match(after) and _NAMED_OBJECT.search(blank, sent, mark):
            # "जुमा ने हमले को 'शर्मनाक, क्रूर' बताया": what the sayer called something, no words of a clause (kept
            # to be masked, then dropped)
            found.append(Found(LABEL, start, end, "", None))
            continue
        if m and _OPENS_NEXT.match(after, m.end()) and _SENTENCE_END.search(content[-2:]):
            m = None  # '“…?” इस पर मंत्री बोलीं, “…”': a closed sentence; the cue after it opens the next quote
        if m:
            base = end + 1
            frame = m.group("frame")
            speaker, addressee = _speaker_in_frame(frame, base) if frame.strip() else (None, None)
            if (speaker is None or not _ERGATIVE.search(frame)) and not _QUOTE_NEXT.match(after, m.end()):
                # Headline order: the verb first, then the sayer ("बोले किम जोंग उन"; not "अस्पताल बोला- शव …", whose
                # dash opens the next quote)
                post = name_after(after, m.end())
                if post is not None:
                    speaker = _shift(post, base)
            found.append(Found("direct", start, end, m.group(0).strip(" ,:;–—-"), speaker, addressee))
    return found


# "X ने कहा, <words>" with no quotation marks: the words that follow are the speaker's (an unmarked direct quote).
# (A question or an answer takes a dash: "प्रधानमंत्री ने सवाल किया- …", "की ओर से जवाब आया- …".)
# (A claim's noun with no verb takes a dash or colon, as headlines write it: "पार्षद का आरोप- …"; before a comma it is a
# noun of the sentence: "कुलपति पर … टिप्पणी का आरोप, प्रशासन ने किया खंडन".)
_UNMARKED = compile_words(rf"(?:(?:{SAY})\s*[,:–—-]|(?:सवाल\s+किया|जवाब\s+(?:दिया|आया))\s*[:–—-]|(?:{OPINION})(?<=है|हैं|था|थी)\s*[,:–—-]|(?:{OPINION})\s*[:–—-])"
                          rf"\s*(?=[^\s\"“”'‘’_])")
# "<words>, मुख्यमंत्री ने कहा।": the cue after the words, at the end of the sentence.
_POSTPOSED = compile_words(rf",\s*(?P<frame>[^,।.?!\"“”_]{{0,80}}?)(?:{SAY})\s*[।.!]")


# "<sentence>. मुख्यमंत्री ने कहा.": a sentence that is only a sayer and a perfective verb closes the one before.
_SAYER_SENTENCE = compile_words(r"(?:^|(?<=[।.!?]\s{0,3}))(?P<frame>[^।.?!\"“”_]{2,60}?\s+ने)\s+(?:कहा|बताया)\s*[।.!]")


_ASKED_TO = regex.compile(r"(?<![\p{L}\p{M}])के\s+लि(?:ए|ये)\s+\Z")
_CLOSING = ("\"", "”", "'", "’", "»")  # a paragraph that ends in one closed its quotation
_CLAUSE_CUT = regex.compile(r"[;|](?!.*[;|])", regex.DOTALL)  # the last clause break before the next sayer


def unmarked_quotes(text: str, masked: str) -> list[Found]:
    """Direct quotes without quotation marks: after "X ने कहा,", before ", X ने कहा।", or a sentence before
    "X ने कहा।"."""
    found: list[Found] = []
    for m in _SAYER_SENTENCE.finditer(masked):
        if _words(m.group("frame")) > 6 or m.start() == 0:
            continue
        prev_end = m.start()
        while prev_end > 0 and masked[prev_end - 1].isspace():
            prev_end -= 1
        sent = _sentence_start(masked, prev_end - 1)
        content = masked[sent:prev_end]
        if "_" in content or _words(content) < 4:
            continue
        speaker, addressee = _speaker_in_frame(m.group("frame") + " ", m.start("frame"), "")
        found.append(Found("direct", sent, prev_end, m.group().strip(" ।."), speaker, addressee))
    cues, floor = [m for m in _UNMARKED.finditer(masked) if not masked.startswith("सुनी", m.end())], 0  # ("कहा-सुनी": a quarrel)
    for m, after in zip(cues, cues[1:] + [None]):
        end = _sentence_end(masked, m.end())
        stop = end - 1 if _SENTENCE_END.match(masked, end - 1) else end
        if after is not None and after.start() < stop and (cut := _CLAUSE_CUT.search(masked, m.end(), after.start())):
            # "X बोलीं- …; प्रधानमंत्री Y बोले- …": two sayers in one line, each with the clause up to the other's
            end = stop = cut.start()
            floor = cut.end()  # (where the next sayer's clause starts)
        content = masked[m.end():stop]
        if _ASKED_TO.search(masked, max(0, m.start() - 12), m.start()):
            continue  # "… सैंपल देने के लिए कहा गया, लेकिन वह चली गई": she was told to; no words of anyone follow
        if "_" in content or content.lstrip().startswith(("कि ", "की ")) or _words(content) < MIN_QUOTE_WORDS \
                or _RELATIVE.match(content):  # "… एक पत्र लिखा है, जिसकी प्रति …": a relative clause, nobody's words
            continue
        sent = _sentence_start(masked, m.start(), floor if floor <= m.start() else 0)
        speaker, addressee = _speaker_in_frame(masked[sent : m.start()], sent, m.group())
        found.append(Found("direct", m.end(), end, masked[sent:m.end()].strip(" ,:–—-;|"), speaker, addressee))
    for m in _POSTPOSED.finditer(masked):
        sent = _sentence_start(masked, m.start())
        content = masked[sent:m.start()]
        frame = m.group("frame")
        if "_" in content or _words(content) < 4 or _words(frame) > 6 or _KI.search(content):
            continue
        speaker, addressee = _speaker_in_frame(frame, m.start("frame"), "")
        found.append(Found("direct", sent, m.start(), m.group().strip(" ,।."), speaker, addressee))
    return found


def _nested(text: str, found: list[Found]) -> list[Found]:
    """"उन्होंने अदालत को बताया कि … मंत्री महावीर सांगवान ने विधानसभा में स्पष्ट किया था कि …": a person named inside a
    reported clause, with a speech verb of their own, is the sayer of what follows; the reporter's clause gives way."""
    inner = {id(o): i for o in found for i in found if o.kind == i.kind == "indirect" and o.start < i.start <= o.end
             and i.speaker is not None and o.start <= i.speaker.start and not is_pronoun(i.speaker)
             and _ERGATIVE.match(text, i.speaker.end)}  # "X ने … कहा था कि": X named as the one who said it
    out = []
    for f in found:
        if id(f) in inner:
            continue
        outer = next((o for o in found if inner.get(id(o)) is f), None)
        if outer is not None:
            f = Found(f.kind, f.start, f.end, text[f.speaker.start : f.start].strip(), f.speaker, f.addressee, f.places, outer)
        out.append(f)
    return out


def _after_closed_quote(text: str, masked: str, sent: int, at: int) -> int:
    """Where a cue's sentence starts when a quoted sentence stands before it with no space or full stop after its
    closing mark ('… फैसला दिया है."उन्होंने … कहा कि'): after that quote, which the masked text hides."""
    last = masked.rfind("_", sent, at)
    if last < 0 or text[last] not in "।.?!":
        return sent
    j = last + 1
    while j < at and text[j] in _QUOTE_MARKS:
        j += 1
    return j


_ON_WORD_OF = regex.compile(r"(?<![\p{L}\p{M}])(?:के|की|(?P<pronoun>उनके|इनके|उसके|इसके))\s+हवाले\s+से(?![\p{L}\p{M}])")


def _on_the_word_of(frame: str, base: int, cue: str, f: Found) -> Found:
    """"अखबार ने दो अधिकारियों के हवाले से लिखा कि", "ओबामा के हवाले से व्हाइट हाउस ने कहा कि": the words are those of
    the one quoted (named before "के हवाले से"), told by the sayer of the verb (the quote's ``via``)."""
    on = None
    for on in _ON_WORD_OF.finditer(frame):
        pass
    if on is None or f.speaker is None:
        return f
    quoted = _shift(Name(on.group("pronoun"), on.start(), on.end("pronoun")) if on.group("pronoun")  # "जिसमें उनके हवाले से"
                    else name_before(frame, on.start()) or _group_before(frame, on.start()), base)
    if quoted is None or quoted.start <= f.speaker.start < quoted.end:
        return f
    teller = Found("indirect", f.start, f.end, cue, f.speaker)
    return Found(f.kind, f.start, f.end, cue, quoted, f.addressee, f.places, teller)


_GROUP_BEFORE = regex.compile(r"(?:(?:[\p{L}\p{M}]+)\s+)?([\p{L}\p{M}]+)\s*\Z")


def _group_before(frame: str, end: int) -> Name | None:
    """"दो अधिकारियों", "सूत्रों": an unnamed group (with its count) right before ``end``, or None."""
    m = _GROUP_BEFORE.search(frame, max(0, end - 40), end)
    if m is None or not is_unnamed(m.group(1)):
        return None
    start = m.start() if m.start(1) > m.start() and is_unnamed(m.group()) else m.start(1)
    return Name(frame[start:m.end(1)], start, m.end(1))


def _reported(text: str, frame: str, sent: int, verb: str, cue_end: int, clause_end: int) -> Found:
    """The indirect quote of a cue ending at ``cue_end``: its sayer read in ``frame`` (the sentence before the verb)."""
    speaker, addressee = _speaker_in_frame(frame, sent, verb)
    cue = text[sent:cue_end].strip()
    return _on_the_word_of(frame, sent, cue, Found("indirect", cue_end, clause_end, cue, speaker, addressee))


def indirect_quotes(text: str, masked: str) -> list[Found]:
    """Reported clauses: after a cue and कि, or after "X के मुताबिक"."""
    found: list[Found] = []
    for m in _INDIRECT.finditer(masked):
        if _NEGATED.search(masked, max(0, m.start() - 12), m.start()):
            continue  # "डब्ल्यूएचओ चीफ ने यह नहीं बताया कि …": what was not said
        if _IT_IS_CLEAR.match(m.group()):
            continue  # "मतलब साफ है कि …": the writer's own inference, said by nobody
        sent = _after_closed_quote(text, masked, _sentence_start(masked, m.start()), m.start())
        clause_end = _clause_end(masked, m.end())
        if "_" in masked[m.end():clause_end]:  # the clause is a direct quote already
            continue
        if m.group().startswith("पूछा") and masked.startswith("क्या", m.end()) \
                and (then := _THEN.search(masked, m.end(), clause_end)):
            clause_end = then.start()  # "… ने पूछा कि क्या …, तो उन्होंने …": the question ends where the answer starts
        if _words(masked[m.end():clause_end]) < MIN_QUOTE_WORDS:
            continue
        for then in _THEN.finditer(masked, sent, m.start()):
            sent = then.end()  # "जब … पूछा कि …, तो उन्होंने यह कहकर … कि": the main clause names the sayer
        found.append(_reported(text, masked[sent : m.start()], sent, m.group(), m.end(), clause_end))
    for m in _TOLD_BARE.finditer(masked):  # "उन्होंने बताया पृथक बिस्तरों की संख्या … बढ़ाई गई है।": no कि after the cue
        clause_end = _clause_end(masked, m.end())
        clause = masked[m.end() : clause_end]
        if "_" in clause or _words(clause) < MIN_QUOTE_WORDS + 1 or not _FINITE_END.search(clause) \
                or any(f.start < clause_end and m.start() < f.end for f in found):
            continue
        sent = _sentence_start(masked, m.start())
        found.append(_reported(text, masked[sent : m.start()] + m.group()[: m.group().rfind("बताया")], sent, "बताया", m.end(),
                               clause_end))
    for m in (*_POINTS_BACK.finditer(masked), *_GAVE_THIS.finditer(masked)):
        # "… चुकाया जाएगा। यह बात अनुराग त्रिपाठी ने … कही।", "… X ने यह जानकारी दी।": the sentence before
        # (the words before "ये बात" in its own sentence, or the sentence before "X ने यह जानकारी दी")
        own = _sentence_start(masked, m.start()) if m.re is _GAVE_THIS else m.start()
        stop = len(masked[:own].rstrip())
        start = _sentence_start(masked, stop - 1) if stop else 0
        if (not start or masked[start - 1] == "\n") and (lede := _LEDE_PLACE.match(masked, start, stop)) is not None:
            start = lede.end()  # "मुंबई: …", "अलीगढ़[संतोष शर्मा]: …": the story's place line, not the sayer's words
        clause_end = stop - 1 if stop and _SENTENCE_END.match(masked, stop - 1) else stop
        who = name_before(masked, m.start("by"))
        if who is None or not stop or "_" in masked[start:clause_end] or _words(masked[start:clause_end]) < MIN_QUOTE_WORDS \
                or any(f.start < clause_end and start < f.end for f in found):
            continue
        found.append(Found("indirect", start, clause_end, text[own:m.end()].strip(" ।."), who))
    for m in _BY_WORD_OF.finditer(masked):  # "बक़ौल इरफ़ान, कंपनी के सुपरवाइज़र …": X's words
        who = name_after(masked, m.start("who")) if m.group("who") else name_before(masked, m.start())
        clause_end = _clause_end(masked, m.end())
        if who is None or "_" in masked[m.end():clause_end] or _words(masked[m.end():clause_end]) < MIN_QUOTE_WORDS:
            continue
        found.append(Found("indirect", m.end(), clause_end, text[m.start():m.end()].strip(" ,"), who))
    for m in _ACCORDING.finditer(masked):
        if m.group("pronoun") and _CLAUSE_BEFORE.search(_SENTENCE_BREAK.split(masked[max(0, m.start() - CUE_REACH * 3) : m.start()])[-1]):
            continue  # "हम उसके अनुसार रणनीति बदल रहे हैं": "accordingly", inside a sentence already under way
        who = Name(m.group("pronoun"), m.start("pronoun"), m.end("pronoun")) if m.group("pronoun") else name_before(masked, m.start())
        if not m.group("pronoun") and (given := _GIVEN_BY.search(masked, max(0, m.start() - 40), m.start())):
            who = name_before(masked, given.start()) or _group_before(masked, given.start())  # "अधिकारियों से मिली जानकारी के मुताबिक"
        last = fold(WORD.findall(who.text)[-1], normalized=True) if who is not None else ""
        if who is None or last in _NO_SAYER or last in RECORDS or (is_media(who.text) and not is_pronoun(who)) \
                or _CARRIED_IN.search(masked, max(0, m.start() - 60), m.start()):
            continue  # a medium's, a body's records, or a video or study a medium carried: a cited source, not a quote
        clause_end = _clause_end(masked, m.end())
        if "_" in masked[m.end():clause_end] or _words(masked[m.end():clause_end]) < MIN_QUOTE_WORDS:
            continue
        found.append(Found("indirect", m.end(), clause_end, text[who.start:m.end()].strip(" ,"), who))
    for m in _WHICH_ACCORDING.finditer(masked):
        sent = _sentence_start(masked, m.start())
        erg = None
        for erg in _ERGATIVE.finditer(masked, sent, m.start()):
            pass
        if erg is None or not _RELEASED.search(masked, erg.end(), m.start()):
            continue  # "नियम बनाए गए, जिनके अनुसार …": no issuer named in the sentence
        who = name_before(masked, erg.start())
        clause_end = _clause_end(masked, m.end())
        if who is None or is_media(who.text) or "_" in masked[m.end():clause_end] \
                or _words(masked[m.end():clause_end]) < MIN_QUOTE_WORDS:
            continue  # (a medium's own report is a cited source, as with "X के मुताबिक")
        found.append(Found("indirect", m.end(), clause_end, text[who.start:m.end()].strip(" ,"), who))
    return found


_GENERIC_SOURCE = compile_words(r"रिपोर्ट|ख़बर|खबर|आंकड़ों|आंकड़ो|सर्वेक्षण|अध्ययन|सर्वे|अनुमान|अनुमानों|रैंकिंग|पोस्ट|वेबसाइट|विश्लेषण")
# A social platform a speaker wrote on: "एक्स पर लिखा", "फेसबुक पोस्ट में कहा", "इंस्टाग्राम अकाउंट पर".
_PLATFORMS = r"एक्स|ट्विटर|फेसबुक|इंस्टाग्राम|यूट्यूब|x|twitter|facebook|instagram|youtube"
# "फेसबुक पोस्ट में लिखा": the platform, named once.
_ON_PLATFORM = compile_words(r"(" + _PLATFORMS + r")\s+(?:पोस्ट|पेज|अकाउंट|हैंडल)")
# ("एक्स (X) पर लिखा", "फेसबुक पर एक लंबी पोस्ट कर", "एक्स पर जारी एक बयान में", "इंस्टाग्राम स्टोरी पर")
_PLATFORM = compile_words(r"(?<![\p{L}\p{M}])(" + _PLATFORMS + r")(?:\s*\([^()]{1,20}\))?"
                          r"\s+(?:पर\s+(?:(?:एक|अपनी|अपने|लंबी|लंबा|नई|नया|ताजा|ताज़ा)\s+){0,2}(?:लिखा|पोस्ट|कहा|साझा|जारी)"
                          r"|पोस्ट\s+(?:में|के\s+जरिए)|लाइव|(?:अकाउंट|पेज|हैंडल|स्टोरी)\s+पर)")


_REPORT = compile_words(r"(?:रिपोर्ट|ख़बर|खबर|सर्वे|सर्वेक्षण|अध्ययन|पोर्टल|डैशबोर्ड|रिकॉर्ड|रिकार्ड|रजिस्टर|आकलन)\Z")  # (a department's portal: the department)
# "'मरुधरा लाइव' पर प्रसारित वीडियो के मुताबिक", "'… जर्नल' में पिछले साल छपे एक अध्ययन के मुताबिक": the medium that carried it.
# Also a paper's own report with its time: "'कोयलांचल प्रहरी' की पिछले साल अगस्त में छपी एक रिपोर्ट के मुताबिक".
_CARRIED_IN = regex.compile(r"\s+(?:पर\s+(?:प्रसारित|दिखाए\s+गए|दिखाई\s+गई)|में\s+(?:(?:पिछले|इस|बीते)\s+(?:साल|वर्ष|महीने)\s+)?"
                            r"(?:छपे|छपी|छपा|प्रकाशित)|(?:की|के)\s+(?:(?:पिछले|इस|बीते|गत)\s+(?:साल|वर्ष|महीने|माह|हफ्ते)"
                            r"(?:\s+[\p{L}\p{M}]+)?\s+)?(?:में\s+)?(?:छपे|छपी|छपा|प्रकाशित))"
                            r"(?:\s+(?:एक|हुए|हुई|गए|गई))*\s+(?:वीडियो|फुटेज|फ़ुटेज|क्लिप|अध्ययन|रिपोर्ट|लेख|शोध|खबर|ख़बर)\Z"
                            # "विभाग के पोर्टल पर दर्ज आंकड़ों के अनुसार": the portal (its owner) that holds them
                            r"|\s+पर\s+(?:दर्ज|उपलब्ध|मौजूद)\s+(?:आंकड़ों|आँकड़ों|आंकड़े|आँकड़े|ब्योरे|ब्यौरे|जानकारी|रिकॉर्ड|रिकार्ड)\Z"
                            # "दिल्ली सरकार द्वारा साझा किए गए आंकड़ों", "… 'शिन्हुआ' से आ रही रिपोर्टों": whose they are
                            r"|\s+(?:द्वारा|की\s+(?:ओर|तरफ|तरफ़)\s+से)\s+(?:[\p{L}\p{M}]+\s+){0,3}?(?:साझा|जारी|प्रकाशित)\s+"
                            r"(?:(?:किए|किये|की|कराए)\s+)?(?:(?:गए|गई)\s+)?"
                            r"(?:आंकड़ों|आँकड़ों|आंकड़ो|आंकड़े|आँकड़े|रिपोर्ट|ब्योरे|जानकारी)\Z"
                            r"|\s+से\s+(?:आ\s+रही|मिल\s+रही)\s+(?:रिपोर्टों|रिपोर्ट|खबरों|ख़बरों)\Z"
                            r"|\s+से\s+(?:प्राप्त|मिले)\s+(?:आंकड़ों|आँकड़ों|आंकड़ो)\Z")  # ("… विश्वविद्यालय से प्राप्त आंकड़ों")  # ("अधिकारियों से मिली जानकारी": theirs)
# "… की रिपोर्ट में कहा गया है कि": the document speaks, and its body is the quote's sayer, not a cited source.
_DOCUMENT_SPEAKS = regex.compile(r"\s+(?:भी\s+)?(?:कहा|बताया|दावा\s+किया)\s+गया(?![\p{L}\p{M}])")
_REPORT_TIME = regex.compile(r"\s+(?:की|के)\s+(?:(?:पिछले|पिछली|बीते|गत|इस|उस)\s+(?:साल|वर्ष|महीने|माह|सप्ताह|हफ्ते|हफ़्ते)"
                          r"|\d{4}(?:\s*[-–]\s*\d{2,4})?"  # "… की 2028-29 की वार्षिक रिपोर्ट" too
                          r"|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार)\Z")  # "सिन्हुआ की शुक्रवार की रिपोर्ट"


# A body's kind that stands for the body the article named in full ("लीग", "एक्सचेंज", "संघ").
_KINDS = BODY_WORDS | frozenset(fold(w, normalized=True) for w in "लीग एक्सचेंज मंच फेडरेशन एसोसिएशन".split())


def _bare_kind(name: str) -> bool:
    words = WORD.findall(name)
    return len(words) == 1 and fold(words[0], normalized=True) in _KINDS


def _nameless(name: str) -> bool:
    """"रिपोर्ट", "पोस्ट": a kind of source standing alone, with nobody's name."""
    return len(WORD.findall(name)) == 1 and _GENERIC_SOURCE.fullmatch(name) is not None


_KI = regex.compile(r"(?<![\p{L}\p{M}])कि(?![\p{L}\p{M}])")
_TOLD = compile_words(r"बताया|कहा|बातचीत|बात|साक्षात्कार|इंटरव्यू")


def source_name(text: str, quoted_only: bool = False) -> str:
    """"अख़बार 'ला नासियोन'", "शोध पत्रिका 'द लैंसेट'", "अंग्रेजी अखबार लंका ट्रिब्यून": the medium's name, without its
    kind (and a word before it) or quotation marks.
    ``quoted_only``: drop the kind only before a quoted name ("चैनल 12 टीवी" is a name as it stands)."""
    quoted = _QUOTED_NAME.search(text)
    if quoted:  # "आर्थिक दैनिक 'अर्थलोक'", "स्पोर्ट्स पोर्टल 'क्रिकधारा'": the name is what the marks set apart
        return quoted.group(1).strip()
    kind_after = _KIND_AFTER_QUOTE.match(text)
    if kind_after:  # "सिने संवाद' पत्रिका" (read from inside the marks): the name, not the kind after it
        return kind_after.group(1).strip()
    text = _PAPER_AFTER.sub("", text.strip(_QUOTE_MARKS))  # "कोर्रीरे डेला सेरा अख़बार" (no paper is named "… अख़बार")
    rest = _MEDIA_PREFIX.sub("", text)
    if quoted_only and rest != text and rest[:1] not in _QUOTE_MARKS:
        return text
    return _EDGE_MARK.sub("", rest.strip(_QUOTE_MARKS)) or text  # ("‘जॉन्स हॉपकिन्स' विश्वविद्यालय": the marks of a part)


_EDGE_MARK = regex.compile(r"['’\"”](?=\s)|(?<=\s)['‘\"“]")


_THE_PRESS = frozenset(fold(w) for w in "मीडिया मीडियाकर्मियों पत्रकारों संवाददाताओं प्रेस".split())  # the press at large


def sources(text: str, publisher: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Media and documents credited for information: (name, cue). Telling the publisher itself ("बीबीसी से बातचीत
    में" in a BBC article) is the article's own reporting, not a cited source."""
    out: list[tuple[str, str]] = []
    for m in _PLATFORM.finditer(text):  # "X ने एक्स पर लिखा": the outlet a speaker wrote to
        if m.group(1) not in (n for n, _ in out):
            out.append((m.group(1), m.group().strip()))
    for m in _SOURCE_CUES.finditer(text):
        if m.group().endswith("में") and _DOCUMENT_SPEAKS.match(text, m.end()):
            continue
        # "'रुहेलखंड प्रहरी' की पिछले साल की एक रिपोर्ट": the time the report is from stands between it and its owner.
        when = _REPORT_TIME.search(text, max(0, m.start() - 40), m.start())
        carried = _CARRIED_IN.search(text, max(0, m.start() - 60), m.start())
        who = name_before(text, carried.start() if carried else when.start() if when else m.start())
        if who is not None and (named := _NAMED_AS.search(text, max(0, who.start - 20), who.start)):
            who = name_before(text, named.start()) or who  # "किराएदार हित मंच नाम की एक संस्था के सर्वे": the body named
        reported = who is not None and who.owner is not None and _REPORT.search(who.text) is not None
        if reported:
            who = who.owner  # "'अवध दर्पण' की तत्कालीन रिपोर्ट": the paper whose report it is (a statement is its sayer's)
        if who is None:
            continue
        quoted = _QUOTED_NAME.search(who.text)  # "स्थानीय अखबार 'रुहेलखंड प्रहरी'": a name, whatever the words before it
        last = fold(WORD.findall(who.text)[-1], normalized=True)
        if (is_unnamed(who.text) and not quoted) or last in TITLES or fold(who.text, normalized=True) in _THE_PRESS:
            continue  # "तथ्यों के अध्ययन में", "बीबीसी संवाददाता के मुताबिक", "मीडिया से कहा": not a medium's name
        name = without_kind(source_name(who.text))
        if on := _ON_PLATFORM.fullmatch(name):
            name = on.group(1)
        if _nameless(name):
            continue  # "रिपोर्ट के मुताबिक": a report, but whose?
        # (a body that published something is a source only when it is a medium: "डेली मेल ने प्रकाशित की")
        generic = reported or carried or _GENERIC_SOURCE.search(m.group()) and not _PUBLISHED.search(m.group())
        talked = _TALKED_TO.search(m.group()) is not None and text[max(0, who.start - 1) : who.start] in _OPENING_MARKS \
            and text[who.end : who.end + 1] in _CLOSING_MARKS  # "‘भाषा' से बातचीत में": an outlet's name in marks
        if not (is_media(who.text) or (generic and not is_pronoun(who)) or talked):
            continue
        if fold(name, normalized=True) in publisher and _TOLD.search(m.group()):
            continue
        if len(name) > 1 and name not in (n for n, _ in out):
            out.append((name, m.group().strip()))
    return out


# "बीबीसी संवाददाता", "बीबीसी हिन्दी के एंड्रॉएड ऐप", and that promo cut short after "के".
OWN_REPORTER = compile_words(r"\s+(?:संवाददाता|हि(?:न्|ं)दी\s+के(?:\s+(?:एंड्रॉएड|एंड्रॉयड)\s+ऐप|\s*$))")
_LAST_WORD = regex.compile(r"([\p{L}\p{M}]+)\Z")


def publisher_names(texts: list[str]) -> frozenset[str]:
    """Who published the page, as its text shows it: "बीबीसी संवाददाता", the "बीबीसी हिन्दी के एंड्रॉएड ऐप" promo."""
    names = set()
    for t in texts:
        for m in OWN_REPORTER.finditer(t):
            word = _LAST_WORD.search(t, max(0, m.start() - 40), m.start())
            if word:
                names.add(fold(word.group(1), normalized=True))
    return frozenset(names)


def mask_quotes(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with quoted passages blanked out ("_"), so a cue inside a quote is not read as the article's."""
    chars = list(text)
    for start, end in spans:
        for i in range(start, end):
            chars[i] = "_"
    return "".join(chars)


def find_quotes(paragraphs: list[tuple[str, int, str, int]], speakers: Speakers,
                publisher: frozenset[str] = frozenset()) -> tuple[list[dict], list[tuple[str, str]]]:
    """Quotes and sources of an article's paragraphs, given as (text, offset in its field, field, position in the
    text ``speakers`` was built on)."""
    quotes: list[dict] = []
    cited: list[tuple[str, str]] = []
    found_all: list[tuple[Found, str, int, str, int]] = []
    seen: set[str] = set()
    ran_on: Found | None = None  # the last quotation of the paragraph before, when it ran to its end unclosed
    for text, offset, where, position in paragraphs:
        direct = direct_quotes(text)
        labels = [f for f in direct if f.kind == LABEL]
        direct = [f for f in direct if f.kind != LABEL]
        spans = quote_marks(text) if ran_on is not None else []
        if spans and not text[: spans[0][0]].strip(" \"“'‘«") and not any(f.start == spans[0][0] for f in direct) \
                and _words(text[spans[0][0] : spans[0][1]]) >= MIN_QUOTE_WORDS:
            # "वे याद करती हैं, "… ¶ "… ¶ "…"": a quotation over paragraphs, each opening with a mark, the sayer's still
            direct.insert(0, Found("direct", spans[0][0], spans[0][1], ran_on.cue, ran_on.speaker, None))
        last = max(direct, key=lambda f: f.end, default=None)
        ran_on = last if last is not None and last.end >= len(text.rstrip()) and not text.rstrip().endswith(_CLOSING) \
            and last.speaker is not None else None
        masked = mask_quotes(text, [(f.start, f.end) for f in direct + labels])
        indirect = _nested(text, indirect_quotes(text, masked))
        unmarked = [u for u in unmarked_quotes(text, masked)
                    if not any(i.start < u.end and u.start < i.end for i in indirect)]
        for f in sorted(direct + indirect + unmarked, key=lambda f: f.start):
            found_all.append((f, text, offset, where, position))
        for name, cue in sources(text, publisher):
            if _bare_kind(name):  # "बोर्ड की वेबसाइट पर जारी आंकड़ों": the board the article named before, or nobody
                full = speakers.body_of_kind(name)
                if full is None:
                    continue
                name = full
            if name not in seen:
                seen.add(name)
                cited.append((name, cue))
    # The sayers the article names outright; a pronoun with nobody named before it points to the main one.
    speakers.prime([f.speaker for f, *_ in found_all])
    # (a subject inside a reported clause is no pronoun's antecedent: "… ने पलटवार किया कि एसकेडी ने … ले लिया था")
    speakers.reported = sorted((position + f.start, position + f.end) for f, _, _, _, position in found_all if f.kind == "indirect")
    # The last sayer who asked not to be named, where their words end, and the paragraph they stand in.
    unnamed, unnamed_end, unnamed_in = None, -ANONYMOUS_REACH, None
    for f, text, offset, where, position in found_all:
        if f.speaker is not None and (named := _NAMED_AS.search(text, max(0, f.speaker.start - 40), f.speaker.start)):
            # "हनीन नाम के एक स्वयंसेवक का कहना है": the name the article gives the unnamed one
            f.speaker = name_before(text, named.start()) or f.speaker
        # A pronoun before its quote points back from where it stands: not to a name between it and the quote
        # ("उन्होंने डॉक्टर ऐमेलू से कहा कि": ऐमेलू was spoken to).
        at = min(f.start, f.speaker.start) if f.speaker is not None and is_pronoun(f.speaker) else f.start
        if f.via is not None and f.via.speaker is not None and f.speaker is not None and is_pronoun(f.speaker):
            at = min(at, f.via.speaker.start)  # "पारिख की पीआर टीम ने … जिसमें उनके हवाले से": whom the teller speaks for
        via = None
        if f.via is not None and f.via.speaker is not None:  # the reporter, resolved where their own cue stands
            outer = f.via
            via_at = position + (min(outer.start, outer.speaker.start) if is_pronoun(outer.speaker) else outer.start)
            chain = speakers.last, speakers.last_at
            via, _ = speakers.resolve(outer.speaker, via_at, of_cue(outer.cue) if is_pronoun(outer.speaker) else None)
            if f.speaker is not None and is_pronoun(f.speaker):
                speakers.last, speakers.last_at = chain  # (the one quoted is named before the teller, not the teller)
        if f.speaker is not None and (first := first_of_pair(text, f.speaker)) is not None and speakers.named(first.text):
            f.speaker = first  # "गुरमीत सिंह बग्गा और … की अध्यक्ष हरप्रीत कौर संधू ने संयुक्त बयान में कहा": the first named
        chain = speakers.last, speakers.last_at
        said = of_cue(f.cue)
        name, description = speakers.resolve(f.speaker, position + at, said)
        if f.speaker is not None and not is_pronoun(f.speaker) and (anonymous := _ANONYMOUS.search(f.cue)) is not None:
            # "साइट के सुपरवाइजर ने नाम न छापने की शर्त पर कहा कि": a sayer who asked not to be named, however the article
            # names people with that title elsewhere
            if name:
                said_by = f.cue[: anonymous.start()]
                lede = _LEDE_PLACE.match(said_by)  # ("पटना: विद्यालय के प्रधानाध्यापक ने …": not the place line)
                name, description = None, _ANONYMOUS_LEAD.sub("", said_by[lede.end() if lede else 0 :]).strip(" ,")
            unnamed, unnamed_end, unnamed_in = description, position + f.end, text
        elif name and unnamed and f.speaker is not None and is_pronoun(f.speaker) and (
                is_title(name) and fold(name, normalized=True) in fold(unnamed, normalized=True)
                or text is unnamed_in and 0 <= position + at - unnamed_end < ANONYMOUS_REACH
                and not any(unnamed_end <= pos < position + at for pos, _ in speakers.subjects + speakers.titled)):
            # (nobody named since: "… नाम न छापने की शर्त पर बताया कि …। X अपने बेटे के साथ …। वह बोलीं": X)
            # "… ने नाम न छापने की शर्त पर बताया कि …। वे कहते हैं": the same unnamed one goes on (in that paragraph)
            name, description, unnamed_end = None, unnamed, position + f.end
        else:
            unnamed_end = -ANONYMOUS_REACH  # (another sayer since: a pronoun now is theirs)
        if name and said and f.speaker is not None and not is_pronoun(f.speaker) and (
                not is_title(f.speaker.text) and fold(f.speaker.text, normalized=True) in fold(name, normalized=True)
                or is_title(f.speaker.text) and name != f.speaker.text and not is_body(name)):
            # (also "प्रधान बोले," of the one person the article names after that title)
            speakers.note_gender(name, said)  # "वर्मा बोलीं": a woman, for a "वह बोले" later (the name itself, not a title)
        if _ASKED_SOMEONE.search(f.cue):
            speakers.last, speakers.last_at = chain  # "… ने जब उनसे पूछा कि …, तो …। उन्होंने कहा": the one asked answers
        if name and name == speakers.last and is_body(name) and _PASSIVE.search(f.cue):
            speakers.in_document = True  # "विभाग की ओर से … विज्ञप्ति में कहा गया है कि": a body speaks through a document
        if via:
            speakers.carry_on(via, via_at)  # a pronoun next goes on with the reporter, the sentence's subject
        addressee = speakers.fullest(f.addressee.text) if f.addressee and not is_pronoun(f.addressee) else None
        if via and is_media(via):  # "अख़बार … ने दो अधिकारियों के हवाले से लिखा कि": the paper that carried the words
            via = _cite(via, f.cue, seen, cited)
        if name and is_outlet(name):
            # A medium saying something is credited as a source ("चैनल 12 टीवी ने कहा कि …" keeps its quote too).
            name = _cite(name, f.cue, seen, cited)
            if f.kind == "indirect" and f.cue.endswith(("मुताबिक", "अनुसार")):
                continue
        quotes.append({
            "kind": f.kind, "text": text[f.start:f.end].strip(), "speaker": name, "speaker_description": description,
            "addressee": addressee, "cue": f.cue, "place": (where, offset + f.start, offset + f.end), "via": via,
        })
    answers = _answers(paragraphs, speakers)
    if answers:  # an answer is the interviewee's words whole, whatever cues of theirs stand inside it ("हम लोगों से कहते
        # हैं कि …"); another person's words the guest reports stay quotes of their own ("संपादक विनोद मिश्र ने मुझसे कहा कि …")
        told = [(a["place"], a["speaker"]) for a in answers]
        quotes = [q for q in quotes if q["speaker_description"] or not any(
            q["place"][0] == w and s <= q["place"][1] < e and q["speaker"] in (None, guest) for (w, s, e), guest in told)]
    quotes.extend(answers)
    return quotes, cited


def _cite(name: str, cue: str, seen: set, cited: list) -> str:
    """Credit a medium as a cited source (once); its name as a source."""
    name = source_name(name, quoted_only=True)
    if name not in seen and source_name(name) not in seen and not _nameless(name):  # (found as a source already)
        seen.add(name)
        cited.append((name, cue))
    return name


# An interview printed as questions and answers: every answer is the interviewee's speech.
_QUESTION = compile_words(r"^\s*(?:सवाल|प्रश्न)\s*[:：\-–]")
_ANSWER = compile_words(r"^\s*(?:जवाब|उत्तर)\s*[:：\-–]\s*")
_FAQ = compile_words(r"आपके\s+सवाल|आपके\s+काम\s+की|अक्सर\s+पूछे\s+जाने\s+वाले|(?<![\p{L}])faqs?(?![\p{L}])|सवाल-जवाब\s*:")
# "… से खास बातचीत", and "हमने मधुलिका रॉय से उनकी फिल्म … पर बात की" (the topic between).
_INTERVIEW = compile_words(r"\s+से\s+(?:(?:खास|विशेष|लंबी)\s+)?(?:बातचीत|बात-चीत|साक्षात्कार|इंटरव्यू)"
                           r"|\s+से\s+(?:[^।?!\n]{1,80}?\s)?(?:बात|बातचीत)\s+(?:की|हुई)(?![\p{L}\p{M}])")


_LABEL = regex.compile(r"^\s*([\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+){0,2})\s*:\s+(?=\S)")
MIN_LABEL_USES = 2


def _labelled_answers(paragraphs: list[tuple[str, int, str, int]], speakers: Speakers) -> list[dict]:
    """An interview printed with the speakers' names as labels ("हिमवंत: … ?" for the paper's questions, "नौटियाल: …"
    and "पंवार: …" for its two guests): each line under a person's label is that person's words. Two labels or more,
    each used twice or more; a label is a person when the article names someone so (the paper's is a body's name)."""
    labels = [(_LABEL.match(text), text, offset, where) for text, offset, where, _ in paragraphs]
    uses = Counter(m.group(1) for m, *_ in labels if m)
    if sum(1 for n in uses.values() if n >= MIN_LABEL_USES) < 2:
        return []
    asks = Counter(m.group(1) for m, text, *_ in labels if m and text.rstrip().endswith("?"))
    people = {}
    for label, n in uses.items():
        full = speakers.fullest(label) if n >= MIN_LABEL_USES and 2 * asks[label] < n else label
        if full != label and not is_body(full) and not is_unnamed(full) and _key_words(label) <= _key_words(full):
            people[label] = full
    if not people:
        return []
    out = []
    for m, text, offset, where in labels:
        end = len(text.rstrip())
        if m and m.group(1) in people and end > m.end():
            out.append({"kind": "direct", "text": text[m.end():end], "speaker": people[m.group(1)], "speaker_description": None,
                        "addressee": None, "cue": m.group().strip(), "place": (where, offset + m.end(), offset + end)})
    return out


def _key_words(text: str) -> set[str]:
    return {fold(w, normalized=True) for w in WORD.findall(text)}


def _answers(paragraphs: list[tuple[str, int, str, int]], speakers: Speakers) -> list[dict]:
    """The answers of a question-and-answer interview, spoken by the person the article says it talks with ("लेखिका
    सुनयना टोप्पो से बातचीत"), else by its main sayer."""
    if not any(_QUESTION.match(text) for text, *_ in paragraphs):
        return _labelled_answers(paragraphs, speakers)
    who = None
    for text, *_ in paragraphs:
        m = _INTERVIEW.search(text)
        named = name_before(text, m.start()) if m else None
        if named is not None and not is_unnamed(named.text) and not is_pronoun(named):
            who = speakers.fullest(named.text)
            break
    if who is None and any(_FAQ.search(text) for text, *_ in paragraphs):
        return []  # "आपके सवाल, हमारे जवाब": an explainer's questions, answered by the desk, not by someone it talked to
    # Else the sayer the introduction mentions most before the first question ("बातचीत की शुरुआत में ही मधुलिका ने कहा"),
    # else the article's main sayer.
    first = next(position for text, _, _, position in paragraphs if _QUESTION.match(text))
    named_before = Counter(name for at, name in speakers.mentions if at < first and not is_body(name))
    who = who or (speakers.fullest(named_before.most_common(1)[0][0]) if named_before else None) or speakers.salient
    out = []
    for text, offset, where, _ in paragraphs:
        m = _ANSWER.match(text)
        end = len(text.rstrip())
        if m and end > m.end():
            out.append({"kind": "direct", "text": text[m.end():end], "speaker": who, "speaker_description": None,
                        "addressee": None, "cue": m.group().strip(), "place": (where, offset + m.end(), offset + end)})
    return out
