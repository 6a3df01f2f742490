"""``analyze``: the steps a page goes through, in order. Engines (one process, many, Ray) only call this."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .article import Article
from .page import Page
from .steps.clean import clean
from .steps.language import language
from .steps.read import read
from .steps.reading_time import reading_time
from .steps.sentences import sentences

Step = Callable[[Page], None]
TEXT_STEPS: list[Step] = [read, clean, language, sentences, reading_time]


def analyze_bytes(data: bytes, source: str | None = None, steps: list[Step] | None = None) -> Article:
    """Analyze one flattened page given as bytes.

    >>> a = analyze_bytes("शीर्षक यहां है\\n\\nविज्ञापन".encode())
    >>> [(l.n, l.role) for l in a.lines][-1]
    (2, 'boilerplate:ad-marker')
    """
    page = Page(data=data, article=Article(source=source, input_format="text"))
    for step in steps or TEXT_STEPS:
        step(page)
    return page.article


def analyze_text(text: str, source: str | None = None) -> Article:
    """Analyze one flattened page given as a string."""
    return analyze_bytes(text.encode("utf-8"), source)


def analyze_file(path: str | Path) -> Article:
    """Analyze one file (read as bytes; the encoding is detected)."""
    return analyze_bytes(Path(path).read_bytes(), str(path))
