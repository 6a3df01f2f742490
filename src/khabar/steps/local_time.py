"""Step ``local_time``: on a page in an Indian language (or marked as an Indian page, ``lang="en-IN"``), a time shown
without its zone is Indian Standard Time, and a time the metadata gives in UTC is written in IST (the same moment).
A page in English that shows its times in IST is an Indian page too. Every Indian news site writes its times in
IST, and a reader there reads them so; the times of pages in other
languages, or of Nepal's, Pakistan's or Bangladesh's languages, keep their zone, or no offset rather than a guessed
one."""
from __future__ import annotations

import datetime as dt

import regex

from ..page import Page

IST = "+05:30"
_IST = dt.timezone(dt.timedelta(hours=5, minutes=30))
INDIAN_LANGUAGES = frozenset("hi mr gu pa or te kn ml ta as kok mai bho".split())


def _indian(page: Page) -> bool:
    declared = (getattr(page.meta, "language", None) or "").replace("_", "-").lower()
    return page.article.language in INDIAN_LANGUAGES or declared.endswith("-in") or shows_ist(page)


_IST_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:IST|आईएसटी)(?![\p{L}\p{M}])")
_TIME_ROLES = ("date", "byline")


def shows_ist(page: Page) -> bool:
    """The page's date lines give their times in IST ("Updated: Nov 3, 2028, 14:22 IST"): an Indian page."""
    return any(_IST_WORD.search(item.text) for item in (page.article.blocks or page.article.lines or [])
               if item.role in _TIME_ROLES)


def local_time(page: Page) -> None:
    a = page.article
    zoneless = [k for k in ("published", "updated") if len(getattr(a, k) or "") == 19]
    utc = [k for k in ("published", "updated") if (getattr(a, k) or "").endswith(("Z", "+00:00"))]
    if not (zoneless or utc) or not _indian(page):
        return
    for key in zoneless:
        setattr(a, key, getattr(a, key) + IST)
        if key in a.evidence:
            a.evidence[key] += " (shown without a zone on an Indian page: IST)"
    for key in utc:
        try:
            moment = dt.datetime.fromisoformat(getattr(a, key).replace("Z", "+00:00"))
        except ValueError:
            continue
        setattr(a, key, moment.astimezone(_IST).isoformat())
        if key in a.evidence:
            a.evidence[key] += " (given in UTC; the same moment in IST, the zone of an Indian page)"
