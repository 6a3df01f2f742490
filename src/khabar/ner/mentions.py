"""Mentions of one sentence: the tagger's spans, cut to the name they hold. A mention stops at a bracket, loses the
verbs, postpositions and titles at its edges, takes a body's head word that follows it ("नारायण मेडिकल" + "कॉलेज"),
ends an organisation at its head word, and splits places that stand side by side."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..quotes.lexicon import AREA_NOUNS, BODY_WORDS, NUMBER_WORDS, PRONOUNS, STOP, TITLES, words
from ..text.normalize import fold
from ..text.sentences import LETTER_NAMES
from .data import spans
from ..quotes.speakers import PLURAL_NOUN_ENDS, PORTFOLIOS, WINGS
from .latin import cldr_places, indian_states
from .model import TOKEN, tag

KIND = {"PER": "person", "LOC": "place", "ORG": "organisation"}
# Mentions the model is less sure of than even odds are not shown (measured on the article references: precision
# rises, recall holds).
MIN_CONFIDENCE = 0.5
_PUNCT = regex.compile(r"^[^\p{L}\p{M}\p{N}]+$")
_GLOSS = regex.compile(r"\s*\(\s*([A-Za-z][A-Za-z.'\- ]{1,60}?)\s*\)")
# A name's short form in brackets right after it, one Devanagari word: "(सेबी)", "(डब्ल्यूएचओ)".
SHORT_FORM = regex.compile(r"\s*\(\s*(\p{Devanagari}{2,14})\s*\)")
# A name that ends in one of these is an organisation's, whatever the tagger said ("पतंजलि योगपीठ", "जेएन मेडिकल कॉलेज").
# Not "संयुक्त" (united: "संयुक्त राष्ट्र"), "संघ" (union: "सोवियत संघ" is a place) or "केंद्र" (the Centre, which starts
# "केंद्र सरकार"), which the quote step's list holds.
_BODIES = BODY_WORDS - words("संयुक्त संघ केंद्र")
# A reserve, sanctuary or national park is a place, whatever the tagger said ("पीलीभीत टाइगर रिजर्व").
PLACE_HEADS = words("रिजर्व अभयारण्य सैंक्चुरी")
# A firm's name ends in its trade's word too: "सिंधु ब्रोकिंग", "हिमगिरि कैपिटल", "तरंग वेंचर्स", "Tridhara Broking".
FIRM_HEADS = words("कैपिटल ब्रोकिंग इक्विटीज सिक्योरिटीज वेंचर्स फिनसर्व फाइनेंस लैब्स टेक्नोलॉजीज इंडस्ट्रीज "
                   "capital broking equities securities ventures finserv finance labs technologies industries limited ltd")
ORG_HEADS = _BODIES | FIRM_HEADS | words("""
कॉलेज कालेज यूनिवर्सिटी इंस्टीट्यूट संस्थान अकादमी क्लब फाउंडेशन ट्रस्ट लिमिटेड एयरलाइंस एयरलाइन्स योगपीठ मिशन ब्यूरो हॉस्पिटल
विद्यालय महाविद्यालय स्कूल
एजेंसी काउंसिल कॉर्पोरेशन कॉरपोरेशन मंच दल टाइम्स पोस्ट एक्सप्रेस हेराल्ड ट्रिब्यून न्यूज़ चैनल इंडिया
लीग फेडरेशन एसोसिएशन असोसिएशन नेटवर्क सोसाइटी कमेटी समूह ग्रुप रेल निदेशालय महानिदेशालय आयुक्तालय सचिवालय
""")
# A name followed by one of these is that body's name ("झारखंड सरकार", "नारायण मेडिकल कॉलेज"); not "पोस्ट" or "चैनल",
# which follow a site's name as common nouns ("फेसबुक पोस्ट").
BODY_AFTER = _BODIES | FIRM_HEADS | words("कॉलेज कालेज यूनिवर्सिटी इंस्टीट्यूट संस्थान अकादमी क्लब फाउंडेशन ट्रस्ट")
# A gesture told right after a sayer's name ("नायर मुस्कुराए", "… हंसते हुए बोले"): not part of it.
GESTURES = words("मुस्कुराए मुस्कुराई मुस्कुराईं मुस्कुराते मुस्कुराकर हंसे हँसे हंसते हँसते हंसकर")
# Words the tagger runs into a person's name from its sides, none of them ever a name's own: "ये बात अमिताभ बच्चन ने",
# "रमेश यादव याद दिलाते हैं", "मनिंदर सिंह दोनो ही", "कप्तान धोनी मैच का नक्शा".
NOT_A_NAME = words("बात याद दोनों दोनो खुद ख़ुद स्वयं मैच खुश ख़ुश नाराज नाराज़ दुखी उत्साहित भावुक हैरान परेशान")  # (a mood before a name)
# A place's name starts with its compass point ("उत्तर कोरिया"); one that ends in it ran into the next words
# ("बदख़्शां उत्तर-पूर्व"), and the word alone is a direction, not a place.
COMPASS_WORDS = words("उत्तर दक्षिण पूर्व पश्चिम उत्तरी दक्षिणी पूर्वी पश्चिमी")
# "मध्य इस्राइली शहर बेनेई बराक": the words after a place noun inside a mention are the place's name.
PLACE_NOUNS = words("शहर गांव गाँव कस्बे कस्बा कस्बों जिले जिला इलाके इलाका प्रांत")
# A place's name may end in what it is: "रोहिन" + "नदी" is "रोहिन नदी".
GEO_AFTER = words("नदी दरिया झील पर्वत पहाड़ी घाटी वैली तालाब बांध बैराज नहर सरोवर जंक्शन एक्सटेंशन खुर्द कलां खेड़ा")
# A name that ends in one of these is a venue named after a person ("रामदेव यज्ञ मंडप", "नेहरू स्टेडियम"): a place.
VENUE_HEADS = words("मंडप भवन मैदान स्टेडियम सभागार ऑडिटोरियम चौक मार्ग पार्क घाट परिसर मंदिर आश्रम मस्जिद गुरुद्वारा दरगाह")
# What may stand between a name and its venue word: "पाटलिपुत्र खेल परिसर", "इंदिरा गांधी इंडोर स्टेडियम".
VENUE_KINDS = words("खेल इंडोर आउटडोर अंतरराष्ट्रीय अंतर्राष्ट्रीय क्रिकेट हॉकी फुटबॉल स्मृति विश्राम")


def plural(word: str) -> bool:
    """An English plural written in Devanagari ("मार्वल्स", "वेंचर्स", "टेक्नोलॉजीज") ends the names of teams and
    companies ("मेरठ मार्वल्स", "नीलगिरि वेंचर्स"), not of places or people."""
    if word in _NOT_PLURAL:
        return False
    return len(word) > 3 and word.endswith(("\u094dस", "ीज", "ेज")) or len(word) > 5 and word.endswith("ोज")  # not "सरोज"


_NOT_PLURAL = frozenset(fold(w) for w in "सीरीज सिरीज मैसेज पैकेज विलेज कॉलेज कालेज इमेज".split())  # English singulars


@dataclass
class Mention:
    text: str
    kind: str
    start: int
    end: int
    field: str  # "text" or "headline"
    weight: float
    short: str | None = None  # the short form in brackets after it: "किंग जॉर्ज चिकित्सा विश्वविद्यालय (केजीएमयू)"


def mentions_in(text: str, start: int, end: int, where: str, weight: float) -> list[tuple[Mention, str | None]]:
    """Tagged mentions of ``text[start:end]`` (one sentence), each with the Latin gloss that follows it, if any."""
    toks = list(TOKEN.finditer(text, start, end))
    if not toks:
        return []
    tags = tag([m.group() for m in toks], MIN_CONFIDENCE)
    keys = [fold(t.group(), normalized=True) for t in toks]
    out, found = [], []
    for s, e, kind in _across_apostrophes(spans(tags), toks):
        words = [k for k in range(s, e) if not _PUNCT.match(toks[k].group())]
        # A mention is a run of words: it stops at the first bracket or mark inside it ("उत्तर कोरिया (North").
        stop = next((k for k in range(s, e) if _PUNCT.match(toks[k].group()) and not _joining_hyphen(toks, k)), e)
        if stop == s or not words:
            continue
        e = stop
        # Verbs, postpositions and titles at a mention's edges are not the name ("बोले किम जोंग" → "किम जोंग"), nor a
        # title's qualifier ("मीडिया सलाहकार संजय बारू") or, after a title, a person's portfolio ("प्रमुख सचिव गृह अवनीश …").
        while s < e and (keys[s] in STOP or keys[s] in TITLES and not (kind == "ORG" and keys[s] in BODY_PREFIXES)
                         or keys[s] in SIDE_WORDS or keys[s] in WHOLE_WORDS or keys[s] in PREDICATES
                         or kind == "PER" and keys[s] in TITLE_QUALIFIERS and s + 1 < e and keys[s + 1] in TITLES
                         or kind == "PER" and (keys[s] in PORTFOLIOS or keys[s] in WINGS and e - s > 2) and s > 0 and keys[s - 1] in TITLES
                         or keys[s] == WELL_KNOWN[1] and s > 0 and keys[s - 1] == WELL_KNOWN[0]
                         or kind == "PER" and (keys[s] in NOT_A_NAME or keys[s].endswith(PLURAL_NOUN_ENDS))):
            s += 1
        if kind != "ORG" and e - s > 1 and keys[s] in CLUB_WORDS:
            s, kind = s + 1, "ORG"  # "क्लब मैनचेस्टर यूनाइटेड": the kind before a name makes it a body's
        while e > s and (keys[e - 1] in STOP or keys[e - 1] in TITLES or keys[e - 1] in GESTURES
                         or kind == "PER" and (keys[e - 1] in NOT_A_NAME or keys[e - 1] in AREA_NOUNS)):
            e -= 1
        e = next((k for k in range(s + 1, e) if keys[k] in NUMBER_WORDS), e)  # "प्रियंका भारती दो साल …": a count ends a name
        if kind == "PER":  # "रामफल दहिया ठेठ हरियाणवी में बोले": a word no name holds ends it
            e = next((k for k in range(s + 1, e) if keys[k] in NAME_BREAKS), e)
        while s >= 2 and toks[s - 1].group() == "." and keys[s - 2] in LETTER_NAMES and _glued(toks, s - 2, s - 1):
            s -= 2  # "आर.एन. कुलकर्णी" tagged from "एन": the initials before it are the name's too
        if e + 2 < len(toks) and keys[e - 1] in LETTER_NAMES and toks[e].group() == "." and keys[e + 1] not in STOP \
                and not _PUNCT.match(toks[e + 1].group()):
            e += 2  # "हेमंत जे. पारेख": an initial inside the name, read on past its full stop
        if s >= e:
            continue
        kind = KIND[kind]
        if kind == "organisation":  # "बिल्डर कंपनी अरावली इन्फ्राहोम्स …": the kind before the name is not in it
            s = max([s] + [j + 1 for j in range(s, e - 1) if keys[j] in _KIND_WORDS
                           and (j < e - 2 or keys[e - 1] not in NAME_HEADS)])
        if e < len(toks) and keys[e] in BODY_AFTER and _spaced(text, toks, e - 1, e) \
                and not (kind == "person" and keys[e] in PLACE_NAMED_BODIES):  # "फ़रज़ाना" + "अदालत के अहाते में"
            e, kind = e + 1, "organisation"
        if kind == "place" and e < len(toks) and keys[e] in GEO_AFTER and _spaced(text, toks, e - 1, e):
            e += 1
        inner = next((k for k in range(s + 1, e - 1) if plural(keys[k])), None)
        if kind != "organisation" and inner is not None:
            e, kind = inner + 1, "organisation"  # "पटना टाइगर्स" + "फाइनल": the team's name ends at its plural
        if kind != "organisation" and e < len(toks) and plural(keys[e]) and _spaced(text, toks, e - 1, e):
            e, kind = e + 1, "organisation"  # "भागलपुर" + "ब्लास्टर्स": a team named after its city
        venue = next((k for k in (e, e + 1) if k < len(toks) and keys[k] in VENUE_HEADS
                      and all(keys[j] in VENUE_KINDS for j in range(e, k)) and _spaced(text, toks, e - 1, k)), None)
        if kind != "organisation" and venue is not None:
            e, kind = venue + 1, "place"  # "पाटलिपुत्र" + "खेल परिसर"
        while kind in ("place", "person") and e > s + (kind == "person") and keys[e - 1] in COMPASS_WORDS:
            e -= 1  # (a person's name runs into the compass word of a place after it: "फरहाना सिद्दीकी पश्चिमी भारत …")
        if s >= e:
            continue
        if kind == "person" and e - s > 1 and (keys[e - 1] in VENUE_HEADS or keys[e - 1] in GEO_AFTER):
            kind = "place"  # "सीर दरिया": a river, whatever the tagger said
        if e - s > 1 and keys[e - 1] in PLACE_HEADS:
            kind = "place"
        noun = next((k for k in range(e - 2, s - 1, -1) if keys[k] in PLACE_NOUNS), None)
        if noun is not None and not any(keys[k] in ORG_HEADS for k in range(noun + 1, e)):
            s, kind = noun + 1, "place"
        if kind == "person" and e - s > 1 and keys[e - 1] in indian_states():
            found.append((e - 1, e, "place"))  # "डॉक्टर मेहता दिल्ली के …": a surname, then the state
            e -= 1
        at = next((k for k in range(s + 1, e - 1) if keys[k] in LOCATED), None)
        if at is not None:  # "कॉलेज स्क्वायर स्थित कोलकाता मेडिकल कॉलेज": the place, then what stands in it
            found.append((s, at, "place"))
            s = at + 1
        home = next((k for k in range(s + 1, e - 1) if keys[k] in RESIDENT), None) if kind == "person" else None
        if home is not None:  # "मकरोनिया निवासी राकेश लोधी": where the person lives, then the person
            found.append((s, home, "place"))
            s = home + 1
        for part in _split_pair(keys, s, e, kind):
            found.extend(_split_places(keys, *_split_organisation(keys, *part)))
    found = _place_in_body_name(_opened_places(_named_after(sorted(found), toks, text, keys), keys, toks, text), toks, text)
    found.extend(_known_places(keys, found))
    found = _ministries(keys, toks, text, _headed_bodies(keys, toks, text, found))
    for s, e, kind in sorted(found):
        a, b = toks[s].start(), toks[e - 1].end()
        gloss = _GLOSS.match(text, b)
        short = SHORT_FORM.match(text, b) if gloss is None else None
        out.append((Mention(text[a:b], kind, a, b, where, weight, short.group(1) if short else None),
                    gloss.group(1).strip() if gloss else None))
    return out


RESIDENT = words("निवासी वासी")  # "X निवासी Y": Y lives in X
WELL_KNOWN = ("जाने", "माने")  # "जाने माने समाज सेवी एपी जोशी": "well-known", before a title
LOCATED = words("स्थित")  # "X स्थित Y": Y stands in X
# Words that qualify a title and open no name: "मीडिया सलाहकार", "समाज सेवी", "प्रेस सचिव".
TITLE_QUALIFIERS = words("मीडिया प्रेस समाज राजनीतिक कानूनी विधिक निजी विशेष वन")
# A body's kind right before a name: "क्लब मैनचेस्टर यूनाइटेड", "कंपनी सैमसंग".
CLUB_WORDS = words("क्लब कंपनी फर्म")
# Bodies named after a place, never after a person: a person's name before one is not that body's ("फ़रज़ाना अदालत के").
PLACE_NAMED_BODIES = words("अदालत कोर्ट न्यायालय पुलिस")

# Words that end the name of a body and seldom a common noun phrase when two or more words stand before them.
NAME_HEADS = words("पार्टी मोर्चा प्राधिकरण अधिकरण समिति मंच फाउंडेशन ट्रस्ट संस्थान अकादमी परिषद लिमिटेड कॉरपोरेशन "
                   "कॉर्पोरेशन एसोसिएशन असोसिएशन फेडरेशन सोसाइटी यूनियन निदेशालय महानिदेशालय")
# A body's kind before its name ("बिल्डर कंपनी अरावली इन्फ्राहोम्स प्राइवेट लिमिटेड", "निजी अस्पताल चेन सहजीवन …"): not
# part of it, unless it stands right before the head word ("… किसान उत्पादक कंपनी लिमिटेड").
_KIND_WORDS = words("कंपनी फर्म चेन समूह पोर्टल प्लेटफॉर्म प्लेटफार्म संस्था संगठन वेबसाइट टैंक ब्रोकरेज एनजीओ निर्माता")  # "थिंक टैंक …"
MIN_HEADED_WORDS, MAX_HEADED_WORDS = 2, 5
# Titles that also open a body's name ("केंद्रीय जल आयोग", "राष्ट्रीय हरित अधिकरण"): kept in front of an organisation.
BODY_PREFIXES = words("केंद्रीय राष्ट्रीय")
# "पूरे प्रदेश", "समूचे बिहार": how much of a place, not its name.
WHOLE_WORDS = words("पूरे पूरी पूरा समूचे समूची समूचा सारे सारी")
# "विपक्षी छत्तीसगढ़ जनअधिकार पार्टी": the side a body is on, not its name.
SIDE_WORDS = words("विपक्षी सत्तारूढ़ सत्ताधारी प्रतिद्वंद्वी")
# Words inside no person's name: "ठेठ हरियाणवी में" (in broad Haryanvi), "अपनी बोली में", "खुद", "भी".
NAME_BREAKS = words("ठेठ अपनी अपने अपना खुद स्वयं भी ही तो")
# "स्टेशन पर तैनात पुलिस": what is said of a body or a person, before it, is no part of its name.
PREDICATES = words("तैनात मौजूद उपस्थित गठित नियुक्त शामिल संबंधित संबद्ध")
# What never opens such a name: determiners and pronouns, numbers and sizes ("तीन सदस्यीय समिति"), a body's kind
# ("संगठन यात्री अधिकार मंच" is the मंच), the words of a decision ("अंतिम फैसला पार्टी") and of time ("इस बार").
_NOT_IN_NAME = SIDE_WORDS | words("अपनी अपने अपना इसका इसकी इसके उसका उसकी उसके किसी कोई जिन्हें जिन्हे जिनसे इन उन हर सभी पूरी पूरा सदस्यीय संगठन संस्था फैसला "
                     "फ़ैसला निर्णय दो तीन चार पांच पाँच छह सात आठ नौ दस बार दिन साल महीने सप्ताह मामला मामले बहाली")


def _untagged(keys: list[str], found: list, heads: frozenset[str]) -> tuple[set[int], list[int]]:
    """The tokens inside found mentions, and the head words outside them."""
    taken = {k for s, e, _ in found for k in range(s, e)}
    return taken, [k for k, key in enumerate(keys) if key in heads and k not in taken]


def _headed_bodies(keys: list[str], toks: list, text: str, found: list) -> list[tuple[int, int, str]]:
    """"प्रजा शक्ति पार्टी", "जिला विधिक सेवा प्राधिकरण": words before a head word that the tagger left untagged
    name a body, with a name the tagger found right before them ("हैदरगढ़" + "मेंथा किसान उत्पादक कंपनी लिमिटेड")."""
    taken, heads = _untagged(keys, found, NAME_HEADS)
    out = list(found)
    for k in heads:
        s = k
        while s > 0 and k - s < MAX_HEADED_WORDS and s - 1 not in taken and keys[s - 1] not in STOP \
                and keys[s - 1] not in _NOT_IN_NAME and keys[s - 1] not in PRONOUNS and not keys[s - 1].endswith("सदस्यीय") \
                and not (keys[s - 1] in _KIND_WORDS and s - 1 < k - 1) \
                and not _PUNCT.match(toks[s - 1].group()) and not toks[s - 1].group().isdigit() and _spaced(text, toks, s - 1, s):
            s -= 1
        if k - s < MIN_HEADED_WORDS:
            continue
        before = next((f for f in out if f[1] == s and _spaced(text, toks, s - 1, s)), None)
        if before is not None:
            out.remove(before)
            s = before[0]
        out.append((s, k + 1, "organisation"))
    return sorted(out)


# A ministry's field ("गृह", "स्वास्थ्य एवं परिवार कल्याण", "नागरिक उड्डयन"): before "मंत्रालय" the words name it.
MINISTRY_FIELDS = PORTFOLIOS | words("सूचना प्रौद्योगिकी परिवार विकास ग्रामीण शहरी जल संसाधन कानून विधि न्याय सामाजिक अल्पसंख्यक "
                                     "महिला बाल नागरिक उड्डयन सड़क राजमार्ग दूरसंचार पेट्रोलियम प्राकृतिक गैस कोयला इस्पात खेल युवा "
                                     "उपभोक्ता वन जलवायु परिवर्तन नवीन नवीकरणीय शिक्षा मानव")
MINISTRY_JOINS = words("एवं और तथा व")
_MINISTRY = words("मंत्रालय")


def _ministries(keys: list[str], toks: list, text: str, found: list) -> list[tuple[int, int, str]]:
    """"गृह मंत्रालय ने …", "केंद्रीय स्वास्थ्य एवं परिवार कल्याण मंत्रालय": a ministry the tagger left untagged, named by
    its fields (and "केंद्रीय" before them)."""
    taken, heads = _untagged(keys, found, _MINISTRY)
    out = list(found)
    for k in heads:
        s = k
        while s > 0 and s - 1 not in taken and k - s < MAX_HEADED_WORDS + 2:
            if _spaced(text, toks, s - 1, s) and (keys[s - 1] in MINISTRY_FIELDS or keys[s - 1] in MINISTRY_JOINS
                                                  and s - 1 < k - 1 and s > 1 and keys[s - 2] in MINISTRY_FIELDS):
                s -= 1
            elif s < k and s > 1 and s - 2 not in taken and toks[s - 1].group() == "," and keys[s - 2] in MINISTRY_FIELDS:
                s -= 2  # "पर्यावरण, वन और जलवायु परिवर्तन मंत्रालय"
            else:
                break
        if s == k:
            continue
        if s > 0 and s - 1 not in taken and keys[s - 1] in BODY_PREFIXES and _spaced(text, toks, s - 1, s):
            s -= 1
        out.append((s, k + 1, "organisation"))
    return sorted(out)


# Words that open a city's or a region's name and are no name alone: "ग्रेटर नोएडा", "नवी मुंबई", "न्यू टाउन".
PLACE_OPENERS = words("ग्रेटर नवी न्यू")


def _opened_places(found: list, keys: list[str], toks: list, text: str) -> list[tuple[int, int, str]]:
    """A place (or a body named after it) right after "ग्रेटर" or "नवी" takes that word, also when the tagger read the
    word as a place of its own."""
    out: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        # (and a body named after a region its compass word, "पश्चिमी भारत चिकित्सा अनुसंधान संस्थान", unless a longer
        # mention holds the word)
        if kind != "person" and s > 0 and _spaced(text, toks, s - 1, s) and (keys[s - 1] in PLACE_OPENERS or (
                kind == "organisation" and keys[s - 1] in COMPASS_WORDS and not (out and out[-1][1] == s and out[-1][1] - out[-1][0] > 1))):
            if out and out[-1][0] == s - 1 and out[-1][1] == s:
                out.pop()  # "ग्रेटर" tagged alone
            s -= 1
        out.append((s, e, kind))
    return out


def _place_in_body_name(found: list, toks: list, text: str) -> list[tuple[int, int, str]]:
    """A place right before a body's name is part of it ("मध्य भारत" + "वन्यजीव अनुसंधान संस्थान", one space apart)."""
    out: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        if out and kind == "organisation" and out[-1][2] == "place" and out[-1][1] == s and _spaced(text, toks, s - 1, s):
            out[-1] = (out[-1][0], e, "organisation")
        else:
            out.append((s, e, kind))
    return out


