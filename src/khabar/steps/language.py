"""Step ``language``: the page's main language, from its kept text (or the whole page when nothing is kept)."""
from __future__ import annotations

from ..page import Page
from ..text.language import detect_language


# Languages the Hindi steps (quotes, entities) read: their lexicons and model are Hindi, and on a German or English
# page they would only invent quotes and names. "und" is a text too short to tell.
HINDI = ("hi", "und")
NOT_HINDI = "page language is '{}', not Hindi; cleaned with the same rules, no quotes or entities"


def is_hindi(page: Page) -> bool:
    return page.article.language in HINDI


def language(page: Page) -> None:
    a = page.article
    declared = page.declared_language
    if declared and len(declared) == 2 and declared != "en":
        # An HTML page's own lang attribute is trusted, except "en", which Indian sites often leave on Hindi pages.
        a.language = declared
        if declared != "hi":
            a.warnings.append(NOT_HINDI.format(declared))
        return
    lang = detect_language((a.headline or "") + "\n" + a.text) if a.text else "und"
    if lang == "und":
        lang = detect_language(page.text or (page.html_utf8 or b"").decode("utf-8-sig"))
    if lang == "und" and declared:
        lang = declared
    a.language = lang
    if lang not in HINDI:
        a.warnings.append(NOT_HINDI.format(lang))
