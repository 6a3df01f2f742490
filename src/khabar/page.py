"""The working state of one page while the steps run: its bytes, its decoded text and the cleaner's verdict.

The ``Article`` is what comes out; ``Page`` is the scratch space the steps share and is thrown away after.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .article import Article
from .clean.page import PageRoles


@dataclass
class Page:
    data: bytes
    article: Article
    text: str = ""
    lines: list[str] = field(default_factory=list)
    verdict: PageRoles | None = None
    site_claim: float | None = None
    text_words: int | None = None  # words of the article's text, summed from the cleaner's line shapes
    tool_lines: frozenset[int] = frozenset()  # lines an HTML-to-text tool appended (lynx's list of link addresses)
    # HTML input only: the parsed tree, its metadata, the blocks given to the cleaner, the language the page declares.
    tree: Any = None
    meta: Any = None
    blocks: list = field(default_factory=list)
    block_index: list[int] = field(default_factory=list)
    passed_over: list[str] = field(default_factory=list)  # texts of the blocks among the story's that are not in it
    declared_language: str | None = None
    html_utf8: bytes | None = None  # the page's bytes when they are UTF-8 (decoded only if the whole page is read)
    # The page's own outlet as its text names it ("बीबीसी संवाददाता"): found by ``quotes``, not an entity of the story.
    publisher: frozenset[str] = frozenset()
