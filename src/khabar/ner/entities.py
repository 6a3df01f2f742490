"""Entities of one article: tagged mentions clustered into people, places and organisations.

A mention joins the entity whose name holds it as its first or last words (किम, किम जोंग → किम जोंग उन); the
entity's name is its longest mention. A Latin gloss in brackets after a mention ("किम जोंग उन (Kim Jong Un)") is
its Latin name; without one, a place CLDR knows takes its English name ("रूस" → Russia) and any other name is
romanized. Salience: mentions weighted by where they stand (headline 3, first paragraph 2, elsewhere 1) and quotes
spoken, scaled so the most salient entity has 1.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ..quotes.find import OWN_REPORTER
from ..quotes.speakers import OFFICES
from ..quotes.lexicon import AREA_NOUNS, BODY_WORDS, DOCUMENTS, STOP, TITLES, words
from ..text.normalize import fold
from ..text.sentences import LETTER_NAMES
from .acronyms import letters, stands_for, syllables_stand_for
from .latin import english_place, place_names
from .mentions import COMPASS_WORDS, ORG_HEADS, SHORT_FORM, Mention, mentions_in, plural
from .names import names
from .romanize import romanize

WEIGHT = {"headline": 3.0, "lede": 2.0, "text": 1.0}
_LETTER = regex.compile(r"[\p{L}\p{M}]")
NEWSPAPER_LEADS = words("दैनिक")  # "दैनिक जागरण", "दैनिक भास्कर"
# A lede that opens with its place and the reporter's name: "अलीगढ़[संतोष शर्मा]: ...", "पटना (अमित कुमार) : ...".
_REPORTER = regex.compile(r"\s*[\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+){0,2}\s*[\[(]([^\[\]()]{2,40})[\])]\s*[:।]")


@dataclass
class Cluster:
    kind: str
    name: str
    words: list[str]
    mentions: list[Mention] = field(default_factory=list)
    gloss: str | None = None  # the page's own Latin form ("(Kim Jong Un)")
    score: float = 0.0
    forms: list[str] = field(default_factory=list)  # other names it went by (a shorter form before renaming)
    descriptions: list[str] = field(default_factory=list)  # "उत्तर कोरिया के नेता": what stands before the name

    def absorb(self, other: "Cluster") -> None:
        """Take ``other``'s mentions and salience: it was another form of this entity's name."""
        self.mentions.extend(other.mentions)
        self.score += other.score
        self.forms.append(other.name)

    @property
    def latin(self) -> str:
        """The page's own gloss, else a place's English name from CLDR ("रूस" → Russia), else the romanizer's."""
        return self.gloss or (english_place(self.name) if self.kind == "place" else None) or romanize(self.name)

    @property
    def aliases(self) -> list[str]:
        seen = {fold(self.name, normalized=True)}
        out = []
        for text in [*self.forms, *(m.text for m in self.mentions), *self.descriptions]:
            key = fold(text, normalized=True)
            if key not in seen:
                seen.add(key)
                out.append(text)
        if self.gloss and fold(self.gloss) not in seen:
            out.append(self.gloss)  # the page's gloss ("Kim Jong Un") is a form of the name too
        return out


def _key_words(name: str) -> list[str]:
    return [fold(w, normalized=True) for w in name.split()]


# Nouns that stand where a source's name would ("जानकारी के मुताबिक", "रिपोर्ट के अनुसार"), and the nouns that head
# bodies ("पुलिस", "कंपनी"): alone, a noun and not a name.
NOT_NAMES = DOCUMENTS | words("जानकारी सूचना सूचनाओं खबर खबरों सूत्र सूत्रों आंकड़ों आंकड़े अखबार अख़बार चैनल पत्रिका वेबसाइट "
                              "पोस्टमार्टम प्रदेश राज्य देश "  # "पूरे प्रदेश": a state, not one named
                              "गिरोह गैंग भीड़ "  # "गिरोह ने …": a gang or a crowd the story does not name
                              # acronyms of things, not bodies: IPO, GDP, GST, EMI, FD, SIP, NPA, FIR, PNR, OTP, UPI, KYC
                              "आईपीओ जीडीपी जीएसटी ईएमआई एफडी एसआईपी एनपीए एफआईआर पीएनआर ओटीपी यूपीआई केवाईसी")
