"""Step ``quotes``: who said what in the article's headline and clean text, and the sources it credits.

Only the article's own text is read: quotes in teasers, menus and other furniture were removed by the cleaner."""
from __future__ import annotations

from bisect import bisect_left

from ..article import Place, Quote, Source, Speaker
from ..page import Page
from .language import is_hindi
from ..quotes.find import find_quotes, mask_quotes, publisher_names, quote_marks
from ..quotes.speakers import Speakers, is_title
from ..text.normalize import JOINERS, fold, unjoined
from ..text.tokens import WORD


# Characters of clean text the quote and entity steps read: a news story is far shorter; a longer text (a 30 MB
# page) is read only this far, with a warning, so that time stays bounded.
MAX_ANALYZED_CHARS = 200_000


def quotes(page: Page) -> None:
    a = page.article
    if a.page_type != "article" or not is_hindi(page):
        return
    if len(a.text) > MAX_ANALYZED_CHARS:
        a.warnings.append(f"text is {len(a.text):,} characters: quotes and entities are read from the first {MAX_ANALYZED_CHARS:,}")
    head = (a.headline or "") + "\n"
    segments = [(a.headline, 0, "headline", 0)] if a.headline else []
    segments += [(a.text[p.start : p.end], p.start, "text", len(head) + p.start) for p in a.paragraphs
                 if p.end <= MAX_ANALYZED_CHARS]
    whole = head + a.text[:MAX_ANALYZED_CHARS]
    # Joiners after a virama ("उन्‍होंने", "प्रवक्‍ता": some papers write one in every conjunct) are read as absent, so
    # that the cues and the words of the lists match; places are given back in the article's own text.
    joined = JOINERS.search(whole) is not None
    if joined:
        whole, kept = unjoined(whole)
        segments = [(JOINERS.sub("", text), offset, where, bisect_left(kept, position)) for text, offset, where, position in segments]
    masked = "\n".join(mask_quotes(line, quote_marks(line)) for line in whole.split("\n"))
    furniture = [line.text for line in a.lines or a.blocks or [] if line.role.startswith("boilerplate")]
    publisher = publisher_names([whole, *furniture]) | ({fold(a.site_name)} if a.site_name else set())
    page.publisher = frozenset(publisher)
    found, cited = find_quotes(segments, Speakers(whole, masked, len(head)), frozenset(publisher))
    # Where the story's summary lines stand (standfirst, subheads): a quote there is told again, and named, below.
    summary = [(p.start, p.end) for p in a.paragraphs if p.role in ("standfirst", "subhead")]
    fields = [(text, offset, where, unjoined(text)[1]) for text, offset, where in [(a.headline or "", 0, "headline"), *(
        (a.text[p.start : p.end], p.start, "text") for p in a.paragraphs)]] if joined else []
    for q in found:
        if joined:
            q["place"], q["text"] = _joined_place(q["place"], q["text"], fields)
        where, start, end = q["place"]
        place = Place(start=start, end=end, field=where)
        same = next((old for old in a.quotes if old.kind == q["kind"] and _same(old.text, q["text"])), None)
        if same is None and not _in_summary(place, summary):
            same = _reworded(a.quotes, q, summary)
            if same is not None:  # "अभ्यर्थी बोले- … बेमानी" above, the body's own words and sayer below: one quote
                if same.speaker is None or q["speaker"] is None and q["speaker_description"]:
                    # the body's reading of who spoke ("अभ्यर्थियों का कहना है कि": a group, named by nobody)
                    same.speaker = Speaker(name=q["speaker"]) if q["speaker"] else None
                    same.speaker_description, same.addressee = q["speaker_description"], q["addressee"]
                    same.via = Speaker(name=q["via"]) if q.get("via") else None
                same.kind, same.text, same.cue = q["kind"], q["text"], q["cue"]
                same.places.append(place)
                continue
        if same is not None:  # the standfirst's quote again in the body: one quote, two places
            if any(p.field == place.field and p.start < place.end and place.start < p.end for p in same.places):
                continue  # a second reading of the same words (a shorter span inside them): nothing new
            if _in_summary(same.places[0], summary) and not _in_summary(place, summary):
                same.text = q["text"]  # the body's words: the headline's and standfirst's are often shortened
            same.places.append(place)
            if q["speaker"] and not is_title(q["speaker"]) and (
                    same.speaker is not None and is_title(same.speaker.name)
                    or _in_summary(same.places[0], summary) and (same.speaker is None or _named_in(q["speaker"], q["cue"]))):
                # "डीआरएम बोले- …" in the headline: the body names him ("वी.एन. कुलश्रेष्ठ ने कहा, …")
                same.speaker = Speaker(name=q["speaker"])
            continue
        a.quotes.append(Quote(
            kind=q["kind"], text=q["text"], speaker=Speaker(name=q["speaker"]) if q["speaker"] else None,
            speaker_description=q["speaker_description"], addressee=q["addressee"], cue=q["cue"], places=[place],
            via=Speaker(name=q["via"]) if q.get("via") else None))
    a.sources = [Source(name=name, cue=cue) for name, cue in cited]


