"""Step ``reading_time``: minutes to read the headline and the clean text, beside the site's own claim.

Words per minute: Brysbaert (2019), "How many words do we read per minute? A review and meta-analysis of reading
rate", J. Memory and Language 109, finds 238 wpm for silent reading of English non-fiction. No comparable adult
norm for Hindi was found; Devanagari words are read more slowly than English ones in the studies we know, so Hindi
text uses a rounder, slower 200 wpm. A page's words are counted with the Unicode word tokenizer.
"""
from __future__ import annotations

from ..article import ReadingTime
from ..page import Page
from ..text.tokens import count_words

WPM = {"en": 238, "hi": 200}
DEFAULT_WPM = 200


def reading_time(page: Page) -> None:
    a = page.article
    words = (page.text_words if page.text_words is not None else count_words(a.text)) + count_words(a.headline or "")
    wpm = WPM.get(a.language, DEFAULT_WPM)
    a.reading_time = ReadingTime(
        minutes=round(words / wpm, 1),
        words=words,
        words_per_minute=wpm,
        site_claim_minutes=getattr(page, "site_claim", None),
    )