# Festivals ("सावन और देव दीपावली के दौरान"): times of the year, not people, places or bodies.
FESTIVALS = words("दीपावली दिवाली होली छठ ईद बकरीद दशहरा नवरात्र नवरात्रि रक्षाबंधन संक्रांति लोहड़ी पोंगल ओणम क्रिसमस "
                  "मुहर्रम गणेशोत्सव जन्माष्टमी शिवरात्रि")
# What a family or a pupil calls someone ("दादाजी ने आखिरी वक्त तक…", "गुरुजी ने कभी फीस नहीं ली"): alone, a word
# of address and not a name.
ADDRESS_WORDS = words("दादाजी दादी दादीजी नानाजी नानी पिताजी पापा माताजी मम्मी बाबूजी अम्मा अम्मी अब्बा अब्बू गुरुजी "
                      "गुरुदेव भैया दीदी चाचाजी मामाजी चचेरा चचेरे ममेरा ममेरे फुफेरा साहब")

# Honorifics that news writes before a religious or respected person's name and may drop or swap ("बाबा रामदेव",
# "स्वामी रामदेव", "रामदेव"). Not titles (the quote step keeps them in a sayer's name): they only join mentions here.
HONORIFICS = frozenset(fold(w) for w in "स्वामी बाबा आचार्य साध्वी संत पंडित पं शेख मुफ्ती".split())


def office_alone(name: str) -> bool:
    """"कोतवाली प्रभारी", "खनिज अभियंता": a local office's title (its place or department, then the title) with no
    holder's name in it. (A bare title, "डॉक्टर", "गृहमंत्री", often stands for a person the story names otherwise.)"""
    words = _key_words(name)
    return len(words) >= 2 and any(w in OFFICES for w in words) and _designation(words)


def _designation(words: list[str]) -> bool:
    """"पुलिस उपायुक्त", "सीएमएचओ", "सरकारी वकील": an office's title, with no name in it, is not an entity."""
    return words[-1] in TITLES and all(w in TITLES or w in ORG_HEADS or w in OFFICES or w in _QUALIFIERS for w in words)


_QUALIFIERS = words("सरकारी पूर्व निवर्तमान कार्यवाहक")
# A document named after its subject ("पोस्टमार्टम रिपोर्ट") or a post after its platform ("फेसबुक पोस्ट"): a thing,
# not a body or a place (an outlet's name may end in "पोस्ट" or "बुलेटिन": "नॉर्डिक पोस्ट").
_THING_ENDS = words("रिपोर्ट आदेश बयान विज्ञप्ति नोटिस")
_PLATFORMS = words("फेसबुक एक्स ट्विटर इंस्टाग्राम यूट्यूब व्हाट्सऐप व्हाट्सएप टेलीग्राम लिंक्डइन")
_POSTS = words("पोस्ट पोस्टों ट्वीट वीडियो")


def _core(words: list[str]) -> list[str]:
    return words[1:] if len(words) > 1 and words[0] in HONORIFICS else words


