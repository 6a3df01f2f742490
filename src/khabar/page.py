"""The working state of one page while the steps run: its bytes, its decoded text and the cleaner's verdict.

The ``Article`` is what comes out; ``Page`` is the scratch space the steps share and is thrown away after.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .article import Article
from .clean.page import PageRoles


@dataclass
class Page:
    data: bytes
    article: Article
    text: str = ""
    lines: list[str] = field(default_factory=list)
    verdict: PageRoles | None = None
