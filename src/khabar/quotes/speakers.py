"""Who is speaking: the name before a case marker ("X ने", "X का", "X के"), and the fullest form of it.

A name is read leftwards from its marker until a postposition, conjunction, verb or punctuation; titles in front
of it ("रूस के राष्ट्रपति व्लादिमीर पुतिन") are dropped. Pronouns (उन्होंने, उनका, वे) point to the last person
who spoke; a short form (किम, पुतिन) or a bare title (गृहमंत्री) becomes the fullest name the article gives.
"""
from __future__ import annotations

from bisect import bisect_right

from collections import Counter
from functools import lru_cache
from dataclasses import dataclass

import regex

from ..ner.latin import place_names
from ..ner.model import MAX_SENTENCE, TOKEN, model_available, tag
from ..text.normalize import fold, normalize
from ..text.sentences import HINDI_ABBREVIATIONS, LETTER_NAMES
from ..text.tokens import WORD
from .gender import FEMININE_NAME_ENDS, FEMININE_TITLES, MASCULINE_TITLES, WORD_BEFORE, of_name, of_person
from .lexicon import (AREA_NOUNS, BODY_WORDS, DOCUMENTS, FILED, INTENSIFIERS, MEDIA_WORDS, NUMBER_WORDS, PARTIES, PEOPLE_NOUNS, PRONOUNS, STOP,
                      TITLE_WORDS, TITLES, UNNAMED, OPINION, SAY, SPEECH_ACT, compile_words, words)

MAX_NAME_WORDS = 8  # "अवध इंस्टीट्यूट ऑफ पब्लिक हेल्थ एंड रिसर्च": a body's name may run to seven words
NEAR = 300  # characters: a person named this close before a pronoun, in a sentence of their own, is its antecedent
_SENTENCE_END = regex.compile(r"[।?!]|\.(?!\d)")  # (pages that end sentences with a full stop too)
# (a quote's own full stop is masked: its paragraph or its closing mark ends it, '… नहीं देखी."अमरीकी …')
_OPENS_SENTENCE = regex.compile(r"(?:[।?!\n]|(?<!\d)\.)\s*\Z")
_NAME_GOES_ON = regex.compile(r"[\p{L}\p{M}]|\s+(?:ने|और|व|एवं|तथा)(?![\p{L}\p{M}])")  # (a longer name; "X ने" is a subject already)
_INTENSIFIERS = frozenset(map(fold, INTENSIFIERS))
_WORD_AFTER = regex.compile(r"[ \t]+([\p{L}\p{M}]+)")
_QUALIFIED = PEOPLE_NOUNS | words("लड़ाके लड़ाका लड़ाकों सैनिक सैनिकों कार्यकर्ता कार्यकर्ताओं")
_CLAUSE_OR_PARAGRAPH_END = regex.compile(r"[।?!\n”\"’]|\.(?!\d)|''")  # (and a closing '' or ’: "… रखा.''अफ़ग़ानिस्तान …")
# "X के (एक) प्रवक्ता", "X की ताजा रिपोर्ट", "X की ओर से जारी विज्ञप्ति": X owns what follows.
# "की ओर से रात में जारी संयुक्त बयान": up to three words of time or place may stand before "जारी".
_OWNED = regex.compile(r"\s+(?:(?:के|की|का)|की\s+ओर\s+से(?:\s+(?:[\p{L}\p{M}]+\s+){0,3}?(?:जारी|दाखिल))?"
                    r"|(?:की|का)\s+(?:[\p{L}\p{M}]+\s+){1,3}?(?:जारी|प्रकाशित)"  # "X की मंगलवार को जारी रिपोर्ट"
                    r"|द्वारा\s+(?:[\p{L}\p{M}]+\s+){0,3}?(?:जारी|दाखिल)"
                    r"|की\s+(?:तहरीर|शिकायत)\s+पर(?:\s+दर्ज(?:\s+(?:की|कराई)\s+गई)?)?)"
                    r"\s+(?:(?:एक|ताजा|ताज़ा|नई|नए|नया|जारी|संयुक्त|साझा|आधिकारिक|लिखित|मौखिक|विस्तृत|अंतरिम|वार्षिक|सालाना)\s+)*\Z")
# "X की मंगलवार को जारी रिपोर्ट", "X की ओर से जारी": X issued it (a patient's "X की रिपोर्ट" is only about X).
_ISSUED_BY = regex.compile(r"\s+(?:(?:की|का|के)(?:\s+ओर\s+से)?|द्वारा)\s+(?:[\p{L}\p{M}]+\s+){0,3}?(?:जारी|प्रकाशित)(?![\p{L}\p{M}])")
_DOUBLED = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)-\1\Z")  # "साफ-साफ", "धीरे-धीरे"
# "मुख्यमंत्री दुग्ध उत्पादक संबल योजना": a scheme named after an office, no person after a title.
_PROGRAMMES = frozenset(fold(w, normalized=True) for w in "योजना योजनाओं अभियान मिशन कार्यक्रम पुरस्कार सम्मान कोष निधि".split())
_NOT_BEFORE_BODY = frozenset(fold(w, normalized=True) for w in "रिपोर्ट आदेश पत्र नोटिस बयान चिट्ठी जवाब शिकायत".split())
ISSUER_DOCUMENTS = 3  # documents named last before a cue that are read for their issuer ("प्रस्ताव … पारित। प्रस्ताव में";
# "… ने आदेश जारी कर … अगले आदेश तक रोक लगा दी। आदेश में")
_STATEMENTS = frozenset(fold(w, normalized=True) for w in "बयान".split())  # a person's statement: their own words
_THOSE_OF = frozenset(fold(w, normalized=True) for w in "वालों वाले".split())  # "गांव वालों", "मोहल्ले वाले"
_OF_BODY = regex.compile(r"\s+(?:के|की)\s+\Z")
MAX_GENDER_MENTIONS = 20
_ALSO_CALLED = fold("उर्फ")
RECENT = 1000  # characters (about two paragraphs): a pronoun this soon after a sayer's quote goes on with them
LOOK_BACK = 90  # characters read leftwards for a name (six words and a title fit)
# What may stand between two words of one name: spaces, a hyphen, an initial's dot.
_JOIN = regex.compile(r"^[ \t\u00a0]*(?:[.\-][ \t\u00a0]*)?\Z|^['’]\Z")  # never across a line break ("ओ'ब्रायन": an apostrophe inside a name)
_INDEFINITE = frozenset(("एक", "कुछ", "कई"))
_PARTITIVE = regex.compile(r"में\s+से\s+एक\s+\Z")
@lru_cache(maxsize=65536)
def _key(word: str) -> str:
    """fold() of one word, remembered: the same few thousand words come back in every article."""
    return fold(word, normalized=True)


_ACRONYM = regex.compile(r"[A-Z]{2,6}")
_LETTER = regex.compile(r"[\p{L}\p{M}]")
_PARTICLE_BEFORE = regex.compile(r"([\p{L}\p{M}]+)\s+की\s+\Z")
_POSTPOSITION = regex.compile(r"\s+(?:ने|का|की|के|को|से|में|पर|और)(?![\p{L}\p{M}])")
_DEMONSTRATIVE = regex.compile(r"(?<![\p{L}\p{M}])(?:इस|उस|इसी|उसी)\s+\Z")
# A title followed by a name: "डॉक्टर एलन पैकी", "मुख्यमंत्री हेमंत सोरेन". Every word followed by a word is tried
# against the set (one simple pattern and a set lookup: an alternation of all the titles tried at every position is
# several times slower).
# (a title ends its line: a subhead's last word; a short qualifier in brackets may follow it: "एसपी (साइबर) दीपक रंजन")
_WORD_THEN_WORD = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]+)[^\S\n]+(?:\([^()\n]{1,40}\)[^\S\n]+)?(?=[\p{L}\p{M}])")
_TITLE_FORMS = frozenset(normalize(t) for t in TITLE_WORDS)


def titled(text: str) -> list[regex.Match]:
    """The titles of ``text`` that stand before a word (each match ends where that word starts)."""
    return [m for m in _WORD_THEN_WORD.finditer(text) if m.group(1) in _TITLE_FORMS]


_BRACKETED = regex.compile(r"\(\s*([^()\s]{2,12})\s*\)")
_SHORT_FORM = regex.compile(r"\s*\(([^()\s]{2,12})\)(?=\s+[\p{L}\p{M}])")
_GLOSS_THEN_POSTPOSITION = regex.compile(r"\s*\([^()]{1,60}\)\s+(?:ने|का|की|के|को|से|में|पर|और)(?![\p{L}\p{M}])")
# Officials' titles as Hindi news shortens them, and the long forms the same article may name the person with.
LONG_FORMS = {fold(k, normalized=True): v for k, v in {
    "एसपी": ("पुलिस अधीक्षक",), "एसएसपी": ("वरिष्ठ पुलिस अधीक्षक",), "डीएम": ("जिलाधिकारी", "जिला मजिस्ट्रेट"),
    "एसडीएम": ("उपजिलाधिकारी", "उप जिलाधिकारी"), "सीएम": ("मुख्यमंत्री",), "पीएम": ("प्रधानमंत्री",), "डीसी": ("उपायुक्त",),
    "सीओ": ("क्षेत्राधिकारी",), "सीएमओ": ("मुख्य चिकित्सा अधिकारी",), "बीडीओ": ("प्रखंड विकास पदाधिकारी", "खंड विकास अधिकारी"),
    "एसएचओ": ("थाना प्रभारी", "थानाध्यक्ष"), "डीजीपी": ("पुलिस महानिदेशक",), "वकील": ("अधिवक्ता",),
    "अधिवक्ता": ("वकील",), "डॉक्टर": ("डॉ",),
    # a headline's Latin title for the Devanagari one of the story ("CEO बोलीं-", "… सीईओ रितिका गोखले ने बताया")
    "CEO": ("सीईओ",), "CFO": ("सीएफओ",), "COO": ("सीओओ",), "CTO": ("सीटीओ",), "MD": ("एमडी",), "CMD": ("सीएमडी",)}.items()}
_TITLE_AND = regex.compile(r"(?:एवं|और|व|तथा)\s+(?=([\p{L}\p{M}]+)\s)")
_EVENTS = frozenset(fold(w) for w in "सम्मेलन कॉन्फ्रेंस कांफ्रेंस वार्ता बैठक".split())  # "संवाददाता सम्मेलन": no person
_K = fold("के")
_SUBJECT_CUE = regex.compile(r" (?:अपने|अपनी|अपना|\d{1,3} (?:साल|वर्ष))(?![\p{L}\p{M}])")
_TWO_WORDS_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])([\p{L}\p{M}]{2,}) ([\p{L}\p{M}]{2,})\Z")
_ORDINAL_ENDS = tuple(fold(w) for w in ("वीं", "वां", "वें"))  # "नौवीं", "दसवां"
_AUXILIARY = regex.compile(r"\s+(?:है|हैं|था|थे|थी|थीं|हूं|हूँ)(?![\p{L}\p{M}])")
_LOCATIVE = regex.compile(r"\s+(?:में|जिले|जिला|शहर|कस्बे|कस्बा|गांव|गाँव|इलाके"
                          r"|(?:के|की)\s+(?:सरकारी|राजकीय|मेडिकल|जिला|अस्पताल|कॉलेज|विश्वविद्यालय|स्कूल))(?![\p{L}\p{M}])")
# "रमेश सिसोदिया देवास में …", "आर्यन सैनी झुंझुनूं जिले के …", "सुनीता नेताम जगदलपुर के सरकारी मेडिकल कॉलेज में":
# the word before is a place
_HONORIFIC_ENDS = frozenset(fold(w, normalized=True) for w in "साहब साहिबा साहेब जी".split())
_WRITER = frozenset(fold(w, normalized=True) for w in "हमने मैंने हम मैं".split())  # the writer, outside any quotation
_FILED_BY = regex.compile(r"\s+(?:[\p{L}\p{M}]+\s+){0,2}?(?:दाखिल|दायर|पेश|जारी|लिखा|लिखी|लिखे|लिखकर|सौंपा|सौंपी|सौंपे|सौंपकर|भेजा|भेजी|भेजे|भेजकर|चस्पा)(?![\p{L}\p{M}])")
_ERGATIVE_AT = regex.compile(r"\s+ने\s+")
ERGATIVE_PRONOUN = regex.compile(r"(?<![\p{L}\p{M}])(?:उन्होंने|उन्होने|इन्होंने|उसने|इसने)(?![\p{L}\p{M}])")
_FIRST_WORD = regex.compile(r"[\p{L}\p{M}]+\.?")
_BESIDE = regex.compile(r"\s+(?:के\s+साथ|से|को)(?![\p{L}\p{M}])")
_ONE_OF = regex.compile(r"(\s+(?:के|की))?\s+(?:एक|किसी)\s+\Z")  # "मंत्रालय के एक प्रवक्ता": one left unnamed
# A verb stem's light verb ("दोनों नेता मुस्कुरा दिए"): the word before it is no name.
_LIGHT_VERB = regex.compile(r"\s+(?:दिए|दिया|दी|दीं|लिए|लिया|ली|लीं|गए|गया|गई|गईं|पड़े|पड़ा|पड़ी|उठे|उठा|उठी|बैठे|बैठा|बैठी)"
                            r"(?![\p{L}\p{M}])")