def cluster(found: list[tuple[Mention, str | None]], whole: frozenset[tuple] = frozenset()) -> list[Cluster]:
    """Mentions into entities: longest names first, then shorter mentions join the entity they begin or end.
    ``whole``: names the other steps know as entities of their own (the dateline "कानपुर" is no part of the team
    "कानपुर कॉमेट्स")."""
    clusters: list[Cluster] = []
    order = sorted(range(len(found)), key=lambda i: (-len(found[i][0].text.split()), found[i][0].start))
    for i in order:
        m, gloss = found[i]
        words = _key_words(m.text)
        n = len(words)
        alone = tuple(words) in whole
        place = " ".join(words) in place_names()
        def holds(c: Cluster) -> bool:
            if alone:
                return c.words == words
            if place and len(c.words) > n and (c.words[-1] in ORG_HEADS or plural(c.words[-1])):
                return False  # "हरियाणा" is no short form of "हरियाणा कबड्डी लीग", a body named after the state
            if c.words == words or (len(c.words) > n and (c.words[:n] == words or c.words[-n:] == words)):
                return True
            core = _core(words)  # "स्वामी रामदेव" joins "बाबा रामदेव"
            if c.kind == "person" and core is not words and _core(c.words) == core:
                return True
            # "स्वामी जी" (the honorific and the respectful जी) is the स्वामी the article names in full
            return n == 2 and words[1] == "जी" and c.kind == "person" and len(c.words) > 2 and c.words[0] == words[0]

        # Same type first; a part of a person's name is that person whatever the tagger called it ("जोंग").
        home = next((c for c in clusters if c.kind == m.kind and holds(c)), None)
        if home is None and not alone:
            home = next((c for c in clusters if c.kind == "person" and len(c.words) > n
                         and (holds(c) or _inside(words, c.words))), None)
        if home is None:
            home = Cluster(m.kind, m.text, words)
            clusters.append(home)
        home.mentions.append(m)
        home.score += m.weight
        if gloss and not home.gloss:
            home.gloss = gloss
    return clusters


def _find_word(text: str, name: str, start: int, end: int) -> int:
    """Where ``name`` stands as whole words in ``text[start:end]``, or -1 (plain string search)."""
    at = text.find(name, start, end)
    while at >= 0:
        stop = at + len(name)
        if (at == 0 or not _LETTER.match(text[at - 1])) and (stop >= len(text) or not _LETTER.match(text[stop])):
            return at
        at = text.find(name, at + 1, end)
    return -1


def _inside(part: list[str], whole: list[str]) -> bool:
    n = len(part)
    return any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _merge_types(clusters: list[Cluster]) -> list[Cluster]:
    """One name tagged as two types is one entity, of the type most of its mentions have."""
    by_name: dict[tuple, Cluster] = {}
    for c in sorted(clusters, key=lambda c: -len(c.mentions)):
        key = tuple(c.words)
        if key in by_name:
            keep = by_name[key]
            keep.absorb(c)
            keep.gloss = keep.gloss or c.gloss
        else:
            by_name[key] = c
    return list(by_name.values())


def _retype(clusters: list[Cluster], sure: dict[tuple, str]) -> None:
    """Types the other steps know (the dateline is a place, a cited source an organisation) and types a name's own
    words tell (it ends in "कॉलेज", it names a newspaper) win over the tagger's."""
    for c in clusters:
        if tuple(c.words) in sure:
            c.kind = sure[tuple(c.words)]
        elif c.kind != "organisation" and len(c.words) > 1 and (c.words[-1] in ORG_HEADS or plural(c.words[-1])) \
                and " ".join(c.words) not in place_names():
            c.kind = "organisation"
        elif c.kind == "person" and (c.words[0] in NEWSPAPER_LEADS or len(c.words) == 1 and letters(c.name)):
            c.kind = "organisation"  # a newspaper, or an acronym ("यूएन"): people are not written as letters


# India's national bodies go by a Hindi name and an English one in the same article ("उच्चतम न्यायालय" and "सुप्रीम
# कोर्ट"): one entity. Only names that mean one body wherever an Indian news story uses them.
INSTITUTIONS = [frozenset(tuple(fold(n).split()) for n in group.split("|")) for group in (
    "उच्चतम न्यायालय|सर्वोच्च न्यायालय|सुप्रीम कोर्ट|शीर्ष अदालत",
    "चुनाव आयोग|निर्वाचन आयोग|भारत निर्वाचन आयोग|भारतीय निर्वाचन आयोग",
    "रिज़र्व बैंक|रिजर्व बैंक|भारतीय रिज़र्व बैंक|भारतीय रिजर्व बैंक|आरबीआई",
    "विश्व स्वास्थ्य संगठन|डब्ल्यूएचओ",
    "संयुक्त राष्ट्र|संयुक्त राष्ट्र संघ|यूएन",
    "केंद्रीय जांच ब्यूरो|सीबीआई",
    "प्रवर्तन निदेशालय|ईडी",
    "राष्ट्रीय जांच एजेंसी|एनआईए",
    "भारतीय अंतरिक्ष अनुसंधान संगठन|इसरो",
    "भारतीय प्रतिभूति और विनिमय बोर्ड|सेबी",
)]