def _joined_place(place: tuple[str, int, int], words: str,
                  fields: list[tuple[str, int, str, list[int]]]) -> tuple[tuple[str, int, int], str]:
    """A quote's place read without joiners, given back in the article's text (with the words as written there).
    ``fields``: each field's text, offset, name and the index in it of each character ``unjoined`` keeps."""
    where, start, end = place
    for text, offset, field, kept in fields:
        if field == where and offset <= start and end <= offset + len(kept):
            a, b = offset + kept[start - offset], offset + kept[end - offset - 1] + 1
            return (where, a, b), text[a - offset : b - offset]
    return place, words


def _in_summary(place: Place, summary: list[tuple[int, int]]) -> bool:
    """The headline, the standfirst or a subhead."""
    return place.field == "headline" or any(a <= place.start < b for a, b in summary)


def _named_in(name: str, cue: str) -> bool:
    """The cue names the sayer (by the last word of the name), rather than pointing with a pronoun."""
    words = WORD.findall(name)
    return bool(words) and words[-1] in WORD.findall(cue)


MIN_SHARED = 3  # content words a headline's rewording shares with the body's quote (and half of its own)


def _reworded(quotes: list[Quote], q: dict, summary: list[tuple[int, int]]) -> Quote | None:
    """The quote of a summary line (headline, standfirst, subhead) that rewords the body's quote ``q``: only summary
    quotes met in the body nowhere yet, the one sharing the most content words, at least MIN_SHARED and half of its own."""
    said = [old for old in quotes if len(old.places) == 1 and _in_summary(old.places[0], summary) and (
        # (two people's words on one theme: "सिर्फ सेट-पीस …" of one coach, "… सेट-पीस वाली टीम नहीं" of the other)
        old.speaker is None or q["speaker"] is None or _agree(old.speaker.name, q["speaker"]))]
    if not said:
        return None
    body = _content(q["text"])
    best, most = None, 0
    for old in said:
        own = _content(old.text)
        shared = len(own & body)
        if shared >= MIN_SHARED and 2 * shared >= len(own) and shared > most:
            best, most = old, shared
    return best


def _agree(a: str, b: str) -> bool:
    """The same sayer: one name ends or starts with the other ("नायर", "विक्रमादित्य नायर"; "कमला देवी", "कमला देवी सिंह")."""
    fa, fb = fold(a), fold(b)
    return fa == fb or fa.endswith(" " + fb) or fb.endswith(" " + fa) or fa.startswith(fb + " ") or fb.startswith(fa + " ")


def _content(text: str) -> set[str]:
    """The words of a quote that carry its sense (the postpositions and particles left out: three letters or more)."""
    return {k for w in WORD.findall(text) if len(w) >= 3 and (k := fold(w)) not in _FUNCTION_WORDS}


_FUNCTION_WORDS = frozenset(fold(w) for w in "में हैं नहीं किया किए लिए साथ बाद पहले अभी सभी होगा होगी होंगे रहा रही रहे "
                            "गया गई गए सकता सकती सकते उनके उनका उनकी हमें हमारे इसके उसके कहा".split())


def _same(a: str, b: str) -> bool:
    """The same quote: one holds the other, or they share nine tenths of their words."""
    wa, wb = WORD.findall(a), WORD.findall(b)
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return " ".join(short) in " ".join(long_) or len(set(wa) & set(wb)) >= 0.9 * len(set(short))
