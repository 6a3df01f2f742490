"""Find the main content among a page's blocks: the element that holds most of the page's prose.

Scoring follows readability (Arc90): each paragraph-like block of some length gives points to the element above
it, half as many to the next one up and a third to the one above that; an element's points shrink by the share of
its text that sits in links. The best element wins, and its siblings join when they hold prose too (pages that
split the story around an ad slot). Nothing here knows a language: lengths are in characters, and commas of every
script count as clauses.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import speed
from ..speed import subtree_sums
from .blocks import PROSE_CHARS, Block, Dom

MIN_CHARS = 25  # shorter blocks (labels, buttons, dates) give no points
CLAUSE_MARKS = ",،、，।"
LEVEL_WEIGHT = (1.0, 0.5, 1 / 3)
SIBLING_SHARE, MIN_SIBLING_SCORE = 0.2, 10.0
CLIMB_RATIO, CLIMB_CHARS, CLIMB_LEVELS = 1.2, 160, 4
LINK_HEAVY = 0.5  # a block mostly made of link text is a menu or a list of other stories


@dataclass
class Content:
    """The blocks of the main content (indices into ``Dom.blocks``) and the element they came from."""

    element: int | None
    members: list[int]
    score: float = 0.0


def _points(b: Block) -> float:
    n = len(b.text)
    if b.furniture or n < MIN_CHARS or b.kind in ("heading", "caption"):
        return 0.0
    return (1 + sum(map(b.text.count, CLAUSE_MARKS)) + min(n / 100, 3)) * (1 - b.link_density)


def _prose(b: Block) -> bool:
    return not b.furniture and len(b.text) >= PROSE_CHARS and b.link_density < 0.25


def find_content(dom: Dom) -> Content:
    """Pick the main-content element and the blocks under it (and under siblings that hold prose too): in C where
    ``khabar._speed`` is built (the same steps), else :func:`find_content_python`."""
    if speed.C is None:
        return find_content_python(dom)
    found = speed.C.content_of(dom.parent, dom.blocks, CLAUSE_MARKS, MIN_CHARS, PROSE_CHARS, *LEVEL_WEIGHT, CLIMB_RATIO,
                               CLIMB_CHARS, CLIMB_LEVELS, SIBLING_SHARE, MIN_SIBLING_SCORE)
    return Content(None, []) if found is None else Content(*found)


def find_content_python(dom: Dom) -> Content:
    size = len(dom.tags)
    if not dom.blocks or not size:
        return Content(None, [])
    score = [0.0] * size
    chars = [0] * size
    links = [0] * size
    prose = [0] * size
    parent = dom.parent
    for b in dom.blocks:
        pts = _points(b)
        # The owner of a paragraph's text is the paragraph itself; points go to the elements above it.
        e = parent[b.owner] if b.kind != "text" else b.owner
        if e < 0:
            continue
        chars[e] += len(b.text)
        links[e] += b.link_chars
        prose[e] += len(b.text) if _prose(b) else 0
        for weight in LEVEL_WEIGHT:
            if e < 0:
                break
            score[e] += pts * weight
            e = parent[e]
    for values in (chars, links, prose):
        subtree_sums(parent, values)
    final = [s * (1 - links[i] / chars[i]) if chars[i] else 0.0 for i, s in enumerate(score)]
    best = max(range(size), key=final.__getitem__)
    if final[best] <= 0:
        return Content(None, [])
    # A story split into several groups (around pictures or ads) is held by an element higher up: climb while the
    # element above holds clearly more prose.
    up, k = parent[best], 0
    while up >= 0 and k < CLIMB_LEVELS:
        if prose[up] >= CLIMB_RATIO * prose[best] + CLIMB_CHARS:
            best, k = up, 0
        up, k = parent[up], k + 1
    chosen = {best}
    above = parent[best]
    if above >= 0:
        threshold = max(MIN_SIBLING_SCORE, SIBLING_SHARE * final[best])
        for e in range(size):
            if parent[e] == above and e != best and final[e] >= threshold:
                chosen.add(e)
        # A lede printed as a paragraph right beside the story's element (readability's sibling rule).
        for b in dom.blocks:
            if parent[b.owner] == above and b.kind == "paragraph" and _prose(b):
                chosen.add(b.owner)
    inside = [False] * size
    for e in range(size):
        inside[e] = e in chosen or parent[e] >= 0 and inside[parent[e]]
    members = [i for i, b in enumerate(dom.blocks) if inside[b.owner]]
    return Content(best, members, final[best])