def _join_institutions(clusters: list[Cluster]) -> list[Cluster]:
    """The clusters of one national body's names become one entity, under the name used most."""
    out: list[Cluster] = []
    for c in sorted(clusters, key=lambda c: -len(c.mentions)):
        group = next((g for g in INSTITUTIONS if tuple(c.words) in g), None)
        home = next((d for d in out if tuple(d.words) in group), None) if group else None
        if group:
            c.kind = "organisation"  # a sayer's type ("सेबी ने कहा") gives way to what the body is
        if home is None:
            out.append(c)
            continue
        home.kind = "organisation"
        home.absorb(c)
    return out


def _join_short_forms(clusters: list[Cluster]) -> list[Cluster]:
    """The short form a page gives in brackets after a name ("भारतीय प्रतिभूति और विनिमय बोर्ड (सेबी)") is that entity:
    the entity of the short form joins it, or the short form becomes one of its names."""
    out = list(clusters)
    for c in clusters:
        if c.kind == "place":
            continue  # "हरगांव (सीतापुर)": a place's bracket names the district or state it lies in, not a short form
        for short in {m.short for m in c.mentions if m.short}:
            key = _key_words(short)
            if key == c.words:
                continue
            other = next((d for d in out if d is not c and d.words == key), None)
            if other is not None:
                c.absorb(other)
                out.remove(other)
            elif short not in c.forms:
                c.forms.append(short)
    return out


def _join_acronyms(clusters: list[Cluster]) -> list[Cluster]:
    """An acronym joins the entity whose name it abbreviates ("आईसीएमआर" → "इंडियन काउंसिल फॉर मेडिकल रिसर्च")."""
    out = []
    for c in clusters:
        full = None
        if len(c.words) == 1 and letters(c.name):
            full = next((d for d in clusters if d is not c and len(d.words) > 1 and stands_for(c.name, d.words)), None)
        elif len(c.words) == 1 and c.words[0] not in names():  # "रजपा" for राष्ट्रीय जनहित पार्टी; not "राम"
            full = next((d for d in clusters if d is not c and d.kind == "organisation" and len(d.words) > 1
                         and syllables_stand_for(c.words[0], d.words)), None)
        if full is None:
            out.append(c)
            continue
        full.absorb(c)
    return out


_MANAGEMENT, _TEAM = fold("प्रबंधन"), fold("टीम")


def _join_managements(clusters: list[Cluster]) -> list[Cluster]:
    """"कॉमेट्स टीम प्रबंधन" (the management of a body the article names, "कानपुर कॉमेट्स") speaks for that body."""
    out = list(clusters)
    for c in clusters:
        if len(c.words) < 2 or c.words[-1] != _MANAGEMENT:
            continue
        own = c.words[:-2] if c.words[-2] == _TEAM else c.words[:-1]
        body = next((d for d in out if d is not c and d.kind == "organisation"
                     and len(d.words) >= len(own) and d.words[-len(own):] == own), None) if own else None
        if body is not None:
            body.absorb(c)
            out.remove(c)
    return out


_ALIAS = regex.compile(r"\s+(?:उर्फ|उर्फ़)\s+")


def _join_called(clusters: list[Cluster], segments: list) -> list[Cluster]:
    """"सत्येंद्र कुमार उर्फ सोनू": the name after "उर्फ" (also called) is the same person as the one before it."""
    owner = {id(m): c for c in clusters if c.kind == "person" for m in c.mentions}
    people = sorted((m for c in clusters if c.kind == "person" for m in c.mentions), key=lambda m: (m.field, m.start))
    gone: set[int] = set()
    for a, b in zip(people, people[1:]):
        first, second = owner[id(a)], owner[id(b)]
        if a.field != b.field or first is second or id(first) in gone or id(second) in gone:
            continue
        text = next((t for t, s, e, where, _ in segments if where == a.field and s <= a.start < e), None)
        if text is not None and _ALIAS.fullmatch(text, a.end, b.start):
            first.absorb(second)
            for m in second.mentions:
                owner[id(m)] = first
            gone.add(id(second))
    return [c for c in clusters if id(c) not in gone]