# An infinitive after a noun ("… रामदयाल बेदिया जवाब देने खड़े हुए"): the noun is its object, not a name's word.
_INFINITIVE = regex.compile(r"\s+(?:देने|करने|लेने|जाने|आने|बताने|कहने|सुनने|पहुंचने|रखने|मिलने|उठाने|मांगने|लगाने)"
                            r"(?![\p{L}\p{M}])")
# "मुख्य भूमिका निभाने वाली चंपा नेगी": a noun before a participle ("… निभाने वाली") is its object; the name comes after.
_PARTICIPLE = regex.compile(r"\s+[\p{L}\p{M}]+ने\s+(?:वाला|वाली|वाले|वालों)(?![\p{L}\p{M}])")
_PREDICATE = regex.compile(r"\s+कर(?:ते|ती|ता|तीं)(?![\p{L}\p{M}])")  # "रामनिवास मीणा खेती करते हैं": खेती is the work
_RANKS = frozenset(fold(w) for w in "अपर अतिरिक्त उप सहायक संयुक्त वरिष्ठ डिप्टी एडिशनल".split())
_DEPUTIES = _RANKS - {fold("वरिष्ठ")}  # ranks that make an office of their own ("डिप्टी गवर्नर" is no "गवर्नर")
_ASKED = regex.compile(r"(?<![\p{L}\p{M}])(?:पूछे\s+जाने\s+पर|पूछने\s+पर|पूछा\s+गया\s+कि|सवाल\s+(?:पर|के\s+जवाब\s+में))(?![\p{L}\p{M}])")
_OBLIQUE_PLURAL = ("ों", "ओं")  # "सूत्रों", "इलाकों"
_FEMININE_PLURAL = ("ियां", "ियाँ")  # "डायरियां", "कंपनियां"
# Plural nouns, no part of a name: "मुख्य भूमिकाएं कबीर राज और सिया नूर ने निभाईं", "उनकी अपनी डायरियां …".
PLURAL_NOUN_ENDS = ("ाएं", "ाएँ", *_FEMININE_PLURAL)
_GROUPS = frozenset(fold(w) for w in "टीम परिवार भीड़ समूह".split())  # "उनकी आठ सदस्यों की टीम ने …": no "वह"
# "होस्ट … ने जब उनसे पूछा कि …, तो मेघना हंस पड़ीं। उन्होंने कहा": who asks someone is not who answers.
ASKED = r"(?:उनसे|उससे|इनसे|[\p{L}\p{M}]+\s+से)\s+(?:[\p{L}\p{M}]+\s+){0,3}?(?:पूछा|सवाल\s+किया)(?![\p{L}\p{M}])"
_ASKS = regex.compile(r"\s+(?:जब\s+)?" + ASKED)
_FORMER = frozenset(fold(w) for w in "पूर्व तत्कालीन दिवंगत स्वर्गीय स्व निवर्तमान".split())
POINTERS = frozenset(fold(w) for w in "इसके इसमें इसकी".split())  # "इसके अनुसार", "इसमें कहा गया है": the document just named
OFFICE_HOLDER_REACH = 40  # characters after an office where its holder's name may stand
ISSUER_REACH, ISSUER_SENTENCES = 400, 3  # how far back that document may be named
PLURAL_PRONOUNS = frozenset(fold(w) for w in "उन्होंने उन्होने उनका उनकी उनके उनको उन्हें वे".split())
# (not "कहना है … अरांसिबिया का।", the sayer named after his words)
_NO_SUBJECT_AFTER = regex.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:का|की|के|को|से|में|पर)(?![\p{L}\p{M}])(?!\s*[।.?!])")
_GROUP_SPOKE = regex.compile(r"\s+ने\s+[^।?!.\n]{0,80}?(?<![\p{L}\p{M}])(?:कहा|बताया)(?![\p{L}\p{M}])")
_GROUP_SUBJECT = regex.compile(r"(?<=[\p{L}\p{M}](?:ों|ओं))\s+ने(?![\p{L}\p{M}])")  # "मजदूरों ने", "मछुआरों ने"
_PRESENT = regex.compile(r"(?<![\p{L}\p{M}])(?:मौजूद|उपस्थित|शामिल|साथ|पहुंच|पहुँच)")  # "… भी जुलूस में शामिल थीं"
# What an experiencer feels ("X को … नहीं दिखता", "X को उम्मीद है"): a "को" that marks the sentence's subject.
_EXPERIENCES = regex.compile(r"(?<![\p{L}\p{M}])(?:दिखता|दिखती|दिखते|लगता|लगती|लगते|उम्मीद|भरोसा|यकीन|अफसोस)(?![\p{L}\p{M}])")
EXPERIENCER_REACH, PRESENT_REACH = 80, 40  # characters between the subject's "को" or "भी" and the verb
# (also "… ने प्रिंसिपल X से बात की तो उनका कहना था": the one talked to, who answers)
_ASKED_WHOM = regex.compile(r"\s+से\s+(?:(?!से\s)[\p{L}\p{M}]+\s+){0,6}?(?:पूछा|सवाल\s+किया|(?:बात|बातचीत)\s+की\s*,?\s+तो"
                         r"|(?:प्रतिक्रिया|जवाब|राय)\s+(?:मांगी|मांगा)\s+(?:गई|गया)\s*,?\s+तो)(?![\p{L}\p{M}])")  # ("… प्रतिक्रिया मांगी गई, तो")
MAX_GROUP_WORDS = 4


def _group_phrase(text: str, end: int) -> str | None:
    """"हजारों मजदूरों", "करीब 200 छात्रों", "गांव के लोगों": the plural noun before ``end`` with its count or
    owner, when it names no one (a people noun, not a name that ends so: "ढिल्लों")."""
    words = list(WORD.finditer(text, max(0, end - 60), end))
    if not words:
        return None
    head = words[-1].group()
    if not (is_unnamed(head) or _key(head) in PEOPLE_NOUNS or head.endswith(("ियों", "ारों", "कों", "वालों"))):
        return None
    start = len(words) - 1
    while start > 0 and len(words) - start < MAX_GROUP_WORDS and (
            words[start - 1].group().isdigit() or _key(words[start - 1].group()) in _GROUP_LEAD):
        start -= 1
    return text[words[start].start() : words[-1].end()]


_GROUP_LEAD = frozenset(fold(w) for w in "हजारों सैकड़ों करीब लगभग कई सभी कुछ स्थानीय पारंपरिक नाराज".split())
_LAST_STOP = regex.compile(r"(?:[।?!\n]|\.(?!\d))[^।?!.\n]*\Z")  # a paragraph's end ends its sentence too
_GLOSS = regex.compile(r"\s*\([^()]{1,60}\)\s*$")  # "किम जोंग उन (Kim Jong Un) ने"
_QUOTES = "\"'“”‘’«»"
_LAST_WORD = regex.compile(r"(?r)[\p{L}\p{M}]+\Z")  # searched from the end (the regex module's reverse flag)
_WORD_BACK = regex.compile(WORD.pattern, regex.REVERSE)  # WORD's tokens, found from the end of the text backwards
_GLUE = regex.compile(r"[\p{N}\u200c\u200d]")  # what WORD keeps inside a word: then the last word is longer
# Any "name + postposition": the candidates a short form or a title can stand for.
_MARKER = regex.compile(r"\s+(?:ने|का|की|के|को|से|में|पर|और|द्वारा)(?=\s|$)|\s*[(),।.]")


@dataclass
class Name:
    text: str
    start: int
    end: int
    demonstrative: bool = False  # "इस संगठन": points back to a body named before
    owner: "Name | None" = None  # "स्वास्थ्य विभाग" of "स्वास्थ्य विभाग के प्रवक्ता" (a spokesperson's or a document's)

    @property
    def key(self) -> str:
        return fold(self.text, normalized=True)


def name_before(text: str, end: int) -> Name | None:
    """The name-like words of ``text`` that end at ``end``, titles dropped (None when there are none)."""
    base = max(0, end - LOOK_BACK)  # a bounded window: the work per name never grows with the text
    head = text[base:end]
    tail = head.rstrip()
    last = _LAST_WORD.search(tail)
    if last is not None and _key(last.group()) in STOP and not (last.start() and _GLUE.match(tail, last.start() - 1)):
        return None  # "सरकार के", "उन्होंने कहा कि": the word before the marker ends any name (the common case, found cheaply)
    if _DOUBLED.search(tail):
        return None  # "यहां साफ-साफ लिखा है": a word said twice is an adverb, never a name
    gloss = _GLOSS.search(head) if tail.endswith(")") else None  # (the pattern ends in "$": searched only when it can)
    if gloss:
        head = head[: gloss.start()]
    head = head.rstrip()
    quoted = bool(head) and head[-1] in _QUOTES  # "चैनल 'जनपथ न्यूज 24'": a name set in quotation marks
    head = head.rstrip(_QUOTES).rstrip()
    picked: list[regex.Match] = []
    indefinite = False
    for m in _WORD_BACK.finditer(head):  # from the marker leftwards: only the words the name can hold are read
        if picked and _key(picked[0].group()) in _JOINED_ENDS and len(picked) < MAX_NAME_WORDS and (
                _key(m.group()) in _BODY_JOINERS or _key(m.group()) == _AND_WORD and _field_before(head, m.start())
                and _key(picked[-1].group()) not in _OWN_MINISTRIES):
            picked.append(m)  # "खाद्य एवं रसद विभाग", "स्वास्थ्य और परिवार कल्याण मंत्रालय": a body's name may join two fields
            continue
        # "के. श्रीनिवास"; not "उम्र के. अधिकारियों": a plural is no name, so "के." ended a sentence there
        if len(picked) == 1 and _key(m.group()) in _NOT_BEFORE_BODY and _key(picked[0].group()) in BODY_WORDS:
            break  # "कोई रिपोर्ट विभाग के पास नहीं": a document's word before a body's kind is no part of its name
        if picked and m.group().endswith(PLURAL_NOUN_ENDS):
            break  # "उनकी अपनी डायरियां गोलकुंडा विश्वविद्यालय को": a plural noun ends the words before a name
        if picked and m.group() == picked[-1].group() and head[m.end() : picked[-1].start()] == "-":
            picked.pop()
            break  # "जाते-जाते शकुंतला": a word said twice is an adverb, never a name's
        initial = picked and head[m.end() : m.end() + 1] == "." and m.group() in LETTER_NAMES \
            and not picked[-1].group().endswith(_OBLIQUE_PLURAL)
        if not initial and _key(m.group()) in STOP or len(picked) >= MAX_NAME_WORDS:
            indefinite = bool(picked) and _key(m.group()) in _INDEFINITE
            break
        gap = head[m.end() : picked[-1].start()] if picked else ""
        chained = initial and gap == "." and picked[-1].group() in LETTER_NAMES  # "एस.के. वर्मा": initials run together
        if picked and not chained and (not _JOIN.match(gap.strip(_QUOTES)) or "." in gap and (
                len(m.group()) > 2 or gap.endswith(".") or len(m.group()) == 2 and m.group() not in LETTER_NAMES
                and m.group() not in HINDI_ABBREVIATIONS and _key(m.group()) not in TITLES)):
            break  # punctuation between, or a full stop that is not an initial's ("पी. चिदंबरम", "मो. सलीम"; not
            # "दी.गृहमंत्री", "जानकारी दी. राज्य स्वास्थ्य विभाग")
        if m.group().isdigit() and (not picked and not quoted or len(picked) > 1 or "-" in gap):
            break  # (a list item's number: "7 -पीएम ने कहा", "5- सूत्रों के अनुसार")
        if _key(m.group()) in NUMBER_WORDS and not quoted:
            return None  # "… तीन दिन की यात्रा": the words read were a count's, not a name
        if picked and _key(m.group()) in PRONOUNS:
            break  # "उन्होंने बीबीसी से": the name is बीबीसी
        picked.append(m)
    while picked and _key(picked[-1].group()) in _BODY_JOINERS:
        picked.pop()  # a joiner opens no name
    if not picked:
        return None
    picked.reverse()
    titled = [_glued_title(_key(m.group())) for m in picked]
    # The name starts after the last title or description ("शोधकर्ता डॉक्टर फियोना मैथ्यूज" → "फियोना मैथ्यूज"); a
    # body's name keeps them ("केंद्रीय माध्यमिक शिक्षा बोर्ड", "श्री विंध्यवासिनी मंदिर न्यास").
    body = _key(picked[-1].group()) in BODY_WORDS
    # A name set in quotation marks is whole ("'पाटलिपुत्र प्रहरी'" holds no "…पुत्र" title): only words before the marks drop.
    opening = max(map(head.rfind, _QUOTES)) if quoted else len(head)
    # An office named by its holder's title keeps the title ("मुख्य निर्वाचन अधिकारी कार्यालय", "प्रधानमंत्री कार्यालय").
    seat = _key(picked[-1].group()) in SEATS
    union = _key(picked[-1].group()) in _NAME_ENDS
    keep = 0 if seat else max((i + 1 for i, t in enumerate(titled[:-1]) if t and picked[i].end() <= opening
                               and not ((body or union) and _key(picked[i].group()) in _BODY_TITLES
                                        or (union or body and _key(picked[-1].group()) not in _SURNAMES_TOO)
                                        and _key(picked[i].group()) in _MEMBERS)), default=0)
    last = len(picked) - 1
    if (body or union) and 0 < keep < last and not any(titled[keep:last]) \
            and last - keep + 1 >= (3 if _key(picked[last].group()) in _SURNAMES_TOO else 2):
        keep -= 1  # "साथी संवाद फाउंडेशन", "पाटलिपुत्र नगर परिवहन निगम": a title opening a body's own name of two words or more
    if keep == last and keep > 0 and _key(picked[last].group()) in _HONORIFIC_ENDS:
        keep -= 1  # "डॉक्टर साहब ने कहा": the title with its honorific, not the honorific alone
    elif keep == last and keep > 0 and _key(picked[keep - 1].group()) in _DEPUTIES:
        keep -= 1  # "डिप्टी गवर्नर ने कहा": a deputy's office, not the office alone
    while 0 < keep < len(picked) - 1 and titled[keep - 1] and _key(picked[keep].group()) in PORTFOLIOS:
        keep += 1  # "उप संचालक कृषि आलोक श्रीवास्तव": the office's field after the title is no part of the name
    if keep == 0 and len(picked) > 2 and _key(picked[0].group()) in _FIELDS and _JOINED_FIELD.search(head, 0, picked[0].start()):
        keep = 1  # "प्रमुख सचिव स्वास्थ्य एवं चिकित्सा अमित मोहन प्रसाद": the second field of the office, not the name's
    while 0 < keep < len(picked) - 2 and titled[keep - 1] and _key(picked[keep].group()) in WINGS:
        keep += 1  # "एसपी ट्रैफिक मनोज अवस्थी": nor its wing
    if 0 < keep <= last and titled[keep - 1] and all(_key(m.group()) in WINGS for m in picked[keep : last + 1]):
        keep = last = keep - 1  # "एसपी साइबर बोले-": the office's wing and no name after it; the title stands for its holder
    office = any(_key(m.group()) in OFFICES for m in picked[keep:])  # "जिला शिक्षा अधिकारी", "लंका थाना प्रभारी"
    while last > keep + 1 and titled[last] and not office:  # "चेइम कानिवेस्की नेता", not "बीबीसी संवाददाता"
        last -= 1
    start, stop = picked[keep].start(), picked[last].end()
    pointing = keep == 0 and _DEMONSTRATIVE.search(head[:start]) is not None
    if indefinite and _PARTITIVE.search(head, 0, picked[0].start()) and not any(titled) \
            and not any(_key(m.group()) in PEOPLE_NOUNS or _key(m.group()) in UNNAMED for m in picked):
        indefinite = False  # "इनमें से एक रेखा कहती हैं": one of them, by name
    if indefinite and (keep == 0 or all(t or _key(m.group()) in BODY_WORDS for t, m in zip(titled[keep : last + 1], picked[keep : last + 1]))):
        # "एक शुक्राणु वैज्ञानिक", "एक अधिशासी अभियंता": somebody the article does not name
        start = picked[0].start()
        start = max(head.rfind(c, 0, start - 1) for c in " \n.।") + 1  # "था.एक सुरक्षा विशेषज्ञ": from the full stop
    name = Name(head[start:stop], base + start, base + stop, pointing)
    if len(picked) == 1 and keep == 0 and head[:start].rstrip().endswith(","):
        # "मौसम विज्ञान केंद्र, रांची के मुताबिक": the city written after a body's name, with a comma, is part of it
        body = name_before(text, base + len(head[:start].rstrip()) - 1)
        if body is not None and len(WORD.findall(body.text)) >= 2 and _key(WORD.findall(body.text)[-1]) in BODY_WORDS:
            return Name(text[body.start : name.end], body.start, name.end)
        if body is not None and not is_body(body.text) and fold(body.text) not in place_names() and _key(name.text) not in TITLES \
                and (title := WORD_BEFORE.search(text, max(0, body.start - 30), body.start)) is not None \
                and _key(title.group(1)) in TITLES:
            return body  # "डीजीपी एच.सी. अवस्थी, लखनऊ ने बताया": the titled officer, written with his city
    last_key = _key(picked[last].group())
    if last_key in DOCUMENTS or last_key in SPOKESPERSONS and (start == picked[last].start() or indefinite):
        # "प्रवक्ता", "एक प्रवक्ता", "… की विज्ञप्ति": whose they are
        m = _OWNED.search(text, max(0, name.start - LOOK_BACK), name.start)
        name.owner = name_before(text, m.start()) if m else None
    return name