def _joining_hyphen(toks: list, k: int) -> bool:
    """A hyphen or an apostrophe between two words with no space around it joins one name ("अल-मुतैरी",
    "धारचूला-तवाघाट", "डेरेक ओ'ब्रायन")."""
    return toks[k].group() in _JOINING_MARKS and 0 < k < len(toks) - 1 and toks[k - 1].end() == toks[k].start() \
        and toks[k].end() == toks[k + 1].start() and not _PUNCT.match(toks[k + 1].group()) \
        and fold(toks[k - 1].group()) not in COMPASS_WORDS  # "उत्तर-पूर्वी अफ़ग़ानिस्तान" is a region of a place


_JOINING_MARKS = frozenset("-'’")


def _across_apostrophes(spans: list, toks: list) -> list:
    """Spans of one kind on both sides of a glued apostrophe are one name ("ओ" + "'" + "ब्रायन")."""
    out: list = []
    for s, e, kind in sorted(spans):
        if out and out[-1][2] == kind and s == out[-1][1] + 1 and toks[s - 1].group() in "'’" and _joining_hyphen(toks, s - 1):
            out[-1] = (out[-1][0], e, kind)
        else:
            out.append((s, e, kind))
    return out


def _glued(toks: list, first: int, last: int) -> bool:
    """Tokens ``first`` to ``last`` stand with nothing between them ("आर" + ".")."""
    return all(toks[k].end() == toks[k + 1].start() for k in range(first, last))


