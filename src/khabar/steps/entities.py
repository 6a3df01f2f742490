"""Step ``entities``: people, places and organisations of the article's headline, clean text and caption (boilerplate was
removed by the cleaner, so a name that stands only in a video block or a teaser is not the article's); quotes'
speakers are linked to them."""
from __future__ import annotations

from ..article import Entity, Place
from ..ner.entities import find_entities, office_alone
from ..ner.model import model_available
from ..quotes.speakers import is_body, is_media, is_unnamed
from ..page import Page
from .language import is_hindi
from ..text.normalize import fold
from .quotes import MAX_ANALYZED_CHARS


def entities(page: Page) -> None:
    a = page.article
    if a.page_type != "article" or not is_hindi(page) or not model_available():
        return
    segments = [(a.headline, 0, len(a.headline), "headline", 3.0)] if a.headline else []
    first_end = a.paragraphs[0].end if a.paragraphs else 0
    segments += [(a.text, s.start, s.end, "text", 2.0 if s.start < first_end else 1.0) for s in a.sentences
                 if s.end <= MAX_ANALYZED_CHARS]
    if a.caption:  # the people and places of the story's picture are the story's
        segments.append((a.caption, 0, len(a.caption), "caption", 1.0))
    if a.dateline and not a.text.startswith(a.dateline):  # "कानपुर:" on a line of its own names the story's place too
        segments.append((a.dateline, 0, len(a.dateline), "dateline", 1.0))
    speakers = [q.speaker.name for q in a.quotes if q.speaker]
    reporters = [q.via.name for q in a.quotes if q.via]  # people who told of another's words: in the story too
    # What the other steps know: the dateline is a place, cited sources are organisations, sayers are people or bodies.
    known = [(a.dateline, "place", True)] if a.dateline else []
    known += [(s.name, "organisation", True) for s in a.sources]
    known += [(name, "organisation" if is_body(name) or is_media(name) else "person", False) for name in dict.fromkeys(speakers + reporters)
              if not is_unnamed(name)]  # "पीड़ित परिवार", "एक प्रत्यक्षदर्शी": nobody's name
    for n, c in enumerate(find_entities(segments, speakers, known, page.publisher), start=1):
        a.entities.append(Entity(
            id=f"e{n}", type=c.kind, name=c.name, latin=c.latin, aliases=c.aliases, salience=c.score,
            mentions=[Place(start=m.start, end=m.end, field=m.field) for m in sorted(c.mentions, key=lambda m: (m.field != "headline", m.start))]))
    renamed = _without_area(a.entities)
    for q in a.quotes:
        if q.speaker and q.speaker.name in renamed:
            q.speaker.name = renamed[q.speaker.name]
    forms = {}
    for e in a.entities:
        for form in [e.name, *e.aliases]:
            forms.setdefault(fold(form, normalized=True), e.id)
    for q in a.quotes:
        if q.via:
            key = fold(q.via.name, normalized=True)
            q.via.entity = forms.get(key)
        if q.speaker:
            key = fold(q.speaker.name, normalized=True)
            q.speaker.entity = forms.get(key) or next(
                (e.id for e in a.entities if fold(e.name, normalized=True).endswith(" " + key)), None)
            named = next((e for e in a.entities if e.id == q.speaker.entity), None)
            if named is not None and named.type == "person" and q.speaker.name in named.aliases:
                q.speaker.name = named.name  # the fullest name: "स्वामी जी" → "स्वामी ज्ञानानंद सरस्वती"
            elif named is None and office_alone(q.speaker.name):
                # an office no person of the story holds ("कोतवाली प्रभारी ने बताया", the officer never named): unnamed
                q.speaker_description, q.speaker = q.speaker.name, None


def _without_area(entities: list[Entity]) -> dict[str, str]:
    """A person named with the area they serve ("महसी अंकिता राय", a sayer read after "एसडीएम"), where the story names
    that area as a place of its own, or with a scholar's title ("पंडित श्यामसुंदर पांडेय"), goes by the name alone (two
    words at least). Old name → new name."""
    places = {fold(e.name, normalized=True) for e in entities if e.type == "place" and " " not in e.name}
    renamed = {}
    for e in entities:
        area, _, rest = e.name.partition(" ")
        if e.type == "person" and len(rest.split()) >= 2 and (fold(area, normalized=True) in places or area in _SCHOLAR_TITLES):
            # (and a scholar's title before a full name: "पंडित श्यामसुंदर पांडेय" is श्यामसुंदर पांडेय)
            renamed[e.name] = rest
            e.name, e.aliases = rest, [x for x in e.aliases if x != rest]
    return renamed


_SCHOLAR_TITLES = frozenset(("पंडित", "पं.", "पं"))
