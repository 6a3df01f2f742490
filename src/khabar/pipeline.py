"""``analyze``: the steps a page goes through, in order. Engines (one process, many, Ray) only call this."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .article import Article
from .page import Page
from .read.html import gunzip, is_gzip, looks_like_html, starts_like_html
from .speed import settle
from .steps.clean import clean
from .steps.html import clean_blocks, extract, read_html
from .steps.entities import entities
from .steps.language import language
from .steps.local_time import local_time
from .steps.quotes import quotes
from .steps.read import read
from .steps.reading_time import reading_time
from .steps.sentences import sentences

Step = Callable[[Page], None]
TEXT_STEPS: list[Step] = [read, clean, language, local_time, sentences, reading_time, quotes, entities]
HTML_STEPS: list[Step] = [read_html, extract, clean_blocks, language, local_time, sentences, reading_time, quotes, entities]


def is_html(data: bytes, source: str | None = None) -> bool:
    """HTML by name (.html, .htm, .html.gz) or by content."""
    name = (source or "").lower().removesuffix(".gz")
    if name.endswith((".html", ".htm", ".xhtml", ".shtml")):
        return True
    data = gunzip(data) if is_gzip(data) else data
    if name.endswith((".txt", ".text")):  # flattened text with markup left in ("<div …>", "<br>") stays text
        return starts_like_html(data)
    return looks_like_html(data)


def analyze_bytes(data: bytes, source: str | None = None, steps: list[Step] | None = None, html: bool | None = None) -> Article:
    """Analyze one page given as bytes: HTML (``html=True``, or found by name or content) or flattened text.

    >>> a = analyze_bytes("शीर्षक यहां है\\n\\nविज्ञापन".encode())
    >>> [(l.n, l.role) for l in a.lines][-1]
    (2, 'boilerplate:ad-marker')
    """
    if html is None:
        html = is_html(data, source)
    elif not html and is_gzip(data):
        data = gunzip(data)
    page = Page(data=data, article=Article(source=source, input_format="html" if html else "text"))
    for step in steps or (HTML_STEPS if html else TEXT_STEPS):
        step(page)
    return page.article


def analyze_text(text: str, source: str | None = None) -> Article:
    """Analyze one flattened page given as a string."""
    return analyze_bytes(text.encode("utf-8"), source)


def analyze_file(path: str | Path) -> Article:
    """Analyze one file (read as bytes; the encoding is detected)."""
    return analyze_bytes(Path(path).read_bytes(), str(path))


settle()  # everything imported so far lives as long as the process: no full collection walks it again