_LONG_TITLES = tuple(t for t in TITLES if len(t) >= 5)


def _glued_title(word: str) -> bool:
    """A title glued to the word before it by a crude scrape ("प्रतिक्रियागृहमंत्री")."""
    return word in TITLES or (len(word) > 7 and word.endswith(_LONG_TITLES))


def name_after(text: str, start: int) -> Name | None:
    """The name-like words right after ``start`` (a sayer after its verb, as headlines write it)."""
    picked: list[regex.Match] = []
    end = min(len(text), start + 200)
    for m in WORD.finditer(text, start, end):
        gap = text[picked[-1].end() if picked else start : m.start()]
        key = _key(m.group())
        if key in STOP and not (key == _K and picked and picked[-1].group() in LETTER_NAMES and _initial_k(text, m.end(), end)) \
                or len(picked) >= MAX_NAME_WORDS or not _JOIN.match(gap):
            break
        if m.group().isdigit():
            break  # "प्रमुख इंडेक्स सेंसेक्स 3,000 अंक": a number is no part of a name
        if not picked and (key in PRONOUNS or key in NUMBER_WORDS or key.endswith(PLURAL_NOUN_ENDS + _OBLIQUE_PLURAL)):
            return None  # "… के पिता। उन्होंने आरोप लगाया", "… कुमारी दो हफ्ते से": no name follows
        if picked and (key in _AFTER_NAME or key in NUMBER_WORDS or key in DOCUMENTS
                       or key in _RELATIONS and key not in FEMININE_NAME_ENDS  # "रमेश साहू बेटी का नाम …"
                       or key.endswith(("ों", "ओं", "ें")) and _key(picked[-1].group()) not in _MIDDLE_NAMES
                       or key.endswith(_ORDINAL_ENDS) or _AUXILIARY.match(text, m.end())
                       or len(picked) >= 2 and (_LOCATIVE.match(text, m.end()) or _PREDICATE.match(text, m.end())
                                                or _INFINITIVE.match(text, m.end()))):
            break  # "पूनम थापा घरों में …", "सुनीता पटले रोज …", "हर्षित चंद्राकर लगातार …", "रुखसाना नौवीं कक्षा …",
            # "… मेघवाल भेड़ें चराते हैं" (a plural, and the word before an auxiliary, the predicate), "रमेश सिसोदिया
            # देवास में …" (a third word before में is where the person is): the name has ended
        if picked and "." in gap and len(picked[-1].group()) > 2:
            break
        if _LIGHT_VERB.match(text, m.end()) or _PARTICIPLE.match(text, m.end()):
            break  # "नेता मुस्कुरा दिए": a verb, and the words before it (if any) the name
        if picked and _PLACE_KIND_NEXT.match(text, m.end()):
            break  # "उपनेता सुरेंद्र पंवार चमोली जिले के …": the word before a place's kind is the place
        picked.append(m)
        if len(picked) > 1 and key in FEMININE_NAME_ENDS:
            break  # "रीना देवी", not "रीना देवी आंगन …": the name ends there
    if not picked:
        return None
    return Name(text[picked[0].start() : picked[-1].end()], picked[0].start(), picked[-1].end())


_AGED_NAME = regex.compile(r"(?<!\d)\d{1,3}\s+(?:साल|वर्ष|वर्षीय|वर्षीया)\s+(?:(?:की|के|का)\s+)?([\p{L}\p{M}]{2,})\s+([\p{L}\p{M}]{2,})")
INTRODUCED_SENTENCES = 2  # sentences back where the person "इनका" points to may be introduced
_GOES_ON_ABOUT = regex.compile(r"\s*(?:उनके|उनकी|उनका|इनके|इनकी|इनका|उन्हें|इन्हें)(?![\p{L}\p{M}])")  # "उनके सिर पर …"
INTRODUCED_WITHIN = 8  # words at the opening of a sentence where the person it introduces may stand ("नालंदा के X …")
PROXIMAL = frozenset(fold(w) for w in "इनका इनकी इनके इन्होंने".split())  # "this one's": the person just introduced
_ANY_CUE = compile_words(rf"_|(?<![\p{{L}}\p{{M}}])(?:{SAY}|{SPEECH_ACT}|{OPINION}|मुताबिक|अनुसार)(?![\p{{L}}\p{{M}}])")
_DESCRIBED = frozenset(fold(w) for w in "वाले वाली वाला रहे रही रहा".split())  # a participle's phrase before a name
_DISTAL_OWN = frozenset(fold(w) for w in "उनका उनकी उनके".split())  # "उनका कहना है": also one just introduced
TAG_REACH = 50  # characters read either side of a name for the tagger (its features look two words away)


def _tagged_name(text: str, name: Name) -> str:
    """A name of three words or more read after a title, cut where the tagger's person ends when it ends sooner
    ("दीपिका सोनकर विशिष्ट अतिथि के रूप में": a noun after the name); two words at least are kept."""
    if not model_available() or text.count(name.text) > 1:
        return name.text  # (a name the article writes twice so is a name: "किम जोंग उन")
    # (its sentence, and no more than a few words either side: a page that ends sentences with full stops)
    start = max(max(text.rfind(c, 0, name.start) for c in "।?!.\n") + 1, name.start - TAG_REACH)
    stop = min(min((i for i in (text.find(c, name.end) for c in "।?!\n") if i >= 0), default=len(text)), name.end + TAG_REACH)
    tokens = list(TOKEN.finditer(text, start, stop))
    at = next((i for i, t in enumerate(tokens) if t.start() == name.start), None)
    if at is None or len(tokens) > MAX_SENTENCE:
        return name.text
    tags = tag([t.group() for t in tokens])
    if tags[at] == "O":
        # "बेटा अंकित सैनी ओश स्टेट मेडिकल यूनिवर्सिटी में": the name ends where a body or a place the tagger finds begins
        inside = [i for i in range(at, len(tokens)) if tokens[i].start() < name.end]
        k = next((i for i in inside[2:] if tags[i] in ("B-ORG", "B-LOC")), None)
        if k is None or any(tags[i] == "O" for i in inside if i > k):
            return name.text
        return text[name.start : tokens[k - 1].end()]
    last = at
    while last + 1 < len(tokens) and tags[last + 1] == "I-PER":
        last += 1
    end = tokens[last].end()
    rest = WORD.findall(text, end, name.end)
    if last == at or end >= name.end or not text[end : end + 1].isspace() or any(fold(w) in place_names() for w in rest):
        return name.text  # ("रेणुका एस. पाठक": an initial's stop; "हरफूल सिंह ढाका": a surname that is a place's name too)
    return text[name.start : end]


def _initial_k(text: str, at: int, end: int) -> bool:
    """"डॉ. एन के गुप्ता": के after an initial is the initial K when a name's word follows it, not the postposition."""
    nxt = WORD.search(text, at, end)
    return nxt is not None and _key(nxt.group()) not in STOP and _JOIN.match(text[at : nxt.start()]) is not None


def untitled(name: Name | None) -> Name | None:
    """The name without the titles it opens with (a second title after the one read past)."""
    if name is None:
        return None
    words = list(WORD.finditer(name.text))
    k = 0
    while k < len(words) - 1 and (_key(words[k].group()) in TITLES
                                  or k < len(words) - 2 and (_key(words[k].group()) in PORTFOLIOS or _key(words[k].group()) in WINGS)):
        k += 1  # (and an office's field: "संचालक" + "कृषि आलोक श्रीवास्तव"; a police wing: "एसपी" + "ट्रैफिक मनोज अवस्थी")
    if k == 0:
        return name
    return Name(name.text[words[k].start():], name.start + words[k].start(), name.end)


_JI = regex.compile(r"\s+जी\Z")  # "सत्यनारायण पारीक जी": the honorific after a name is not in it
_JI_KEY = fold("जी", normalized=True)


def _person_part(name: Name | None) -> Name | None:
    """A person's name read after their title ends before a body's word: "पिता राजकुमार सहनी अस्पताल के बरामदे में",
    "… सिद्धार्थ मेहरोत्रा बोर्ड में शामिल होंगे"."""
    if name is None:
        return None
    words = list(WORD.finditer(name.text))
    cut = next((k for k in range(2, len(words)) if _key(words[k].group()) in BODY_WORDS), None)
    if cut is None or _key(words[cut].group()) in _NAME_ENDS:
        return name  # "अभ्यर्थी संघर्ष मोर्चा": the words are a body's own name, not a person's before an institution
    end = words[cut - 1].end()
    return Name(name.text[:end], name.start, name.start + end, name.demonstrative, name.owner)


def is_pronoun(name: Name | None) -> bool:
    return name is not None and name.key in PRONOUNS


def is_media(text: str) -> bool:
    keys = [_key(w) for w in WORD.findall(text)]
    return any(k in MEDIA_WORDS and (k != _AGENCY or i == 0 or keys[i - 1] in _NEWS) for i, k in enumerate(keys)) \
        or bool(_ACRONYM.fullmatch(text.strip()))


# "समाचार एजेंसी पीटीआई" is a medium, and so is a weather agency giving forecasts ("निजी मौसम एजेंसी 'मौसम मित्र'");
# "राष्ट्रीय अंतरिक्ष अनुसंधान एजेंसी", "प्रवर्तन एजेंसी" are bodies.
_AGENCY = fold("एजेंसी", normalized=True)
_NEWS = frozenset(fold(w, normalized=True) for w in "समाचार न्यूज न्यूज़ संवाद मौसम".split())