def _spaced(text: str, toks: list, first: int, last: int) -> bool:
    """Tokens ``first`` to ``last`` stand one space apart."""
    return all(text[toks[k].end() : toks[k + 1].start()] == " " for k in range(first, last))


MIN_KNOWN_PLACE = 4  # letters; shorter names collide with common words ("चक", Chuuk)
MIN_SKELETON = 6  # consonants for a spelling that differs only in vowel signs ("व्लदिवोस्तोक", "व्लादिवोस्तोक")
_VOWEL_SIGNS = regex.compile(r"[\p{M}\u094d]")


@lru_cache(maxsize=65536)
def _skeleton(word: str) -> str:
    """The consonants of a word (tried for every untagged word of every sentence, so cached)."""
    return _VOWEL_SIGNS.sub("", word)


@lru_cache(maxsize=1)
def _place_skeletons() -> frozenset[str]:
    return frozenset(k for n in cldr_places() if " " not in n and len(k := _skeleton(n)) >= MIN_SKELETON)


@lru_cache(maxsize=1)
def _multiword_starts() -> frozenset[str]:
    """First words of the place names of more than one word ("न्यू" of "न्यू यॉर्क")."""
    return frozenset(n.split(" ")[0] for n in cldr_places() if " " in n)


def _known_place(words: list[str]) -> bool:
    name = " ".join(words)
    if len(name) < MIN_KNOWN_PLACE:
        return False
    return name in cldr_places() or len(words) == 1 and _skeleton(name) in _place_skeletons()


