"""The part of the page worth walking: the element that holds the story's <h1> and its paragraphs.

The Python walk over every node is the slowest part of HTML extraction, and most nodes of a news page are menus,
sidebars and footers. lexbor finds the <p> elements and their text in C; the element above the densest cluster
of paragraphs and the <h1>, a few levels up, is walked instead of the whole <body>. A page with no <p> of some
length writes its story as lines split by <br>: the elements holding those stand for paragraphs. Whenever that
could lose the story, the whole <body> is walked as before: no <h1>, no paragraphs, or paragraphs of the page left
outside.
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
    units = marked.paragraphs
    chars = _lengths(units)
    by_lines = not chars  # a page that writes its story as lines with <br> between them, not as <p>
    if by_lines:
        units = _line_holders(body)
        chars = _lengths(units, deep=False)
    score: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in units:
        n = chars.get(p.mem_id, 0)
        if not n:
            continue
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
    inside = sum(chars.get(p.mem_id, 0) for p in (_line_holders(root) if by_lines else root.css("p")))
    return root if inside >= INSIDE_SHARE * sum(chars.values()) else body


def _lengths(nodes: list[LexborNode], deep: bool = True) -> dict[int, int]:
    """Text length of each node long enough to say where the story is (read once). Elements that hold <br> may
    nest, so their own text is read (``deep=False``): the whole subtree of each would be quadratic work."""
    out = {}
    for node in nodes:
        n = len(node.text(deep=deep).strip())
        if n >= MIN_CHARS:
            out[node.mem_id] = n
    return out


def _line_holders(root: LexborNode) -> list[LexborNode]:
    """The elements that hold <br> elements, each once."""
    holders = {}
    for br in root.css("br"):
        up = br.parent
        if up is not None:
            holders.setdefault(up.mem_id, up)
    return list(holders.values())
