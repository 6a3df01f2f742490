"""Step ``language``: the page's main language, from its kept text (or the whole page when nothing is kept)."""
from __future__ import annotations

from ..page import Page
from ..text.language import detect_language


def language(page: Page) -> None:
    a = page.article
    lang = detect_language((a.headline or "") + "\n" + a.text) if a.text else "und"
    if lang == "und":
        lang = detect_language(page.text)
    if page.declared_language and len(page.declared_language) == 2 and (lang == "und" or page.declared_language != "hi" and lang in ("en", "und")):
        lang = page.declared_language  # the page's own lang attribute, for languages the detector does not know
    a.language = lang
    if lang not in ("hi", "und"):
        a.warnings.append(f"page language is '{lang}', not Hindi; cleaned with the same rules")