# Institutions named after a person, whose name the tagger may split before the surname ("पंडित रविशंकर" +
# "शुक्ल विश्वविद्यालय").
NAMED_INSTITUTIONS = words("विश्वविद्यालय यूनिवर्सिटी महाविद्यालय कॉलेज विद्यालय स्कूल अस्पताल संस्थान")
MAX_NAMESAKE_WORDS = 3


def _named_after(found: list[tuple[int, int, str]], toks: list, text: str, keys: list[str]) -> list[tuple[int, int, str]]:
    """A one-word name right before an organisation's is part of it: the body is named after a person or place
    ("श्रीकृष्ण" + "मेडिकल कॉलेज एवं अस्पताल", "मरुधर" + "हॉस्पिटैलिटी समूह"); so is a person's name of a few words
    before a surname and an institution's head ("पंडित रविशंकर" + "शुक्ल विश्वविद्यालय")."""
    out: list[tuple[int, int, str]] = []
    for s, e, kind in found:
        if out and kind == "organisation" and out[-1][1] == s and out[-1][2] != "organisation" and _spaced(text, toks, s - 1, s) \
                and (out[-1][1] - out[-1][0] == 1 or out[-1][2] == "person" and out[-1][1] - out[-1][0] <= MAX_NAMESAKE_WORDS
                     and e - s == 2 and keys[e - 1] in NAMED_INSTITUTIONS):
            s = out.pop()[0]
        out.append((s, e, kind))
    return out


