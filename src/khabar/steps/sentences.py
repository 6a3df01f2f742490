"""Step ``sentences``: sentence spans over the clean text."""
from __future__ import annotations

from pydantic import TypeAdapter

from ..article import Span
from ..page import Page
from ..text.sentences import split_sentences

# One validation call for the whole list: half the cost of building the spans one by one.
SPANS = TypeAdapter(list[Span])


def sentences(page: Page) -> None:
    page.article.sentences = SPANS.validate_python([{"start": s, "end": e} for s, e in split_sentences(page.article.text)])