# Hindi news writes the compass points of place names in English too: "नॉर्थ कोरिया" is "उत्तर कोरिया".
COMPASS = {fold(k): fold(v) for k, v in (("नॉर्थ", "उत्तर"), ("साउथ", "दक्षिण"), ("ईस्ट", "पूर्व"), ("वेस्ट", "पश्चिम"))}


# A nasal consonant with virama before a consonant of its own class is the anusvara written out: "मुम्बई" is "मुंबई",
# "हिन्दी" is "हिंदी", "चण्डीगढ़" is "चंडीगढ़".
_NASAL = regex.compile(r"ङ्(?=[कखगघ])|ञ्(?=[चछजझ])|ण्(?=[टठडढ])|न्(?=[तथदध])|म्(?=[पफबभ])")
_HYPHEN = regex.compile(r"\s*-\s*")


def _spelling(words: list[str]) -> str:
    """A name's words with the anusvara for its spelled-out nasals and a space for a hyphen ("जम्मू-कश्मीर")."""
    return _NASAL.sub("ं", _HYPHEN.sub(" ", " ".join(words)))


def _join_spellings(clusters: list[Cluster]) -> list[Cluster]:
    """One name written two ways in one article: a person's name of six letters or more one letter apart
    ("सबाउद्दीन", "सबाहुद्दीन"), a place with its compass point in English ("नॉर्थ कोरिया"), any name with its nasals
    or a hyphen written another way ("मुम्बई", "जम्मू-कश्मीर"). The form mentioned more keeps the name."""
    out: list[Cluster] = []
    for c in sorted(clusters, key=lambda c: -len(c.mentions)):
        key = " ".join(c.words)
        spelled = _spelling(c.words)
        home = next((d for d in out if d.kind == c.kind and spelled == _spelling(d.words)
                     or d.kind == c.kind == "person" and len(key) >= 6 and key[0] == d.words[0][:1]
                     and _one_apart(key, " ".join(d.words))
                     or d.kind == c.kind == "place" and len(c.words) > 1 and _compass(c.words) == _compass(d.words)), None)
        if home is None:
            out.append(c)
            continue
        home.absorb(c)
    return out


def _compass(words: list[str]) -> list[str]:
    return [COMPASS.get(w, w) for w in words]


def _one_apart(a: str, b: str) -> bool:
    """True when one insertion, deletion or substitution turns ``a`` into ``b``."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k in range(len(a)) if a[k] != b[k]), len(a))
    return a[i + 1:] == b[i + 1:] if len(a) == len(b) else a[i:] == b[i + 1:]


_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)\s+\Z")


def _titled_people(clusters: list[Cluster], segments: list) -> None:
    """A name the tagger called a body that stands right after a person's title ("चिली की विदेश मंत्री मारिया लोपेज़")
    is a person: a body's name never follows "मंत्री". (Not a name ending in a head word or an English plural, a
    business's: "… ट्रैवल्स".)"""
    for c in clusters:
        if c.kind != "organisation" or c.words[-1] in ORG_HEADS or c.words[-1].endswith("\u094dस") or letters(c.name):
            continue
        for m in c.mentions:
            text = next((t for t, a, b, where, _ in segments if where == m.field and a <= m.start < b), None)
            before = _WORD_BEFORE.search(text, max(0, m.start - LOOK_BEFORE), m.start) if text else None
            if before and fold(before.group(1), normalized=True) in TITLES:
                c.kind = "person"
                break


LOOK_BEFORE = 30  # characters read back for the title


