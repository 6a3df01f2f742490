"""The part of the page worth walking: the element that holds the story's <h1> and its paragraphs.

The Python walk over every node is the slowest part of HTML extraction, and most nodes of a news page are menus,
sidebars and footers. lexbor finds the <p> elements and their text in C; the element above the densest cluster
of paragraphs and the <h1>, a few levels up, is walked instead of the whole <body>. Whenever that could lose the
story, the whole <body> is walked as before: no <h1>, no paragraphs, or paragraphs of the page left outside.
"""
from __future__ import annotations

from selectolax.lexbor import LexborNode

from .scan import Marked, scan

MIN_CHARS = 25  # shorter <p> elements (labels, buttons) say nothing about where the story is
LEVELS_UP = 2  # above the common element of the <h1> and the paragraphs: room for the content finder's climb
INSIDE_SHARE = 0.85  # the region must hold this share of the page's paragraph text


def _ancestors(node: LexborNode | None) -> list[LexborNode]:
    out = []
    while node is not None:
        out.append(node)
        node = node.parent
    return out


def content_region(body: LexborNode | None, marked: Marked | None = None) -> LexborNode | None:
    """The element to walk: ``body`` itself, or an element under it that holds the <h1> and the story's text.
    ``marked``: the page's elements from ``scan`` (the <h1> and <p> elements of <head> would be none of the body's)."""
    if body is None:
        return None
    marked = marked or scan(body)
    if not marked.h1s:
        return body
    h1 = marked.h1s[0]
    score: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    chars: dict[int, int] = {}  # paragraph → its text length, read once
    for p in marked.paragraphs:
        n = len(p.text(deep=True).strip())
        if n < MIN_CHARS:
            continue
        chars[p.mem_id] = n
        points = 1 + min(n / 100, 3)
        up = p.parent
        for weight in (1.0, 0.5):  # readability's points for the parent and grandparent
            if up is None:
                break
            nodes[up.mem_id] = up
            score[up.mem_id] = score.get(up.mem_id, 0.0) + points * weight
            up = up.parent
    if not score:
        return body
    best = _ancestors(nodes[max(score, key=score.__getitem__)])
    h1_line = {n.mem_id for n in _ancestors(h1)}
    common = next((k for k, n in enumerate(best) if n.mem_id in h1_line), None)
    if common is None:
        return body
    root = best[min(common + LEVELS_UP, len(best) - 1)]
    if root.tag not in ("div", "section", "article", "main", "td", "li", "form", "span", "center", "header"):
        return body  # body, html or the document itself: nothing to save
    inside = sum(chars.get(p.mem_id, 0) for p in root.css("p"))
    return root if inside >= INSIDE_SHARE * sum(chars.values()) else body
