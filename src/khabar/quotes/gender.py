"""A sayer's grammatical gender, for pronouns: "वह बोलीं" points to a woman, "वह बोले" to a man.

Hindi marks gender on intransitive and imperfective verbs (बोलीं/बोले, कहती/कहते, बैठी थीं/बैठे थे), on relations and
titles (पत्नी, बेटी, अभिनेत्री / पति, बेटा, अभिनेता) and on some name endings (…देवी, …बाई). A person's gender is read
from those around the article's mentions of them; a cue's from its verb. Unknown stays None: nothing is guessed from
how a first name ends.
"""
from __future__ import annotations

import regex

from ..text.normalize import fold

FEMININE_TITLES = frozenset(fold(w) for w in (
    "पत्नी मां माँ बेटी बहन श्रीमती सुश्री कुमारी अभिनेत्री गायिका लेखिका कवयित्री छात्रा शिक्षिका प्रधानाध्यापिका "
    "महिला दादी नानी भाभी बहू पोती पुत्री चाची मामी बुआ मौसी सहेली पड़ोसन एक्ट्रैस ऐक्ट्रैस युवती लड़की नर्स मालकिन गृहिणी "
    "सास ननद जेठानी देवरानी").split())
MASCULINE_TITLES = frozenset(fold(w) for w in (
    "पति पिता बेटा बेटे भाई दादा नाना चाचा मामा ससुर पुत्र अभिनेता गायक लेखक कवि छात्र शिक्षक युवक लड़का "
    "प्रधानाध्यापक जेठ देवर जीजा").split())
FEMININE_NAME_ENDS = frozenset(fold(w) for w in "देवी बाई कुमारी बेगम खातून बानो".split())
# Verb forms that agree with a feminine or a masculine subject (perfective ने-clauses agree with the object: not read).
_FEMININE = regex.compile(r"(?<![\p{L}\p{M}])(?:बोलीं|बोली|कहती|कहतीं|बताती|बतातीं|मानती|मानतीं|लिखती|आईं|आई|गईं|गई|थीं|थी|"
                          r"रहीं|चुकीं|करती|करतीं|पहुंचीं|पहुँचीं|बैठी|बैठीं|खड़ी|हुईं|देती|लेती|जताई|भड़कीं|बिफरीं|गरजीं)(?![\p{L}\p{M}])")
_MASCULINE = regex.compile(r"(?<![\p{L}\p{M}])(?:बोले|बोला|कहते|कहता|बताते|बताता|मानते|मानता|लिखते|आए|आये|गए|गये|थे|था|"
                           r"रहे|चुके|करते|करता|पहुंचे|पहुँचे|बैठे|खड़े|हुए|देते|लेते|भड़के|बिफरे|गरजे)(?![\p{L}\p{M}])")
# Where the clause a mention is the subject of ends; a postposition right after the name makes it no subject ("X की
# उम्र … थी"), one further on belongs to another noun ("X भी … मंच पर मौजूद रहे").
_CLAUSE_END = regex.compile(r"[।?!.,\n\"“”]|(?<![\p{L}\p{M}])(?:ने|और|कि)(?![\p{L}\p{M}])")
_NO_SUBJECT = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:का|की|के|को|से|में|पर|ने)(?![\p{L}\p{M}])")
WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)\s+\Z")  # the word right before a position
AFTER_CHARS = 60  # how far after a mention its verb is read


# A cue's own speech verb ("रोते हुए कहा": the participle agrees with nobody in particular); "बोली" before a
# postposition is the noun, a dialect ("अपनी शेखावाटी बोली में बोले").
_CUE_FEMININE = regex.compile(r"(?<![\p{L}\p{M}])(?:बोलीं|बोली(?!\s+(?:में|से|का|की|के|को|पर)(?![\p{L}\p{M}]))|कहती|कहतीं|बताती|बतातीं|मानती|मानतीं|लिखती|पूछती)(?![\p{L}\p{M}])")
_CUE_MASCULINE = regex.compile(r"(?<![\p{L}\p{M}])(?:बोले|बोला|कहते|कहता|बताते|बताता|मानते|मानता|लिखते|पूछते)(?![\p{L}\p{M}])")


def of_cue(cue: str) -> str | None:
    """"f" for a cue whose speech verb is feminine ("वह बोलीं,"), "m" for a masculine one ("वे कहते हैं"), else None
    (a perfective "कहा" agrees with no sayer)."""
    if _CUE_FEMININE.search(cue):
        return "f"
    if _CUE_MASCULINE.search(cue):
        return "m"
    return None


def of_name(name: str) -> str | None:
    """The gender a name's own words give: a feminine ending ("… देवी") or a relation or title before it."""
    words = name.split()
    if words and (fold(words[-1]) in FEMININE_NAME_ENDS or fold(words[0]) in FEMININE_TITLES):
        return "f"
    if words and fold(words[0]) in MASCULINE_TITLES:  # "दादा रामकिशोर खंडेलवाल"
        return "m"
    return None


def of_person(name: str, text: str, spans: list[tuple[int, int]]) -> str | None:
    """The gender the article gives ``name`` (mentioned at ``spans`` of ``text``, in full or by first name): its
    title, its name's ending, the verbs of the clauses it is the subject of. None when the signs disagree or there
    are none."""
    if (marked := of_name(name)) is not None:
        return marked
    female = male = 0
    for pos, end in spans:
        before = WORD_BEFORE.search(text, max(0, pos - 30), pos)
        if before:
            key = fold(before.group(1))
            female += key in FEMININE_TITLES
            male += key in MASCULINE_TITLES
        if _NO_SUBJECT.match(text, end):
            continue
        after = text[end : end + AFTER_CHARS]
        stop = _CLAUSE_END.search(after)
        clause = after[: stop.start()] if stop else after
        female += bool(_FEMININE.search(clause))
        male += bool(_MASCULINE.search(clause))
    if female > male:
        return "f"
    if male > female:
        return "m"
    return None