def _title_speakers(clusters: list[Cluster], titles: list[str], segments: list) -> None:
    """A quote's sayer given only as a title ("गृहमंत्री") is the person the article names right after that title
    ("गृहमंत्री पी चिदंबरम"): the title becomes one of that person's forms."""
    people = [c for c in clusters if c.kind == "person"]
    for title in titles:
        for c in people:
            # Also "उपजिलाधिकारी (एसडीएम) अनुराधा सिंह", "सीएमओ डॉ. राघवेंद्र नाथ मिश्र", and a title glued to the
            # word before it ("प्रतिक्रियागृहमंत्री पी चिदंबरम", a heading run into the text).
            after = regex.compile(regex.escape(title) + _TITLE_GAP + "(?:" + "|".join(
                regex.escape(name) for name in {m.text for m in c.mentions}) + r")(?![\p{L}\p{M}])")
            if any(after.search(text, start, end) for text, start, end, *_ in segments):
                c.forms.append(title)
                break


_TITLE_GAP = r"\)?\s+(?:(?:डॉ|डॉक्टर|डा|प्रो|श्री|श्रीमती|सुश्री)\.?\s*)?"


def _demonym(c: Cluster, places: set[str]) -> bool:
    """"अमरीकी", "रूसी", "भारतीय": the adjective of a place the article or CLDR names, not a place itself."""
    return c.kind == "place" and len(c.words) == 1 and _place_adjective(c.words[0], places)


def _place_adjective(word: str, places: set[str]) -> bool:
    for ending in ("ीय", "ी", "ाई"):  # भारतीय, रूसी, ऑस्ट्रेलियाई
        stem = word[: -len(ending)]
        if word.endswith(ending) and len(stem) > 1 and any(x in places or x in place_names() for x in (stem, stem + "ा")):
            return True
    return False


# The portfolio before a minister's title: "जॉर्जियाई विदेश मंत्री" (a sayer may come without its last word).
PORTFOLIOS = frozenset(fold(w) for w in "विदेश गृह रक्षा वित्त कृषि शिक्षा स्वास्थ्य रेल परिवहन".split())


def _described(c: Cluster, places: set[str]) -> bool:
    """"ऑस्ट्रेलियाई खिलाड़ी", "रूसी राष्ट्रपति", "जॉर्जियाई विदेश": a place's adjective with a title or a portfolio
    describes a person but names nobody."""
    return c.kind == "person" and len(c.words) >= 2 and any(_place_adjective(w, places) for w in c.words) and all(
        w in TITLES or w in PORTFOLIOS or _place_adjective(w, places) for w in c.words)


_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[ \u00a0]+$")
MAX_DESCRIPTION = 5  # words: "ब्रिटेन के विदेश मंत्री", "उत्तर कोरिया के तानाशाह"


def _description(text: str, start: int) -> str | None:
    """The description that stands right before a person's name and could stand for it: a title, with the place
    or body it belongs to ("उत्तर कोरिया के नेता", "रूस के राष्ट्रपति", "उत्तर कोरियाई तानाशाह"), or None."""
    words: list[tuple[str, int]] = []  # (word, where it starts), right to left
    at = start
    while len(words) < MAX_DESCRIPTION + 1:
        m = _WORD_BEFORE.search(text, max(0, at - 40), at)
        if m is None:
            break
        words.append((m.group(1), m.start(1)))
        at = m.start(1)
    keys = [fold(w, normalized=True) for w, _ in words]
    if not keys or keys[0] not in TITLES:
        return None
    n = 1
    while n < len(keys) and keys[n] in TITLES:  # "पूर्व राष्ट्रपति", titles in a row
        n += 1
    if n < len(keys) and keys[n] not in STOP and n + 1 < len(keys) and keys[n + 1] == "के":
        n += 1  # "ब्रिटेन के विदेश मंत्री": one word of the office before the title
    if n < len(keys) and keys[n] == "के":
        owner = [k for k in range(n + 1, min(n + 3, len(keys))) if keys[k] not in STOP and keys[k] not in TITLES]
        if not owner or owner[0] != n + 1:
            return None
        n = owner[-1] + 1 if len(owner) == 2 and owner[1] == n + 2 else n + 2
    elif n < len(keys) and keys[n].endswith(("ी", "ीय", "ाई")) and keys[n] not in STOP:
        n += 1  # "रूसी राष्ट्रपति", "उत्तर कोरियाई तानाशाह"
        if n < len(keys) and keys[n] in COMPASS_WORDS:
            n += 1
    if n == 1:
        return None  # a bare title ("राष्ट्रपति पुतिन") is no description of its own
    first = words[n - 1][1]
    return text[first:start].strip()


