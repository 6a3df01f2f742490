"""Step ``language``: the page's main language, from its kept text (or the whole page when nothing is kept)."""
from __future__ import annotations

from ..page import Page
from ..text.language import detect_language


def language(page: Page) -> None:
    a = page.article
    lang = detect_language((a.headline or "") + "\n" + a.text) if a.text else "und"
    if lang == "und":
        lang = detect_language(page.text)
    a.language = lang
    if lang not in ("hi", "und"):
        a.warnings.append(f"page language is '{lang}', not Hindi; cleaned with the same rules")