def is_outlet(text: str) -> bool:
    """A medium, not a body whose name holds a study's word ("समावेशी विकास अध्ययन केंद्र", a think tank)."""
    keys = [_key(w) for w in WORD.findall(text)]
    return is_media(text) and not (keys and keys[-1] in BODY_WORDS and not any(k in MEDIA_WORDS and k not in _FINDINGS for k in keys))


_FINDINGS = frozenset(fold(w, normalized=True) for w in "अध्ययन सर्वे सर्वेक्षण".split())


def is_body(text: str) -> bool:
    # (a traders' body, "तिलहर व्यापार मंडल"; "मंडल" alone is a surname and a division too)
    return any(_key(w) in BODY_WORDS for w in WORD.findall(text)) or _TRADERS.search(text) is not None


_TRADERS = regex.compile(r"(?:व्यापार|उद्योग|व्यापारी)\s+मंडल(?![\p{L}\p{M}])")


def is_title(text: str) -> bool:
    """"डीआरएम", "मुख्य शोधकर्ता": a sayer named by titles alone."""
    words = WORD.findall(text)
    return bool(words) and all(_key(w) in TITLES for w in words)


_PLACE_KIND_NEXT = regex.compile(r"\s+(?:जिले|जिला|जनपद|प्रखंड|ब्लॉक|तहसील|कस्बे|गांव|गाँव)(?![\p{L}\p{M}])")
_AND = regex.compile(r"\s+और\s+")
_BOTH = "दोनों"
_SIDES = regex.compile(r"दोनों\s+(?:पक्ष|पक्षों|देश|देशों|सरकारों|टीमों|दलों)(?![\p{L}\p{M}])")  # sides, not a pair of people
_ERGATIVE_AT = regex.compile(r"\s+ने(?=\s)")
PAIR_REACH = 800  # characters before "दोनों ने" where the pair it stands for is looked for
_PAIR_BREAK = regex.compile(r"[,।;:?!\"“”\n]|\.\s|\.(?=[\p{L}\p{M}]{2})")  # (a clause or a sentence ends between, "हैं.संजय" too: no pair)
MAX_PAIR_GAP_WORDS = 10  # words between "और" and the second name (the second person's description)


def first_of_pair(text: str, second: Name) -> Name | None:
    """"X और Y ने …": two named people who speak together; the first named (None when the words before "और" name nobody:
    "सह-संस्थापक और सीईओ अदिति कुलकर्णी" is one person, "दिल्ली और मुंबई पुलिस" a place's)."""
    if is_pronoun(second) or is_title(second.text) or is_unnamed(second.text):
        return None
    lo = max(0, second.start - LOOK_BACK)
    join = None
    for join in _AND.finditer(text, lo, second.start):
        pass
    if join is None or _PAIR_BREAK.search(text, join.end(), second.start + 2) \
            or len(WORD.findall(text[join.end() : second.start])) > MAX_PAIR_GAP_WORDS:
        return None
    first = name_before(text, join.start())
    if first is None or text[: first.start].rstrip().endswith(",") or is_pronoun(first) or is_title(first.text) or is_unnamed(first.text) \
            or any(_key(w) in TITLES or _key(w) in STOP for w in WORD.findall(first.text)) or fold(first.text) in place_names() \
            or is_body(first.text) != is_body(second.text):
        return None
    return first


def is_unnamed(text: str) -> bool:
    """"सूत्रों", "एक अधिकारी", "विशेषज्ञों": a sayer the article does not name (a plural in -ों is a group)."""
    words = WORD.findall(text)
    plural = words[-1].endswith(_OBLIQUE_PLURAL) or len(words) == 1 and words[0].endswith(_FEMININE_PLURAL) if words else False
    if plural and len(words) >= 2 and fold(words[-2], normalized=True) in _MIDDLE_NAMES:
        plural = False  # "सुखदेव सिंह ढिल्लों": a surname in -ों after a middle name
    return bool(words) and (fold(words[0], normalized=True) in UNNAMED or plural
                            or fold(words[-1], normalized=True) in PEOPLE_NOUNS)  # "बच्चे ने उन्हें बताया"


_MIDDLE_NAMES = frozenset(fold(w, normalized=True) for w in "सिंह सिंघ कौर".split())


# A district's, a city's or a state's office ("जिला शिक्षा अधिकारी", "नगर निगम आयुक्त", "थाना प्रभारी"): a designation
# that starts with one of these and ends in a title names an office, not a person.
# A minister's portfolio before the title: "अल्पसंख्यक कार्य मंत्री", "उपभोक्ता मामले मंत्री" are titles, not a name and a title.
PORTFOLIOS = frozenset(fold(w) for w in "कार्य मामले मामलों कल्याण स्वास्थ्य वित्त गृह रक्षा विदेश कृषि खाद्य ऊर्जा परिवहन "
                       "राजस्व उद्योग वाणिज्य श्रम रेल पर्यटन संस्कृति पर्यावरण प्रसारण संसदीय आवास खनिज खनन आपूर्ति ड्रग".split())
_ORDERS = frozenset(fold(w) for w in "आदेश आदेशों निर्देश अधिसूचना परिपत्र सर्कुलर".split())  # what an officer issues in person
_FIELDS = PORTFOLIOS | frozenset(fold(w) for w in "चिकित्सा शिक्षा".split())
# "<title> <field> एवं " before the second field of an office
_JOINED_FIELD = regex.compile(r"(?<![\p{L}\p{M}])[\p{L}\p{M}]+\s+(?:एवं|और|व|तथा)\s+\Z")
# A portfolio after a secretary's title, before the name: "प्रमुख सचिव स्वास्थ्य एवं चिकित्सा अमित मोहन प्रसाद".
_PORTFOLIO_AFTER = regex.compile(r"\s*(?:" + "|".join(sorted(_FIELDS, key=len, reverse=True))
                                 + r")(?:\s+(?:एवं|और|व|तथा)\s+[\p{L}\p{M}]+)?(?=\s)")
# A police office's wing after its title ("एसपी सिटी", "एसपी (साइबर)", "डीसीपी क्राइम").
WINGS = frozenset(fold(w) for w in "साइबर सिटी ग्रामीण देहात ट्रैफिक ट्रैफ़िक यातायात क्राइम अपराध शहर शहरी".split())
OFFICES = frozenset(fold(w) for w in "जिला जिले राज्य प्रदेश नगर निगम ब्लॉक प्रखंड अंचल अनुमंडल तहसील थाना कोतवाली चौकी मंडल क्षेत्रीय विकास".split()) | PORTFOLIOS


# Adverbs that follow a name in running text and never stand in one.
_AFTER_NAME = frozenset(fold(w) for w in "देर सुबह शाम दोपहर रात बोर्ड रोज रोजाना लगातार हमेशा अक्सर अचानक सीधे खुद स्वयं फिलहाल अभी पहले याद दोनों दोनो "
                       "नया नए नई पुराना पुराने पुरानी सुनवाई चला खाली "  # "सौरभ राज नए कार्ड से खुश दिखे"
                       "पश्चिमी पूर्वी उत्तरी दक्षिणी".split())  # ("… फरहाना सिद्दीकी पश्चिमी भारत में …")
_NAME_ENDS = frozenset(fold(w) for w in "मोर्चा पार्टी दल संघ महासंघ समिति मंच परिषद फाउंडेशन ट्रस्ट यूनियन एसोसिएशन".split())
_BODY_JOINERS = frozenset(fold(w) for w in "एवं तथा".split())
_AND_WORD = fold("और")
# Fields a ministry's or department's name joins with "और" ("सूचना और प्रसारण मंत्रालय"; not "पुलिस और स्वास्थ्य विभाग",
# two bodies).
_JOINED_FIELDS = frozenset(fold(w) for w in "स्वास्थ्य शिक्षा खाद्य सूचना विज्ञान महिला युवा विधि न्याय वाणिज्य उद्योग पर्यावरण "
                                            "ग्रामीण श्रम संस्कृति पर्यटन कृषि".split())
_OWN_MINISTRIES = frozenset(fold(w) for w in "गृह वित्त रक्षा विदेश रेल स्वास्थ्य शिक्षा कृषि".split())  # "स्वास्थ्य और गृह मंत्रालय": two


def _field_before(head: str, at: int) -> bool:
    word = WORD_BEFORE.search(head, max(0, at - 30), at)
    return word is not None and _key(word.group(1)) in _JOINED_FIELDS

_LEGAL_ENDS = frozenset(fold(w) for w in "लिमिटेड लिमिटेड़ लि".split())
SEATS = frozenset(fold(w) for w in "कार्यालय दफ्तर दफ़्तर सचिवालय".split())  # an office's seat, named after its holder
_BODY_TITLES = frozenset(fold(w) for w in "केंद्रीय श्री राष्ट्रीय ग्रामीण जनरल".split())  # "केंद्रीय … बोर्ड": part of a body's name
# Titles that name the members of an association ("गन्ना किसान एकता यूनियन", "शिक्षक संघ"): kept in its name.
_MEMBERS = frozenset(fold(w) for w in "किसान मजदूर व्यापारी छात्र शिक्षक".split())
# Also a department's ("किसान कल्याण तथा कृषि विकास विभाग"), unless its last word is a surname too ("छात्र शिवम निगम").
_RELATIONS = FEMININE_TITLES | MASCULINE_TITLES  # relations and gendered titles: a new noun after a name
_SURNAMES_TOO = frozenset(fold(w) for w in "निगम".split())
# A body's name that joins two fields ends in one of these ("खाद्य एवं रसद विभाग", "अग्निशमन एवं आपात सेवा").
_JOINED_ENDS = BODY_WORDS | _NAME_ENDS | frozenset(fold(w) for w in "सेवा सेवाएं".split())
# A body's kind before its name, with up to two words that qualify it ("क्षेत्रीय संगठन कैरिकॉम").
_KIND_BEFORE = regex.compile(r"(?:[\p{L}\p{M}]+\s+){0,2}?(?:संगठन|संस्था|कंपनी|एजेंसी|चैनल|अख़बार|अखबार|पत्रिका|स्टार्टअप|थिंक\s+टैंक|"
                          r"ब्रोकरेज\s+(?:हाउस|फर्म)|(?:निवेश|परामर्श|कानूनी|शोध|ऑडिट)\s+फर्म|"
                          r"(?:विपक्षी|सत्तारूढ़|सत्ताधारी)\s+दल|फ्रेंचाइजी|फ्रेंचाइज़ी)\s+(?=[\p{L}\p{M}])")  # "विपक्षी दल राष्ट्रीय जनहित मोर्चा"


def _is_party(name: str, keys: list[str]) -> bool:
    return keys[-1] in PARTIES or len(keys) > 1 and keys[-1] in _PARTY_ENDS


def _is_paper(name: str, keys: list[str]) -> bool:
    return is_media(name) and not any(k in _FINDINGS for k in keys) and keys[-1] not in _PAPER_KINDS and keys[-1] not in DOCUMENTS


def _is_named_body(name: str, keys: list[str]) -> bool:
    return len(keys) > 1 and is_body(name) or bool(_ACRONYM.fullmatch(name.strip()))


_PARTY_KINDS = frozenset(fold(w) for w in "पार्टी दल".split())
_PARTY_ENDS = _PARTY_KINDS | frozenset(fold(w) for w in "मोर्चा कांग्रेस".split())
_PAPER_KINDS = frozenset(fold(w) for w in "अखबार अख़बार पत्रिका चैनल खबर ख़बर".split())
_BODY_KINDS = frozenset(fold(w) for w in "संगठन संस्था एजेंसी".split())
# A body named by its kind alone ("पार्टी ने कहा", "अखबार लिखता है", "संस्था ने कहा"): the one of that kind the article
# named last.
_BARE_KINDS = {**{k: _is_party for k in _PARTY_KINDS}, **{k: _is_paper for k in _PAPER_KINDS},
               **{k: _is_named_body for k in _BODY_KINDS}}


_BODY_KIND = regex.compile(r"(?:संस्था|संगठन)\s+(?=[\p{L}\p{M}])")


def without_kind(text: str) -> str:
    """"संस्था नैको" → "नैको": a body's name without the word for a body written before it (not a word that may open
    a name: "स्टार्टअप पल्स")."""
    kind = _BODY_KIND.match(text)
    return text[kind.end() :] if kind else text


SPOKESPERSONS = frozenset(fold(w) for w in "प्रवक्ता जनसंपर्क पीआरओ टीम spokesperson".split())  # ("विभाग की टीम का कहना है")
RELATIVES = frozenset(fold(w) for w in "मां माँ पिता पत्नी पति बेटा बेटी बेटे भाई बहन दादा दादी नाना नानी चाचा मामा जेठ देवर जीजा ससुर सास ननद जेठानी देवरानी साथी दोस्त मित्र सहेली पड़ोसी परिवार परिजन".split())
_POSSESSIVES = frozenset(fold(w) for w in "मेरी मेरा मेरे हमारी हमारा हमारे उसकी उसका उसके उनकी उनका उनके अपनी अपना अपने "
                                          "बड़े बड़ी बड़ा छोटे छोटी छोटा".split())  # ("बड़े भाई": a relative, unnamed)