def _place_before_person(found: list[tuple[Mention, str | None]], text: str = "") -> list[tuple[Mention, str | None]]:
    """"एसडीएम महसी अंकिता राय", "सीओ तमकुहीराज कुंदन सिंह": an officer's area before the name, when the article
    names that area as a place on its own, is the place and then the person (the name keeps two words at least); so
    is a place after a name of two words or more that the article (``text``) uses as a place ("सुजाता मिश्र बुर्ला", with
    "बुर्ला के अस्पताल में"; not a surname the tagger once read as a place: "मेड़तिया ने कहा")."""
    places = {fold(m.text, normalized=True) for m, _ in found if m.kind == "place" and " " not in m.text}
    out = []
    for m, gloss in found:
        first, _, rest = m.text.partition(" ")
        head, _, last = m.text.rpartition(" ")
        if m.kind == "person" and len(rest.split()) >= 2 and fold(first, normalized=True) in places:
            at = m.start + len(first) + 1
            out.append((Mention(first, "place", m.start, m.start + len(first), m.field, m.weight), None))
            m = Mention(rest, "person", at, m.end, m.field, m.weight, m.short)
        elif m.kind == "person" and gloss is None and len(head.split()) >= 2 and fold(last, normalized=True) in places \
                and regex.search(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(last)}{_AS_A_PLACE}", text):
            out.append((Mention(head, "person", m.start, m.start + len(head), m.field, m.weight, m.short), None))
            m = Mention(last, "place", m.end - len(last), m.end, m.field, m.weight)
        out.append((m, gloss))
    return out


# How a place stands in a sentence: "बुर्ला में", "बुर्ला से", "बुर्ला स्थित", "बुर्ला के अस्पताल/मेडिकल कॉलेज/…".
_AS_A_PLACE = (r"\s+(?:में|से|स्थित|जिले|के\s+(?:अस्पताल|मेडिकल|सरकारी|जिला|गांव|बाजार|थाना|थाने|स्कूल|कॉलेज)"
               r")(?![\p{L}\p{M}])")


def _self_named(m: Mention, segments: list) -> bool:
    """The outlet naming itself ("बीबीसी संवाददाता", "बीबीसी हिन्दी के एंड्रॉएड ऐप"), not a party to the story."""
    return any(where == m.field and start <= m.start < end and OWN_REPORTER.match(text, m.end)
               for text, start, end, where, _ in segments)