def _known_places(keys: list[str], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Places CLDR names (countries, and the cities of its time zones; not India's states, which the tagger knows
    and which open bodies' names: "अखिल झारखंड छात्र मोर्चा") that the model left untagged: "प्योंगयांग",
    and a long city name spelled with other vowel signs ("व्लदिवोस्तोक")."""
    taken = {k for s, e, _ in found for k in range(s, e)}
    out, i = [], 0
    starts = _multiword_starts()
    while i < len(keys):
        longest = min(len(keys), i + 4) if keys[i] in starts else i + 1  # a longer name only from its first word
        j = next((j for j in range(longest, i, -1) if _known_place(keys[i:j])), None)
        if j is not None and not taken.intersection(range(i, j)):
            out.append((i, j, "place"))
            i = j
        else:
            i += 1
    return out


_AND = words("और एवं तथा व")


def _split_pair(keys: list[str], s: int, e: int, kind: str) -> list[tuple[int, int, str]]:
    """"नर्मदा छात्रावास और शिवनाथ छात्रावास": two names of one kind joined by "और", each ending in the same word."""
    k = next((k for k in range(s + 1, e - 1) if keys[k] in _AND), None)
    if k is None or keys[k - 1] != keys[e - 1]:
        return [(s, e, kind)]
    return [(s, k, kind), (k + 1, e, kind)]


def _split_places(keys: list[str], *found: tuple[int, int, str]) -> list[tuple[int, int, str]]:
    """Places side by side are two places: "उत्तर कोरिया रूस से" is North Korea and Russia, when the words are
    wholly a run of names CLDR knows."""
    out = []
    for s, e, kind in found:
        cuts, i = [], s
        while kind == "place" and e - s > 1 and i < e:
            j = next((j for j in range(e, i, -1) if " ".join(keys[i:j]) in cldr_places()), None)
            if j is None:
                cuts = []
                break
            cuts.append((i, j, kind))
            i = j
        out.extend(cuts if len(cuts) > 1 else [(s, e, kind)])
    return out


_OF = frozenset(("के", "की", "का"))
_JOINS = words("एंड एन्ड &")  # "कोलकाता मेडिकल कॉलेज एंड हॉस्पिटल": one name


def _split_organisation(keys: list[str], s: int, e: int, kind: str) -> list[tuple[int, int, str]]:
    """An organisation's name ends at its head word: "जेएन मेडिकल कॉलेज के मेडिसिन डिपार्टमेंट" is the college (and
    "X सरकार के Y मंत्रालय" two bodies); "नारायण मेडिकल कॉलेज जमुहार" is the college and the place it stands in."""
    head = next((k for k in range(s, e - 1) if keys[k] in ORG_HEADS), None) if kind == "organisation" else None
    if head is None:
        return [(s, e, kind)]
    rest = head + 1
    if keys[rest] in _OF:
        tail = (rest + 1, e, "organisation")
        return [(s, rest, kind)] + ([tail] if rest + 1 < e and keys[e - 1] in ORG_HEADS else [])
    if e - rest <= 2 and keys[rest] not in _JOINS and not any(keys[k] in ORG_HEADS or keys[k] in BODY_WORDS or keys[k] in STOP
                                                                for k in range(rest, e)):
        return [(s, rest, kind), (rest, e, "place")]
    return [(s, e, kind)]
