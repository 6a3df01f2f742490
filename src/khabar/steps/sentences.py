"""Step ``sentences``: sentence spans over the clean text."""
from __future__ import annotations

from ..article import Span
from ..page import Page
from ..text.sentences import split_sentences


def sentences(page: Page) -> None:
    page.article.sentences = [Span(start=s, end=e) for s, e in split_sentences(page.article.text)]