def find_entities(segments: list[tuple[str, int, int, str, float]], speakers: list[str],
                  known: list[tuple[str, str, bool]] = (), publisher: frozenset[str] = frozenset()) -> list[Cluster]:
    """Entities of an article from its sentences, given as (text, start, end, field, weight); ``speakers``: the
    resolved sayers of its quotes (each quote adds to its speaker's salience); ``known``: (name, type, sure)
    triples the other steps found (the dateline, cited sources, sayers), added where the tagger missed them; a
    sure type also wins over the tagger's. ``publisher``: the page's own outlet (fold() forms), not an entity where
    it only names itself."""
    found: list[tuple[Mention, str | None]] = []
    for text, start, end, where, weight in segments:
        found.extend(mentions_in(text, start, end, where, weight))
    lede = next((seg for seg in segments if seg[3] == "text"), None)
    credit = _REPORTER.match(lede[0], lede[1], lede[2]) if lede else None
    if credit:  # "अलीगढ़[संतोष शर्मा]:": the reporter's credit, not a person in the story
        found = [(m, g) for m, g in found if not (m.field == "text" and credit.start(1) <= m.start < credit.end(1))]
    tagged = {tuple(_key_words(m.text)) for m, _ in found}
    sure = {tuple(_key_words(name)): kind for name, kind, certain in known if certain}
    titles = [name for name, _, _ in known if _key_words(name) and all(w in TITLES for w in _key_words(name))]
    for name, kind, _ in known:
        if name in titles:
            continue
        if tuple(_key_words(name)) in tagged:
            continue
        for text, start, end, where, weight in segments:
            at = _find_word(text, name, start, end)
            if at >= 0:
                short = SHORT_FORM.match(text, at + len(name))
                found.append((Mention(text[at : at + len(name)], kind, at, at + len(name), where, weight,
                                      short.group(1) if short else None), None))
                tagged.add(tuple(_key_words(name)))
                break
    for m, _ in found:  # "कानपुर:" the dateline is a place, though the tagger read it as the start of "कानपुर कॉमेट्स"
        key = tuple(_key_words(m.text))
        m.kind = sure.get(key, m.kind)
        if m.kind == "organisation" and " ".join(key) in place_names():
            m.kind = "place"  # "हरियाणा में कबड्डी …" beside "हरियाणा कबड्डी लीग": a state alone is the place, not the league
    found = _place_before_person(found, "\n".join(text[start:end] for text, start, end, *_ in segments))
    clusters = _merge_types(cluster(found, frozenset(k for k, kind in sure.items() if kind == "place")))
    _retype(clusters, sure)
    _titled_people(clusters, segments)
    clusters = _join_institutions(_join_spellings(_join_acronyms(_join_short_forms(clusters))))
    clusters = _join_managements(_join_called(clusters, segments))
    clusters = [c for c in clusters if not (" ".join(c.words) in publisher and all(_self_named(m, segments) for m in c.mentions))
                and not (len(c.words) == 1 and (c.words[0] in ORG_HEADS or c.words[0] in NOT_NAMES or c.words[0] in ADDRESS_WORDS
                                                or c.kind == "person" and c.words[0] in LETTER_NAMES  # "एन" of "वी.एन. …"
                                                or c.kind == "person" and c.words[0] in BODY_WORDS  # "संघ" of "नाविक संघ"
                                                or c.words[0].endswith(("ों", "ओं"))))  # "सुरक्षाबलों": a plural noun
                and not _designation(c.words) and c.words[-1] not in FESTIVALS
                and not (c.kind != "person" and len(c.words) > 1 and (
                    c.words[-1] in _THING_ENDS or c.words[-1] in _POSTS and c.words[0] in _PLATFORMS))]
    surnames = {c.words[-1] for c in clusters if c.kind == "person" and len(c.words) > 1}
    # "खुशबू कुमावत प्रदेश में अव्वल": a surname run into an area word, read as a place ("कुमावत प्रदेश")
    clusters = [c for c in clusters if not (c.kind == "place" and len(c.words) == 2 and c.words[0] in surnames
                                            and c.words[1] in AREA_NOUNS)]
    places = {" ".join(c.words) for c in clusters if c.kind == "place"}
    clusters = [c for c in clusters if not _demonym(c, places) and not _described(c, places)]
    _title_speakers(clusters, titles, segments)
    for c in clusters:
        if c.kind == "person":
            for m in c.mentions:
                text = next((t for t, a, b, where, _ in segments if where == m.field and a <= m.start < b), None)
                found_description = _description(text, m.start) if text else None
                if found_description and found_description not in c.descriptions:
                    c.descriptions.append(found_description)
    for name in speakers:
        key = _key_words(name)
        home = next((c for c in clusters if c.kind == "person" and (c.words == key or (
            len(c.words) < len(key) and _inside(c.words, key)))), None)
        if home is None:
            home = next((c for c in clusters if c.words == key or c.words[-len(key):] == key), None)
        if home is not None:
            if len(key) > len(home.words):  # the quote's sayer is the fuller name ("किम जोंग" → "किम जोंग उन")
                home.forms.append(home.name)
                home.name, home.words = name, key
            home.score += 1.0
    top = max((c.score for c in clusters), default=1.0) or 1.0
    for c in clusters:
        c.score = round(c.score / top, 3)
    return sorted(clusters, key=lambda c: (-c.score, c.mentions[0].start))