def is_relative(text: str) -> bool:
    """"मां", "मेरी मां", "उनके पिता": a relative the article does not name."""
    words = [_key(w) for w in WORD.findall(text)]
    return bool(words) and words[-1] in RELATIVES and all(w in _POSSESSIVES for w in words[:-1])


def is_designation(text: str) -> bool:
    """An office's name: "जिला शिक्षा अधिकारी", "लंका थाना प्रभारी"."""
    words = [fold(w, normalized=True) for w in WORD.findall(text)]
    return len(words) > 1 and words[-1] in TITLES and any(w in OFFICES for w in words)


def is_body_office(text: str) -> bool:
    """A body's office: "बोर्ड सचिव", "पुलिस उपायुक्त"."""
    words = [fold(w, normalized=True) for w in WORD.findall(text)]
    return len(words) > 1 and words[-1] in TITLES and any(w in _OFFICE_BODIES for w in words[:-1])


# Bodies whose name before a title makes an office ("बोर्ड सचिव", "पुलिस अधिकारी"; not "संयुक्त आयुक्त", a rank).
_OFFICE_BODIES = BODY_WORDS - frozenset(fold(w, normalized=True) for w in "संयुक्त केंद्र".split())



def is_document(text: str) -> bool:
    words = WORD.findall(text)
    # (not a body whose name ends in one: "इंडियन काउंसिल ऑफ मेडिकल रिसर्च")
    return bool(words) and fold(words[-1], normalized=True) in DOCUMENTS and not (len(words) > 2 and is_body(text))


