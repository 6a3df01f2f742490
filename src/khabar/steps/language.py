"""Step ``language``: the page's main language, from its kept text (or the whole page when nothing is kept)."""
from __future__ import annotations

from ..page import Page
from ..text.language import detect_language


def language(page: Page) -> None:
    a = page.article
    declared = page.declared_language
    if declared and len(declared) == 2 and declared != "en":
        # An HTML page's own lang attribute is trusted, except "en", which Indian sites often leave on Hindi pages.
        a.language = declared
        if declared != "hi":
            a.warnings.append(f"page language is '{declared}', not Hindi; cleaned with the same rules")
        return
    lang = detect_language((a.headline or "") + "\n" + a.text) if a.text else "und"
    if lang == "und":
        lang = detect_language(page.text)
    if lang == "und" and declared:
        lang = declared
    a.language = lang
    if lang not in ("hi", "und"):
        a.warnings.append(f"page language is '{lang}', not Hindi; cleaned with the same rules")
