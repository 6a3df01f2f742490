"""Step ``local_time``: a time the page shows without its zone, on a page in an Indian language (or marked as an
Indian page, ``lang="en-IN"``), is Indian Standard Time. Every Indian news site writes its times in IST, and a reader
there reads them so; the times of pages in other languages, or of Nepal's, Pakistan's or Bangladesh's languages, keep
no offset rather than get a guessed one."""
from __future__ import annotations

from ..page import Page

IST = "+05:30"
INDIAN_LANGUAGES = frozenset("hi mr gu pa or te kn ml ta as kok mai bho".split())


def _indian(page: Page) -> bool:
    declared = (getattr(page.meta, "language", None) or "").replace("_", "-").lower()
    return page.article.language in INDIAN_LANGUAGES or declared.endswith("-in")


def local_time(page: Page) -> None:
    a = page.article
    zoneless = [k for k in ("published", "updated") if len(getattr(a, k) or "") == 19]
    if not zoneless or not _indian(page):
        return
    for key in zoneless:
        setattr(a, key, getattr(a, key) + IST)
        if key in a.evidence:
            a.evidence[key] += " (shown without a zone on an Indian page: IST)"
