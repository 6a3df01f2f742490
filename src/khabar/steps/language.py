"""Step ``language``: the page's main language, from its kept text (or the whole page when nothing is kept)."""
from __future__ import annotations

from ..page import Page
from ..text.language import detect_language


def language(page: Page) -> None:
    a = page.article
    lang = detect_language((a.headline or "") + "\n" + a.text) if a.text else "und"
    if lang == "und":
        lang = detect_language(page.text)
    declared = page.declared_language
    if declared and len(declared) == 2 and lang != declared:
        # The page's own lang attribute wins, except "en" on a page whose text is plainly another language (Indian
        # sites often leave lang="en" on Hindi pages).
        if lang == "und" or declared != "en":
            lang = declared
    a.language = lang
    if lang not in ("hi", "und"):
        a.warnings.append(f"page language is '{lang}', not Hindi; cleaned with the same rules")