class Speakers:
    """Resolves the sayers of one article: pronouns to the last person named, short forms to full names."""

    def __init__(self, text: str, masked: str | None = None, body_start: int = 0) -> None:
        """``masked``: the same text with quoted passages blanked, so that names inside quotes are not read;
        ``body_start``: where the story starts after its headline."""
        self.text = text
        self.body_start = body_start
        self.masked = masked or text
        self.mentions: list[tuple[int, str]] = []
        self.candidates: Counter = Counter()
        self.first: dict[str, int] = {}
        self.subjects: list[tuple[int, str]] = []  # (position, name) of every "X ने", for pronouns
        placed: list[tuple[int, str]] = []
        for m in _MARKER.finditer(masked or text):
            name = name_before(text, m.start())
            if name and m.group().strip() in ("के", "की") and len(words := WORD.findall(name.text)) >= 3 \
                    and _LOCATIVE.match(text, name.end):
                # "सुनीता नेताम जगदलपुर के सरकारी मेडिकल कॉलेज में": the last word is where the person works
                cut = name.text.rfind(words[-1])
                name = Name(name.text[:cut].rstrip(), name.start, name.start + len(name.text[:cut].rstrip()))
            elif name and len(WORD.findall(name.text)) >= 3 and not is_body(name.text) \
                    and (title := WORD_BEFORE.search(text, max(0, name.start - 30), name.start)) is not None \
                    and _key(title.group(1)) in TITLES and (tagged := _tagged_name(text, name)) != name.text:
                name = Name(tagged, name.start, name.start + len(tagged))  # "कलेक्टर दीपिका सोनकर विशिष्ट अतिथि के रूप में"
            if name and m.group().strip() == "से" and any(_key(w) in _INTENSIFIERS for w in WORD.findall(name.text)):
                name = None  # "सुधीर बड़े गर्व से": a manner, no name
            if name and name.key not in PRONOUNS and len(name.text) > 1:
                self.candidates[name.text] += 1
                self.first.setdefault(name.text, m.start())
                if m.group().strip() == "ने" and not is_unnamed(name.text) and not is_document(name.text) \
                        and not any(_key(w) in PRONOUNS for w in WORD.findall(name.text)) \
                        and not _ASKS.match(self.masked, m.end()) \
                        and _key(name.text) not in _GROUPS:  # "फिनलैंड ने …": a country is nobody "वह" points to
                    if fold(name.text) not in place_names():
                        self.subjects.append((m.start(), name.text))
                    elif " " not in name.text:
                        placed.append((m.start(), name.text))  # "ढाका ने …": a place's name, or a surname (below)
        # A place's one-word name as a subject is a person when the article gives someone that surname ("रामनिवास ढाका
        # … ढाका ने कहा"), not a city.
        self.subjects += [(pos, n) for pos, n in placed if any(c.endswith(" " + n) for c in self.candidates)]
        self.last: str | None = None
        self.last_at = -1
        self.last_body: str | None = None
        self.in_document = False  # the last sayer spoke through a document ("विज्ञप्ति में कहा गया है कि")
        self.last_person: str | None = None  # the last sayer who is no body
        self.reported: list[tuple[int, int]] = []  # spans of reported clauses, sorted (set by the quote step)
        self.salient: str | None = None
        # Names right after a title ("डॉक्टर एलन पैकी"): surely people, and where they stand.
        self.titled: list[tuple[int, str]] = []
        # The people named after each title: "मुख्य शोधकर्ता बोले-" is the one person the article names so.
        self.by_title: dict[str, set[str]] = {}
        for m in titled(self.masked):
            after = m.end()
            if (joined := _TITLE_AND.match(self.masked, after)) is not None and _key(joined.group(1)) in TITLES:
                after = joined.end()  # "राज्यपाल एवं कुलाधिपति प्रभाकर राव देशमुख": both offices are the one person's
            if (portfolio := _PORTFOLIO_AFTER.match(self.masked, after)) is not None and name_after(self.masked, portfolio.end()):
                after = portfolio.end()  # "प्रमुख सचिव स्वास्थ्य एवं चिकित्सा अमित मोहन प्रसाद": the portfolio is no name
            name = _person_part(untitled(name_after(self.masked, after)))  # "मंत्री डॉ. महेंद्र …"
            keys = [_key(w) for w in WORD.findall(name.text)] if name else []
            if keys and not is_pronoun(name) and keys[0] not in _EVENTS and keys[0] not in DOCUMENTS and keys != [_JI_KEY] \
                    and not all(k in WINGS for k in keys) and keys[-1] not in _PROGRAMMES \
                    and not any(k in TITLES and not (i and k in FEMININE_NAME_ENDS) or k in PEOPLE_NOUNS for i, k in enumerate(keys)) \
                    and not (_key(m.group(1)) in _MEMBERS and keys[-1] in _NAME_ENDS) \
                    and not (len(keys) == 1 and name.text.endswith(_OBLIQUE_PLURAL)) \
                    and fold(name.text) not in place_names() \
                    and not self._qualifies_noun(name.end):  # "शिक्षक अधिकार मोर्चा": a body's name; "बेटा पंजाब के …": a place
                text = self._known_prefix(name.text)  # read on past the name ("राकेश त्रिपाठी कानपुर में")
                if text == name.text and len(keys) >= 3:
                    text = _tagged_name(self.masked, name)  # ("सुनीता यादव परेड भर आंखें पोंछती रहीं")
                text = self._with_surname(text, name)
                self.titled.append((m.start(), text))
                former = WORD_BEFORE.search(self.masked, max(0, m.start() - 20), m.start())
                if not former or _key(former.group(1)) not in _FORMER:  # "पूर्व मंत्री X" no longer holds the office
                    # (a deputy holds a title of their own: "डिप्टी गवर्नर मीनाक्षी अय्यर" is no "गवर्नर")
                    rank = _key(former.group(1)) + " " if former and _key(former.group(1)) in _DEPUTIES else ""
                    self.by_title.setdefault(rank + _key(m.group(1)), set()).add(text)
                    if (short := _BRACKETED.search(m.group())) is not None and _key(short.group(1)) in TITLES:
                        # "प्रभागीय वनाधिकारी (डीएफओ) अभिनव राठी": "डीएफओ ने बताया" is the same officer
                        self.by_title.setdefault(_key(short.group(1)), set()).add(text)
                self.candidates[text] += 1
                self.first.setdefault(text, m.start())
        # "गीता अहिरवार अपने पति के साथ …", "बबलू गुप्ता अपना रजिस्टर दिखाते हैं", "रामवती देवी 62 साल की हैं": two words
        # before a reflexive possessive or an age are a person introduced as the subject, with no "ने" to mark the name.
        for cue in _SUBJECT_CUE.finditer(self.masked):
            m = _TWO_WORDS_BEFORE.search(self.masked, max(0, cue.start() - 60), cue.start())
            if m is None:
                continue
            if all(k not in STOP and k not in TITLES and k not in PRONOUNS and k not in BODY_WORDS and k not in UNNAMED
                   and k not in PEOPLE_NOUNS and not k.endswith(("ों", "ओं", "ें")) for k in map(_key, m.groups())) \
                    and fold(m.group(1)) not in place_names():
                name = f"{m.group(1)} {m.group(2)}"
                self.candidates[name] += 1
                self.first.setdefault(name, m.start())
                self.subjects.append((m.start(), name))  # the subject a pronoun in the next sentence may point to
        # "हजारों मजदूरों ने … जुलूस निकाला। उनका कहना है कि": a group as a sentence's subject, which "उनका" may point to.
        self.groups: list[tuple[int, str]] = []
        for m in _GROUP_SUBJECT.finditer(self.masked) if "ों ने" in self.masked or "ओं ने" in self.masked else ():
            group = _group_phrase(self.masked, m.start())
            if group:
                self.groups.append((m.start(), group))
        # "मंडल को … कोई हल निकलता नहीं दिखता", "सुर्यादी भी मौजूद थीं": a named person as a sentence's subject with
        # no "ने" (an experiencer, or a subject with "भी"), for a pronoun in the next sentence.
        # (found from the verb back: "को" and "भी" are common words, the verbs are not)
        for verb, marker, reach in ((_EXPERIENCES, " को ", EXPERIENCER_REACH), (_PRESENT, " भी ", PRESENT_REACH)):
            for m in verb.finditer(self.masked):
                window = self.masked[max(0, m.start() - reach) : m.start()]
                at = window.rfind(marker)
                if at < 0 or _SENTENCE_END.search(window, at):
                    continue
                at += m.start() - len(window)
                name = name_before(self.masked, at)
                if name is not None and not is_unnamed(name.text) and not is_body(name.text) and not is_pronoun(name) \
                        and fold(name.text) not in place_names() and _key(name.text) not in TITLES \
                        and (name.text in self.candidates or len(WORD.findall(name.text)) >= 2 and marker == " भी ") \
                        and not any(_key(w) in PEOPLE_NOUNS or _key(w) in STOP for w in WORD.findall(name.text)):
                    self.subjects.append((name.start, name.text))
        # "पत्रकारों ने जब कुलपति से पूछा …, तो उन्होंने कहा": the one asked, who answers.
        self.asked: list[tuple[int, Name]] = []
        for m in _ASKED_WHOM.finditer(self.masked) if "पूछा" in self.masked or "सवाल किया" in self.masked \
                or "की तो" in self.masked or "मांग" in self.masked else ():
            name = name_before(self.masked, m.start())
            if name is not None and not is_pronoun(name):
                self.asked.append((m.start(), name))
        self.subjects.extend(self._openers())
        self.subjects.sort()
        self._tokens = {c: [_key(w) for w in WORD.findall(c)] for c in self.candidates}
        self._titled_names = {t for _, t in self.titled}
        self._fullest: dict[str, str] = {}
        self._genders: dict[str, str | None] = {}
        for title, names in self.by_title.items():  # "उनके पिता रमेश साहू", "मृतक की पत्नी सुनीता": the relation's gender
            gender = "f" if title in FEMININE_TITLES else "m" if title in MASCULINE_TITLES else None
            for n in names if gender else ():
                self._genders.setdefault(n, gender)

    def resolve(self, name: Name | None, at: int = -1, gender: str | None = None) -> tuple[str | None, str | None]:
        """(speaker, description): the resolved name, or None with a description for unnamed sayers. ``at``: where
        the cue stands in the article, so that a pronoun goes to the person named last before it; ``gender``: its
        verb's ("f" for "वह बोलीं"), so that it goes to a person of that gender."""
        if name is None:
            return None, None
        if name.key in _BARE_KINDS and at >= 0 and (named := self._kind_named_before(name.key, at)) is not None:
            name = Name(named, name.start, name.end)  # "… भाजपा … लेकिन पार्टी कहती रही है कि": that party
        kind = _KIND_BEFORE.match(name.text)
        if kind and kind.end() < len(name.text):  # "क्षेत्रीय संगठन कैरिकॉम": the kind of body before its name
            name = Name(name.text[kind.end() :], name.start + kind.end(), name.end, name.demonstrative, name.owner)
        if _key(name.text) in _WRITER:
            return None, name.text  # "हमने पूछा कि …": the reporter asks; no one the story names, nor a pronoun's antecedent
        if name.key in POINTERS:  # "X ने … रिपोर्ट जारी की। इसके अनुसार, …": the report's issuer, else no one named
            issuer = self._issuer_before(at)
            if issuer is None and self.in_document and self.last:
                return self.last, None  # "… रिपोर्ट में कहा गया है कि …। इसमें यह भी कहा गया है": the same document's
            return self.resolve(issuer, issuer.start) if issuer is not None else (None, None)
        if is_pronoun(name):
            if (name.key in PROXIMAL or name.key in _DISTAL_OWN and self._no_cue_before(at)) and at >= 0 \
                    and (introduced := self._introduced_before(at)) is not None:
                self.last, self.last_at, self.in_document = introduced, at, False
                self.last_person = introduced
                return introduced, None  # "नालंदा के मुकेश कुमार प्लम्बर हैं। इनका कहना है कि": the one just introduced
            group = self._group_before(name, at)
            if group is not None:  # "… मजदूरों ने जुलूस निकाला। उनका कहना है कि": the group, whom the story does not name
                return None, group
            found = self._antecedent(at)
            if gender and found and (self.gender(found) not in (None, gender) or is_body(found)):
                found = self._of_gender(gender, at) or found  # "… अमोल बताते हैं … “…,” वह बोलीं": his wife
            if found:
                self.last, self.last_at, self.in_document = found, at, False  # the pronoun carries the chain on
                if not is_body(found):
                    self.last_person = found
            return found, None
        if name.text.startswith(_BOTH) and not _SIDES.match(name.text) and at >= 0 and (pair := self._pair_before(at)) is not None:
            return self.resolve(pair, pair.start)  # "दोनों नेताओं ने कहा कि": the pair named last, by its first name
        last = _key(WORD.findall(name.text)[-1])
        spokesperson = _key(name.text) in SPOKESPERSONS or last in SPOKESPERSONS and name.owner is not None
        if is_document(name.text) or spokesperson:
            owner = name.owner  # "खाद्य विभाग की ओर से जारी विज्ञप्ति", "स्वास्थ्य विभाग के प्रवक्ता"
            filed = last in FILED
            if owner is None and is_document(name.text):
                # "याचिका के मुताबिक", "बयान के मुताबिक": the one named before, "X की याचिका", "X की ओर से जारी बयान"
                owner = self._filer(name.text, at)
            if owner is not None and is_pronoun(owner) and is_document(name.text) and filed:
                return self.resolve(owner, owner.start)  # "उन्होंने … एक पत्र लिखा है। पत्र में लिखा है कि": whoever "उन्होंने" is
            issued = owner is not None and _ISSUED_BY.match(self.masked, owner.end) is not None
            if owner is not None and not is_unnamed(owner.text) and not is_pronoun(owner) and (
                    is_body(owner.text) or not is_document(name.text) or filed or issued
                    or last in _STATEMENTS and self.fullest(owner.text) != owner.text):  # a spokesperson speaks for whoever they serve; "मंत्री का लिखित बयान", for its giver
                # (an issuer named like a document is a body: "एसबीआई रिसर्च की … जारी रिपोर्ट")
                if issued and is_document(owner.text):
                    self.last = self.last_body = owner.text
                    found = owner.text, None
                else:
                    found = self.resolve(owner, at)
                self.in_document = is_document(name.text)
                return found
        if is_document(name.text) and (is_unnamed(name.text) or filed and name.demonstrative):
            # "एक अध्ययन की मानें तो": a document nobody named issued; "उस याचिका पर …, जिसमें": a petition whose filer
            # the sentence does not name
            return None, name.text
        if is_document(name.text) and at >= 0 and (issuer := self._issuer_before(at)) is not None and (
                is_body(issuer.text) or last in _ORDERS and not is_title(issuer.text) and self.named(issuer.text)):
            # "परिषद ने … प्रस्ताव … पारित कर दिया। प्रस्ताव में कहा गया है कि"; an officer's order is the officer's
            # ("कलेक्टर रीतिका चौहान ने … आदेश जारी किया है। आदेश में कहा गया है कि"), though a report they release is its authors'
            return self.resolve(issuer, issuer.start)
        if is_document(name.text):
            spoke = self.last_body or self.last
            if spoke:  # "एसओपी में कहा गया है कि …। इसमें कहा गया है कि": the same document's body goes on
                self.last, self.in_document = spoke, True
            return spoke, None
        if is_unnamed(name.text) and len(WORD.findall(name.text)) == 1 and name.text.endswith(_OBLIQUE_PLURAL) \
                and not is_unnamed(full := self.fullest(name.text)) and full != name.text:
            name = Name(full, name.start, name.end)  # "ढिल्लों ने कहा": the article's "सुखदेव सिंह ढिल्लों", no group
        if is_unnamed(name.text):
            if name.key in _THOSE_OF and at >= 0 and (pos := self.masked.rfind(name.text, max(0, at - LOOK_BACK), at)) > 0 \
                    and (before := WORD_BEFORE.search(self.masked, max(0, pos - 30), pos)) is not None:
                return None, before.group(1) + " " + name.text  # "गांव वालों ने बताया": the villagers, not "वालों"
            return None, name.text
        if name.demonstrative:
            named = self._named_before(name.text, at)
            if named:
                return named, None
        words = WORD.findall(name.text)
        if len(words) > 1 and _key(words[-1]) in _HONORIFIC_ENDS and is_title(name.text):
            words = words[:-1]  # "डॉक्टर साहब ने कहा": the doctor
            name = Name(" ".join(words), name.start, name.end, name.demonstrative, name.owner)
        if len(words) == 1 and is_title(name.text) and at >= 0 and (unnamed := self._unnamed_holder(name.text, at)) is not None:
            # "… मंत्रालय के एक प्रवक्ता ने …। प्रवक्ता के मुताबिक,": the one just mentioned, not a named one before
            return (self.resolve(unnamed, at) if is_body(unnamed.text) else (None, name.text))
        ranked = len(words) > 1 and _key(words[-2]) in _DEPUTIES
        only = self.by_title.get((_key(words[-2]) + " " if ranked else "") + _key(words[-1]), ()) if is_title(name.text) else ()
        if not only and len(words) > 1 and (is_designation(name.text) or _key(words[-1]) in TITLES):
            # (also a described title, "थोक व्यापारी बोले-", over "थोक व्यापारी रमेशचंद्र पाटीदार" in the story)
            # "राजस्व मंत्री ने कहा": the one the article names right after the whole office ("राजस्व मंत्री श्री
            # रामदयाल बेदिया जवाब देने …", where no postposition closes the name)
            holders = self.by_title.get(_key(words[-1]), ())
            only = {n for n in holders if self._named_after(name.text, n)} if holders else ()
        if len(only) == 1:
            name = Name(next(iter(only)), name.start, name.end)  # "मुख्य शोधकर्ता बोले-": the one person named so
        elif only and (near := self._after_title(name.text, before=at)):
            name = Name(near, name.start, name.end)  # two ministers in the page: "मंत्री ने कहा" is the one named last
        if not only and at >= 0 and all(_key(w) in TITLES or _key(w) in _DEPUTIES for w in words) \
                and not any(self._named_after(name.text, c) for c in self.candidates if c != name.text) \
                and (owner := self._owner_of(name.text, at)) is not None:
            # "पंजाब पुलिस के आईजी ने माना", "स्वास्थ्य मंत्रालय के संयुक्त सचिव ने बताया": a body's officer the article never
            # names is an unnamed sayer (not the "प्रमुख सचिव" it names elsewhere)
            return None, owner
        full = self.fullest(name.text)
        if len(words) == 1 and at >= 0 and full != name.text and (nearest := self._nearest_holder(words[0], at, gender)) is not None:
            full = nearest  # "चौधरी ने बताया" with two Chaudharys named: the one named last before it ("पटेल बोलीं": of her gender)
        full = _JI.sub("", full)
        if full == name.text and any(_key(w) in SPOKESPERSONS for w in WORD.findall(full)) and self.last_body:
            return self.last_body, None  # "पार्टी प्रवक्ता ने कहा": an unnamed spokesperson speaks for the body
        if full == name.text and _key(full) in SPOKESPERSONS:
            return None, name.text  # "टीम के मुताबिक" with no body named before: an unnamed team, no name
        if full == name.text and (is_designation(full) or is_relative(full)
                                  or is_body_office(full) and not self._office_held(full)):
            # "जिला शिक्षा अधिकारी ने बताया", "उसकी मां ने बताया", "बोर्ड सचिव ने बताया", with nobody named so: an unnamed sayer
            return None, full
        self.last, self.last_at, self.in_document = full, at, False
        if is_body(full):
            self.last_body = full
        else:
            self.last_person = full
        return full, None

    def _unnamed_holder(self, title: str, at: int) -> Name | None:
        """When the last mention of ``title`` before ``at`` is an unnamed one ("मंत्रालय के एक प्रवक्ता"), the body it
        serves (or the bare title's own Name when it names none)."""
        last = None
        for pos in self._occurrences(title):
            if pos >= at or not _SENTENCE_END.search(self.masked, pos, at):
                break  # (the cue's own mention, in the sentence of ``at``)
            last = pos
        if last is None or not (m := _ONE_OF.search(self.masked, max(0, last - LOOK_BACK), last)):
            return None
        if m.group(1) and (owner := name_before(self.masked, m.start())) is not None:
            return owner
        return Name(title, last, last + len(title))

    def _filer(self, document: str, at: int) -> Name | None:
        """Who filed the complaint or petition ``document`` names: "X" of the last "X की याचिका" before ``at``."""
        word = WORD.findall(document)[-1]
        found = None
        for pos in self._occurrences(word):
            if pos >= at >= 0:
                break
            m = _OWNED.search(self.masked, max(0, pos - LOOK_BACK), pos)
            if _FILED_BY.match(self.masked, pos + len(word)) and (by := self._subject_before(pos)) is not None:
                found = by  # "हांसी पुलिस ने मई में अदालत में 280 पन्नों का आरोपपत्र दाखिल किया था" (not "ध्वस्तीकरण का नोटिस")
            elif m and (owner := name_before(self.masked, m.start())) is not None and not owner.text[:1].isdigit() \
                    and not is_unnamed(owner.text):  # (not "280 पन्नों का आरोपपत्र": its size)
                found = owner
        return found

    def _subject_before(self, pos: int) -> Name | None:
        """The "X ने" subject of the sentence that holds ``pos``, before it."""
        start = max(0, pos - LOOK_BACK)
        last_end = None
        for last_end in _SENTENCE_END.finditer(self.masked, start, pos):
            pass
        erg = None
        for erg in _ERGATIVE_AT.finditer(self.masked, last_end.end() if last_end else start, pos):
            pass
        if erg is None:  # "उन्होंने कुलपति को एक पत्र लिखा है": the pronoun is the subject
            pronoun = ERGATIVE_PRONOUN.search(self.masked, last_end.end() if last_end else start, pos)
            return Name(pronoun.group(), pronoun.start(), pronoun.end()) if pronoun else None
        return name_before(self.masked, erg.start())

    def gender(self, person: str) -> str | None:
        """The person's gender as the article marks it (quotes/gender.py), None when it does not."""
        if person not in self._genders:
            words = person.split()
            forms = [person] + ([words[0]] if len(words) > 1 and _key(words[0]) not in TITLES else [])
            # (a first name's mention that the surname follows is the full name's, counted once)
            spans = [(p, p + len(f)) for f in forms for p in self._occurrences(f)
                     if f == person or not self.masked.startswith(person, p)]
            if len(words) > 1:  # "बीडीओ महतो भी … खड़े थे": the surname after a title is the person too
                spans += [(p, p + len(words[-1])) for p in self._occurrences(words[-1])
                          if (t := WORD_BEFORE.search(self.masked, max(0, p - 30), p)) and _key(t.group(1)) in TITLES]
            spans = spans[:MAX_GENDER_MENTIONS]
            self._genders[person] = of_person(person, self.masked, spans)
        return self._genders[person]

    def note_gender(self, person: str, gender: str) -> None:
        """What a cue's verb told of its sayer ("… वे बोले"), kept where the article's words around the name say nothing."""
        if not is_body(person) and self.gender(person) is None:
            self._genders[person] = gender

    def _of_gender(self, gender: str, at: int) -> str | None:
        """The person of that gender named last before ``at`` (within two paragraphs or so), else the last one of no
        known gender."""
        named = [self.fullest(n) for _, n in sorted(
            (pos, n) for pos, n in self.titled + self.subjects + self.mentions if 0 <= at - pos < RECENT)][::-1]
        named = [n for n in named if not is_body(n)]  # "वह बोलीं": a woman, not the committee named before her
        # The nearest of that gender; else any name read before a postposition with that gender ("इसी गांव की सुमन देवी
        # के पति …। "…," वह बोलीं"); else the nearest the article gives no gender (not the one it says is the other).
        marked = next((n for n in named if self.gender(n) == gender), None)
        by_name = self._named_of_gender(gender, at)
        if marked and by_name and by_name != marked and self._last_before(by_name, at) > self._last_before(marked, at):
            marked = by_name  # ("… की मीना देवी के ससुर … भर्ती हैं। “…,” वह बोलीं": the nearer woman, named in passing)
        return marked or by_name or next((n for n in named if self.gender(n) is None), None)

    def _nearest_holder(self, surname: str, at: int, gender: str | None) -> str | None:
        """Of two or more people the article names in full with ``surname``, the one named in full last before ``at``
        whose gender, where known, is the verb's (``gender``)."""
        holders = [c for c in self.candidates if len(cw := WORD.findall(c)) > 1 and cw[-1] == surname and not is_body(c)
                   and not is_title(c) and c in self._titled_names]  # (people named after a title: surely people)
        if len(holders) < 2:
            return None
        last = {c: max((p for p in self._occurrences(c) if p < at), default=-1) for c in holders}
        fits = [c for c in holders if last[c] >= 0 and (not gender or self.gender(c) in (None, gender))]
        if gender and (of_gender := [c for c in fits if self.gender(c) == gender]):
            fits = of_gender  # (a person known to be of the verb's gender before one whose gender is unknown)
        return max(fits, key=last.get, default=None)

    def _last_before(self, name: str, at: int) -> int:
        """Where ``name`` (or its last word) was last written before ``at``; -1 if nowhere."""
        last = -1
        for form in (name, name.split()[-1]):
            for pos in self._occurrences(form):
                if pos >= at:
                    break
                last = max(last, pos)
        return last

    def _named_of_gender(self, gender: str, at: int) -> str | None:
        """The name whose own words give that gender ("सुमन देवी") written last before ``at`` (within two paragraphs or
        so) among the article's other names: a person mentioned in passing, not as a subject."""
        found = [(pos, c) for c, tokens in self._tokens.items() if len(tokens) > 1 and not is_body(c) and not is_unnamed(c)
                 and fold(c) not in place_names() for pos in self._occurrences(c) if 0 <= at - pos < RECENT]
        return next((c for _, c in sorted(found, reverse=True) if of_name(c) == gender), None)

    def carry_on(self, name: str, at: int) -> None:
        """The chain of attribution goes on with ``name`` (who spoke at ``at``)."""
        self.last, self.last_at = name, at

    def _named_before(self, phrase: str, at: int) -> str | None:
        """"इस संगठन" → the fuller name with the same head word used before ("रासायनिक हथियार निषेध संगठन")."""
        head = fold(WORD.findall(phrase)[-1], normalized=True)
        named = [(self.first[c], c) for c, tokens in self._tokens.items()
                 if len(tokens) > len(WORD.findall(phrase)) and tokens[-1] == head and self.first.get(c, at) < at]
        return max(named)[1] if named else None

    def prime(self, names: list[Name | None]) -> None:
        """Note the sayers named outright; the most frequent is the article's main one. Every mention of them (full
        name or surname) is found once, so that a pronoun goes to the person mentioned last before it."""
        named = Counter(self.fullest(n.text) for n in names
                        if n is not None and not is_pronoun(n) and not is_unnamed(n.text) and not is_document(n.text))
        self.salient = named.most_common(1)[0][0] if named else None
        forms: dict[str, str] = {}
        for person in named:
            if is_body(person) or is_media(person):
                continue
            words = WORD.findall(person)
            forms[person] = person
            if len(words) > 1:
                forms.setdefault(words[-1], person)  # the surname alone ("पैकी" for "एलन पैकी")
        self.mentions = []
        # Every whole-word use of each form, the longest first where two start together, none inside another (what a
        # regex alternation of them would find, without compiling one for each article).
        found = sorted(((pos, -len(form), form) for form in forms for pos in self._occurrences(form)))
        end = -1
        for pos, minus, form in found:
            if pos >= end:
                self.mentions.append((pos, forms[form]))
                end = pos - minus

    def _issuer_before(self, at: int) -> Name | None:
        """The subject of the sentence before ``at`` that names a document ("श्रम विभाग ने … एक रिपोर्ट तैयार की थी")."""
        if at < 0:
            return None
        start = max(0, at - ISSUER_REACH)
        ends = [m.start() for m in _SENTENCE_END.finditer(self.masked, start, at)]
        first = ends[-ISSUER_SENTENCES] if len(ends) >= ISSUER_SENTENCES else start  # this sentence and two before it
        docs = [word for word in WORD.finditer(self.masked, first, at) if _key(word.group()) in DOCUMENTS]
        # The last one named; or, when its sentence names nobody, the same document named once before ("परिषद ने …
        # प्रस्ताव … पारित कर दिया। प्रस्ताव में कहा गया है कि")
        tried = [d for d in docs[-ISSUER_DOCUMENTS:] if _key(d.group()) == _key(docs[-1].group())] if docs else []
        for doc in reversed(tried):
            by = self._subject_before(doc.start())
            if by is None and (owned := _OWNED.search(self.masked, max(0, doc.start() - LOOK_BACK), doc.start())) is not None:
                by = name_before(self.masked, owned.start())  # "विश्वविद्यालय की वार्षिक रिपोर्ट … जारी की गई"
            if by is not None and not is_pronoun(by) and not is_unnamed(by.text):
                return by  # (else an earlier mention of the same document: "… ने आदेश जारी कर … अगले आदेश तक रोक लगा दी")
        return None

    def _group_before(self, pronoun: Name, at: int) -> str | None:
        """The group a plural pronoun points to: the subject of this sentence or the one before ("हजारों मजदूरों ने"),
        when no person was a subject or a sayer since."""
        if at < 0 or pronoun.key not in PLURAL_PRONOUNS:
            return None
        group = max(((pos, g) for pos, g in self.groups if pos < at and at - pos < NEAR), default=None)
        if group is None or group[0] < self.last_at or len(_SENTENCE_END.findall(self.masked, group[0], at)) > 1 \
                or "\n" in self.masked[group[0] : at] \
                or self._in_reported(group[0]) or _GROUP_SPOKE.match(self.masked, group[0]):
            return None  # ("X ने बताया कि ग्रामीणों ने … दिए। वे कहते हैं": X's words name them; a group that spoke is quoted)
        if any(group[0] < pos < at for pos, _ in self.subjects + self.titled + self.asked):
            return None  # (a person since, or the one the group asked: "पत्रकारों ने जब X से पूछा …, तो उन्होंने कहा")
        ends = [m.end() for m in _SENTENCE_END.finditer(self.masked, max(0, group[0] - NEAR), group[0])]
        if any((ends[-1] if ends else 0) <= pos < at for pos, _ in self.mentions):
            return None  # a sayer named in the group's sentence ("पाराशर से ठगों ने … डलवाए। वे बोले")
        return group[1]

    def _as_subject(self, pos: int, name: str) -> bool:
        """The name found at ``pos`` is no possessive's or object's ("X के फैसले का जिक्र करते हुए")."""
        end = self.masked.find(name, pos)
        return end < 0 or not _NO_SUBJECT_AFTER.match(self.masked, end + len(name))

    def _antecedent(self, at: int) -> str | None:
        """The person mentioned last before ``at`` among the article's named sayers, else the subject of the last
        "X ने" before it, else the last sayer, else the article's main sayer."""
        opening = at
        if at > 0:
            window = self.masked[max(0, at - 400) : at]
            stop = _LAST_STOP.search(window)
            opening = at - len(window) + (stop.start() + 1 if stop else 0)
            asked = _ASKED.search(window, opening - (at - len(window)))
            # "यह पूछे जाने पर कि … प्रधानमंत्री नरेंद्र मोदी के साथ … तो उन्होंने कहा": the question's names are not the answer's sayer
            whom = [n for pos, n in self.asked if opening <= pos < at]
            if whom:  # "पत्रकारों ने जब कुलपति से पूछा …, तो उन्होंने कहा": the one asked answers
                return self.fullest(whom[-1].text)
            here = [n for pos, n in self.titled if opening <= pos < at and not (asked and pos >= at - len(window) + asked.start())
                    and self._as_subject(pos, n)]
            if here:  # "डॉक्टर एलन पैकी इससे संतुष्ट नहीं हैं और उन्होंने कहा": the person this sentence named
                return self.fullest(here[0])
        mentioned = [(pos, n) for pos, n in self.mentions if pos < at] if at >= 0 else []
        # (a body that spoke through a document is no "उन्होंने": "… विज्ञप्ति में कहा गया है कि …। उन्होंने स्वीकार किया")
        last = self.last_person if self.in_document and self.last and is_body(self.last) else self.last
        if last and self.last_at >= 0 and at - self.last_at < RECENT:
            # "कुलदीप टेकाम भी मौजूद थे। उन्होंने कहा": a person brought in by a sentence of its own after the last
            # sayer's, shortly before the pronoun, is the one it points to.
            newer = [(pos, n) for pos, n in self.titled + self.subjects
                     if self.last_at < pos < at and at - pos < NEAR and _CLAUSE_OR_PARAGRAPH_END.search(self.masked, self.last_at, pos)
                     and not self._companion(n, pos) and not self._in_reported(pos)
                     and (pos < opening or self._as_subject(pos, n))]  # (in the quote's own sentence, a subject only)
            if newer:
                return self.fullest(max(newer)[1])
            return last
        if mentioned:
            # "… एएनएम सुनीता कुमारी … देख रही हैं। उन्होंने बताया": a person introduced with a title after the last
            # mention of a sayer, shortly before the pronoun
            later = [n for pos, n in self.titled if mentioned[-1][0] < pos < at and at - pos < NEAR]
            return self.fullest(later[-1]) if later else mentioned[-1][1]
        before = [n for pos, n in self.subjects if pos < at] if at >= 0 else []
        if before:
            return self.fullest(before[-1])
        near = [n for pos, n in self.titled if 0 <= at - pos < NEAR]
        if near and not self.last:  # "23 वर्षीया अयाना … शिकार हैं. … वो कहती हैं": the person just introduced
            return self.fullest(near[-1])
        return self.last or self.salient

    def _introduced_before(self, at: int) -> str | None:
        """The person the tagger finds among the first words of the sentence before the one that opens at ``at``
        ("भागलपुर के विकास कुमार पेंटिंग का काम करते हैं।"), when that sentence names them as no "X ने" subject; or of
        the sentence before that, when the nearer one goes on about them ("… किशन सिंह महर की जान बच गई। उनके सिर पर
        गहरी चोटें हैं। इनका कहना है कि")."""
        if not model_available() or not _OPENS_SENTENCE.search(self.masked, max(0, at - 3), at):
            return None
        stop = at
        for _ in range(INTRODUCED_SENTENCES):
            end = _LAST_STOP.search(self.masked, max(0, stop - 400), stop)
            if end is None:
                return None
            start = _LAST_STOP.search(self.masked, max(0, end.start() - 400), end.start())
            start = start.start() + 1 if start is not None else max(0, end.start() - 400)
            found = self._introduced_in(start, end.start())
            if found is not None or not _GOES_ON_ABOUT.match(self.masked, start):
                return found
            stop = start
        return None

    def _no_cue_before(self, at: int) -> bool:
        """No speech cue in the sentence before the one at ``at`` (a sayer's own sentence hands "उनका" to the sayer)."""
        end = _LAST_STOP.search(self.masked, max(0, at - 400), at)
        if end is None:
            return False
        start = _LAST_STOP.search(self.masked, max(0, end.start() - 400), end.start())
        return not _ANY_CUE.search(self.masked, start.start() if start else 0, end.start())

    def _introduced_in(self, start: int, end: int) -> str | None:
        tokens = list(TOKEN.finditer(self.masked, start, end))
        if not 3 <= len(tokens) <= MAX_SENTENCE or "_" in self.masked[start:end] \
                or any(start <= pos < end for pos, _ in self.subjects):
            return None
        tags = tag([t.group() for t in tokens])
        first = next((i for i, t in enumerate(tags[:INTRODUCED_WITHIN]) if t == "B-PER"), None)
        if first is None and tags.count("B-PER") == 1:  # "… अमरूद बेचने वाले पप्पू सोनकर का ठेला …": described, then named
            first = next((i for i, t in enumerate(tags) if t == "B-PER" and i and _key(tokens[i - 1].group()) in _DESCRIBED), None)
        if first is None:  # "गांव की ही 52 साल की गीताबाई अहिरवार का …": a name after an age, which the tagger may not know
            aged = _AGED_NAME.search(self.masked, start, end)
            if aged is None or any(_key(w) in STOP or _key(w) in TITLES for w in aged.groups()):
                return None
            return self.fullest(f"{aged.group(1)} {aged.group(2)}")
        last = first
        while last + 1 < len(tokens) and tags[last + 1] == "I-PER":
            last += 1
        if last == first:
            return None  # (two words at least: a one-word "name" is as likely a noun the tagger misread)
        return self.fullest(self.masked[tokens[first].start() : tokens[last].end()])

    def _openers(self) -> list[tuple[int, str]]:
        """A person the article names after a title, opening a sentence with no postposition after the name, is its
        subject ("सुधा माथुर इससे इनकार करती हैं।", "विनीता इस दावे पर हंस देती हैं।"): whom a pronoun in the next sentence
        may point to."""
        found = []
        people = {t for _, t in self.titled} | {n for _, n in self.subjects if len(n.split()) >= 2}  # ("… नवीन मित्तल ने")
        for name in {t for t in people if not is_body(t) and fold(t) not in place_names()}:  # (surely people)
            parts = WORD.findall(name)
            forms = {name, parts[0], parts[-1]} if len(parts) > 1 else {name}
            for form in forms:
                if len(form) < 3 or _key(form) in TITLES or _key(form) in STOP:
                    continue
                at = self.masked.find(form)
                while at >= 0:
                    end = at + len(form)
                    if _OPENS_SENTENCE.search(self.masked, max(0, at - 3), at) and not _NO_SUBJECT_AFTER.match(self.masked, end) \
                            and not _NAME_GOES_ON.match(self.masked, end):
                        found.append((at, name))
                    at = self.masked.find(form, end)
        return found

    def _qualifies_noun(self, end: int) -> bool:
        """The word after ``end`` is a people noun: what stood before it qualifies it ("पूर्व मुजाहिदीन लड़ाके"). (Not a
        title: "उनके पिता रमेश साहू बेटी का नाम …")"""
        after = _WORD_AFTER.match(self.masked, end)
        return after is not None and _key(after.group(1)) in _QUALIFIED

    def _in_reported(self, pos: int) -> bool:
        """True when ``pos`` lies inside a reported clause (the words of an indirect quote)."""
        k = bisect_right(self.reported, (pos, float("inf"))) - 1
        return k >= 0 and self.reported[k][0] <= pos < self.reported[k][1]

    def _kind_named_before(self, kind: str, at: int) -> str | None:
        """"पार्टी", "अखबार" alone: the party or the paper the article mentions last before ``at``."""
        test = _BARE_KINDS[kind]
        best = None
        for c, tokens in self._tokens.items():
            if tokens and tokens != [kind] and (kind in tokens[1:-1] or test(c, tokens)):  # ("रेटिंग एजेंसी प्रमाण रेटिंग्स")
                pos = max((p for p in self._occurrences(c) if p < at), default=-1)
                if pos >= 0 and (best is None or pos > best[0]):
                    best = (pos, c)
        if test is _is_party:  # a party's short name is written before a title too, where no marker stands ("कांग्रेस नेता")
            for m in WORD.finditer(self.masked, 0, at):
                if _key(m.group()) in PARTIES and (best is None or m.start() > best[0]):
                    best = (m.start(), m.group())
        return best[1] if best else None

    def _owner_of(self, title: str, at: int) -> str | None:
        """"पंजाब पुलिस के आईजी": the title written last before ``at`` with the body it serves before it, or None."""
        start = self.masked.rfind(title, max(0, at - LOOK_BACK), at + len(title))
        m = _OF_BODY.search(self.masked, max(0, start - LOOK_BACK), start) if start >= 0 else None
        body = name_before(self.masked, m.start()) if m else None
        if body is None or not is_body(body.text):
            return None
        return self.masked[body.start : start + len(title)]

    def _office_held(self, office: str) -> bool:
        """The article names somebody right after ``office`` somewhere ("पुलिस उपायुक्त (काशी जोन) प्रवीण कुमार मिश्र")."""
        names = [c for c in self.candidates if len(c) > 3 and not is_title(c)]
        return any(any(c in self.masked[pos + len(office) : pos + len(office) + OFFICE_HOLDER_REACH] for c in names)
                   for pos in self._occurrences(office))

    def _named_after(self, office: str, name: str) -> bool:
        """"राजस्व मंत्री श्री रामदयाल बेदिया": ``name`` right after ``office``, or after one more title word."""
        for pos in self._occurrences(office):
            after = self.masked[pos + len(office) : pos + len(office) + len(name) + 12].lstrip()
            if after.startswith(name):
                return True
            word = _FIRST_WORD.match(after)
            if word is not None and after[word.end() :].lstrip().startswith(name):
                return True
        return False

    def _companion(self, name: str, pos: int) -> bool:
        """"… महतो ने सचिव डॉ. नेहा कुजूर के साथ …": a person named beside the subject, or as its object, is no
        subject a pronoun after the sentence points to."""
        if pos >= len(name) and self.masked.startswith(name, pos - len(name)):
            at = pos - len(name)  # (a "ने" subject is kept where its marker stands, right after the name)
        else:
            at = self.masked.find(name, pos)
        return at >= 0 and _BESIDE.match(self.masked, at + len(name)) is not None

    def _with_surname(self, cut: str, read: Name) -> str:
        """``cut``, the name read after a title (``read``, cut shorter where the tagger ends it), with the next word
        kept when the article ends another name with it ("रामनिवास कुमावत कस्बे के …" beside "खुशबू कुमावत ने"): a
        surname, not a noun or a place."""
        words = read.text.split()
        kept = len(cut.split())
        after = _WORD_AFTER.match(self.masked, read.end) if kept >= len(words) else None
        word = words[kept] if kept < len(words) else after.group(1) if after else None
        if word is None or _key(word) in STOP or _key(word) in BODY_WORDS or fold(word) in place_names() \
                or not any(c.endswith(" " + word) and not is_body(c) for _, c in self.subjects):
            return cut  # (a surname the article gives a person who is the subject of "… ने")
        return f"{cut} {word}"

    def _known_prefix(self, name: str) -> str:
        """"राकेश त्रिपाठी कानपुर" (read on after a title up to "में") → "राकेश त्रिपाठी", the name the article uses."""
        words = name.split()
        return next((" ".join(words[:k]) for k in range(len(words) - 1, 1, -1) if " ".join(words[:k]) in self.candidates), name)

    def named(self, text: str) -> bool:
        """A person's name as the article uses it: a name after a title, the short form of a longer name, or a name it
        writes twice or more (not a verb before "और": "सम्मानित किया जाएगा और यश चोपड़ा ने कहा")."""
        return text in self._titled_names or self.candidates[text] >= 2 or self.fullest(text) != text

    def _pair_before(self, at: int) -> Name | None:
        """The first of the last two people named together as one sayer before ``at`` ("X और Y ने …")."""
        lo = max(0, at - PAIR_REACH)
        for m in reversed(list(_ERGATIVE_AT.finditer(self.masked, lo, at))):
            second = name_before(self.masked, m.start())
            if second is not None and (first := first_of_pair(self.masked, second)) is not None and self.named(first.text):
                return first
        return None

    def body_of_kind(self, kind: str) -> str | None:
        """The body the article names in full with this last word ("निगम" → "पश्चिमांचल विद्युत वितरण निगम"): the one
        named most often, the first named on a tie; None when it names none."""
        key = _key(kind)
        named = [n for n in self.candidates if len(words := [_key(w) for w in WORD.findall(n)]) > 1 and (
            words[-1] == key or len(words) > 2 and words[-2] == key and (words[-1] in _LEGAL_ENDS or words[-1] in place_names()))]
        # ("… निगम लिमिटेड", "माध्यमिक शिक्षा बोर्ड राजस्थान")
        return max(named, key=lambda n: (self.candidates[n], -self.first[n]), default=None)

    def fullest(self, short: str) -> str:
        if short not in self._fullest:
            self._fullest[short] = self._find_fullest(short)
        return self._fullest[short]

    def _find_fullest(self, short: str) -> str:
        """The most frequent longer name of the article that begins or ends with ``short`` ("किम" → "किम जोंग उन")."""
        words = [_key(w) for w in WORD.findall(short)]
        if not words:
            return short
        if words[-1] in TITLES and not (len(words) > 1 and words[-1] in FEMININE_NAME_ENDS):  # ("सुनीता कुमारी")
            # "न्यायाधीश", "स्वास्थ्य सचिव": the name that follows the title somewhere in the article; "सीएम": or its
            # long form ("मुख्यमंत्री विजयेंद्र नाथ शुक्ल").
            found = self._after_title(short) or self._after_title(WORD.findall(short)[-1]) or (
                len(words) == 1 and next(filter(None, (self._after_title(t, bare=True, unique=True) for t in LONG_FORMS.get(words[0], ()))), None))
            if found:
                return self.fullest(found) if fold(found, normalized=True) != fold(short, normalized=True) else found
            if all(w in TITLES for w in words):
                return short
        if len(words) == 1:
            joined = self._with_particle(short) or self._nicknamed(short)
            if joined:
                return joined
        best, best_score = short, (0, 0, 0)
        n = len(words)
        short_first = self.first.get(short, 1 << 30)
        in_headline = short_first < self.body_start  # a headline writes the short form before the story names it in full
        if in_headline:
            short_first = next((p for p in self._occurrences(short) if p >= self.body_start), 1 << 30)
        for cand, count in self.candidates.items():
            cw = self._tokens.get(cand) or [_key(w) for w in WORD.findall(cand)]
            if _ALSO_CALLED in cw:  # "विवेक मंडल उर्फ बंटी": the name before "उर्फ" is the one short forms stand for
                cand, cw = " ".join(cand.split()[: cw.index(_ALSO_CALLED)]), cw[: cw.index(_ALSO_CALLED)]
            # A longer form counts when the article uses it twice or more, or first (introducing the person):
            # a single later use may be a name run into the next word ("किम जोंग उन रूस से ...").
            if len(cw) <= n or (cw[:n] != words and cw[-n:] != words):
                continue
            if cw[-n:] != words and words[-1] in BODY_WORDS:
                continue  # a body's name ends in its head word: "स्वास्थ्य विभाग", not "स्वास्थ्य विभाग प्रस्ताव"
            if cw[:n] == words and (cw[-1] in BODY_WORDS or cw[-1] in AREA_NOUNS):
                continue  # nor is a name run into a body's word after it a fuller form ("फ़रज़ाना अदालत के अहाते में",
                # "खुशबू कुमावत प्रदेश में अव्वल")
            cand_first = next(self._occurrences(cand), 1 << 30) if in_headline else self.first.get(cand, 1 << 30)
            if count < 2 and cand_first > short_first and not (n == 1 and cand in self._titled_names):
                continue  # (a name the article gives after a title is one, though a standfirst used its short form first)
            if any(w in TITLES and not (w in _MEMBERS and cw[-1] in _NAME_ENDS) for w in cw) or _KIND_BEFORE.match(cand):
                continue  # a title or a body's kind in front is not more of the name ("शिक्षक अधिकार मोर्चा" is one name)
            if cw[-1].endswith(_OBLIQUE_PLURAL) and cw[-n:] != words or any(w in _AFTER_NAME or w in NUMBER_WORDS for w in cw):
                continue  # "पूनम थापा घरों", "हर्षित चंद्राकर लगातार तीसरे सीजन टीम": a name run into the words after it
            score = (count, len(cw), -self.first.get(cand, 1 << 30))  # a tie: the one the article introduces first
            if score > best_score:
                best, best_score = cand, score
        return best

    def _occurrences(self, word: str):
        """Start positions of ``word`` as a whole word in the article (plain string search: no regex compiled)."""
        text, pos = self.masked, self.masked.find(word)
        while pos >= 0:
            end = pos + len(word)
            if (pos == 0 or not _LETTER.match(text[pos - 1])) and (end >= len(text) or not _LETTER.match(text[end])):
                yield pos
            pos = text.find(word, end)

    def _nicknamed(self, short: str) -> str | None:
        """"राणा" → "धर्मेंद्र प्रताप सिंह" when the article writes "धर्मेंद्र प्रताप सिंह 'राणा'": a nickname in
        quotation marks right after a name is that person's."""
        text, pos = self.text, self.text.find(short, 1)
        while pos > 0:
            start, end = pos - 1, pos + len(short)
            pos = text.find(short, end)
            if text[start] not in "'‘\"“" or end >= len(text) or text[end] not in "'’\"”":
                continue  # (the nickname set in quotation marks)
            before = text[max(0, start - LOOK_BACK) : start].rstrip()
            named = [c for c in self.candidates if len(self._tokens[c]) > 1 and before.endswith(c)
                     and (len(before) == len(c) or not _LETTER.match(before[-len(c) - 1]))]
            if named:
                return max(named, key=len)
        return None

    def _with_particle(self, short: str) -> str | None:
        """"मून" → "बान की मून" when the article never writes the one without the other (a name with a particle)."""
        uses = list(self._occurrences(short))
        joined = []
        for pos in uses:
            m = _PARTICLE_BEFORE.search(self.masked, max(0, pos - 40), pos)
            if m is None:
                return None
            joined.append(m.group(1) + " की " + short)
        if len(joined) >= 2 and len(set(joined)) == 1 and fold(joined[0].split()[0], normalized=True) not in STOP:
            return joined[0]
        return None

    def _after_title(self, title: str, before: int = -1, bare: bool = False, unique: bool = False) -> str | None:
        """"गृहमंत्री" → the name that follows that title somewhere in the article ("गृहमंत्री पी चिदंबरम"): the first,
        or with ``before``, the last one before that point. ``bare``: the title with no rank before it ("अपर मुख्य
        चिकित्सा अधिकारी" is not the "सीएमओ"). ``unique``: only when the article names one person so."""
        found = None
        for pos in self._occurrences(title):
            if before >= 0 and pos >= before:
                break
            if bare and (rank := WORD_BEFORE.search(self.masked, max(0, pos - 20), pos)) and _key(rank.group(1)) in _RANKS:
                continue
            at = pos + len(title)
            if (short := _SHORT_FORM.match(self.masked, at)) is not None \
                    and (_key(short.group(1)) in TITLES or _key(short.group(1)) in LONG_FORMS or short.group(1).isupper()):
                at = short.end()  # "मुख्य चिकित्सा अधिकारी (सीएमओ) मुकेश कुमार वत्स": past the title's short form
            if (portfolio := _PORTFOLIO_AFTER.match(self.masked, at)) is not None:
                at = portfolio.end()  # "प्रमुख सचिव स्वास्थ्य एवं चिकित्सा अमित मोहन प्रसाद": past the portfolio
            name = untitled(name_after(self.masked, at))  # "नेता प्रतिपक्ष सुधा मरकाम" → सुधा मरकाम
            if name and 1 <= len(WORD.findall(name.text)) <= 3 and fold(name.text) not in place_names() \
                    and _key(WORD.findall(name.text)[-1]) not in BODY_WORDS \
                    and not (" " not in name.text.strip() and name.text.endswith(_OBLIQUE_PLURAL)) \
                    and name.key not in _HONORIFIC_ENDS and (
                    _POSTPOSITION.match(self.masked, name.end) or _GLOSS_THEN_POSTPOSITION.match(self.masked, name.end)):
                if unique and found is not None and self.fullest(found) != self.fullest(name.text):
                    return None  # two people with that title ("डॉ. … श्रीवास्तव", "डॉ. … सिद्दीकी"): neither
                found = name.text  # "विदेश मंत्री आइनो लेह्तिनेन (Aino Lehtinen) ने"; not "विदेश मंत्री भारत में"
                if before < 0 and not unique:
                    break
        return found
