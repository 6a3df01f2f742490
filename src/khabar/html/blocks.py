"""The DOM as a flat list of text blocks in reading order: paragraphs, headings, list items, captions, quotes.

A block is the text between two block-level boundaries. Each keeps the element that owns it and how much of its
text sits in links, which is what tells a paragraph from a menu or a list of other stories. The walk uses an
explicit stack, so a page of 100,000 nested elements cannot exhaust Python's recursion limit.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..text.normalize import normalize

# Never text for a reader.
SKIP = frozenset(
    "script style noscript template svg iframe head button select option textarea input object embed canvas video "
    "audio map math nav link meta title dialog".split()
)
BLOCK = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote pre figcaption dd dt td th caption div section article main header footer ul "
    "ol dl table tbody thead tr figure address aside form details summary hr center fieldset legend".split()
)
KIND = {
    "p": "paragraph", "pre": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading",
    "h5": "heading", "h6": "heading", "li": "list-item", "dd": "list-item", "blockquote": "quote",
    "figcaption": "caption", "caption": "caption",
}
# Class and id words of page furniture (readability's "unlikely candidates", widened for news sites).
UNLIKELY = regex.compile(
    r"(?:^|[\s_-])(?:related|share|sharing|social|newsletter|promo|advert\w*|ads?|adv|advt|ad-?slot|sponsor\w*|"
    r"comments?|breadcrumbs?|navbar|nav|menu|footer|sidebar|recommend\w*|trending|popular|subscribe|"
    r"cookies?|consent|gdpr|modal|popup|also-?read|read-?more|more-?stories|outbrain|taboola|disqus|hidden|sr-only|"
    r"visually-?hidden|screen-?reader)(?:$|[\s_-])",
    regex.IGNORECASE,
)
LIKELY = regex.compile(r"article|body|content|main|story|entry|post|text|column", regex.IGNORECASE)
PROSE_CHARS = 80
WRAPPER_SHARE = 0.4  # a furniture-named element holding this share of the page's prose is a wrapper
MAX_CLIMB = 60  # bounds the work per block on pathologically deep pages
_SPACE = regex.compile(r"\s+")
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


@dataclass
class Block:
    """One run of text between block boundaries."""

    text: str
    kind: str  # paragraph, heading, list-item, quote, caption, text
    tag: str
    owner: int  # id of the element that holds the text
    link_chars: int = 0
    level: int = 0  # heading level, 0 for other blocks
    furniture: bool = False  # under an element whose class or id names furniture ("related", "share", "ad")

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass
class Dom:
    """The walked document: blocks, and the element tree as parent links (for containment tests)."""

    blocks: list[Block]
    parent: list[int]
    depth: list[int]
    tags: list[str]
    attrs: list[str] = field(default_factory=list)  # class and id of each element
    unlikely: list[bool] = field(default_factory=list)

    def within(self, element: int, ancestor: int) -> bool:
        """True when ``element`` is ``ancestor`` or below it."""
        d = self.depth[ancestor]
        while element >= 0 and self.depth[element] > d:
            element = self.parent[element]
        return element == ancestor


def parse(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def _unlikely(node: LexborNode) -> bool:
    attrs = node.attributes
    if "hidden" in attrs or attrs.get("aria-hidden") == "true" and node.tag not in ("p", "h1"):
        return True
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    words = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip()
    if not words or node.tag in ("body", "article", "main", "html"):
        return False
    return bool(UNLIKELY.search(words)) and not LIKELY.search(words)


def walk(root: LexborNode | None) -> Dom:
    """Blocks of the tree under ``root`` in document order, each marked when furniture classes hold it."""
    dom = Dom([], [], [], [], [], [])
    if root is None:
        return dom
    buf: list[str] = []
    link = [0]
    open_blocks: list[int] = []  # stack of open block-element ids
    in_link = 0

    def new_element(node: LexborNode, parent: int) -> int:
        dom.parent.append(parent)
        dom.depth.append(dom.depth[parent] + 1 if parent >= 0 else 0)
        dom.tags.append(node.tag)
        attrs = node.attributes
        dom.attrs.append(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip())
        dom.unlikely.append(_unlikely(node))
        return len(dom.tags) - 1

    def flush() -> None:
        text = _SPACE.sub(" ", "".join(buf)).strip()
        if text and open_blocks:
            owner = open_blocks[-1]
            tag = dom.tags[owner]
            level = int(tag[1]) if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else 0
            text = normalize(text)
            dom.blocks.append(Block(text, KIND.get(tag, "text"), tag, owner, min(link[0], len(text)), level))
        buf.clear()
        link[0] = 0

    root_id = new_element(root, -1)
    open_blocks.append(root_id)
    # Stack entries: (node, parent element id) to enter, or (None, element id) to leave a block element.
    stack: list[tuple[LexborNode | None, int, bool]] = []
    child = root.child
    kids = []
    while child is not None:
        kids.append(child)
        child = child.next
    stack.extend((k, root_id, False) for k in reversed(kids))
    while stack:
        node, pid, leaving = stack.pop()
        if leaving:
            if node is None:  # leaving a block element
                flush()
                open_blocks.pop()
            else:  # leaving a link
                in_link -= 1
            continue
        if node.is_text_node:
            t = node.text_content or ""
            if t:
                buf.append(t)
                if in_link:
                    link[0] += len(t.strip())
            continue
        tag = node.tag
        if not node.is_element_node or tag in SKIP or tag is None or tag.startswith("-"):
            continue
        if tag == "br":
            flush()
            continue
        eid = new_element(node, pid)
        is_block = tag in BLOCK
        if is_block:
            flush()
            open_blocks.append(eid)
            stack.append((None, eid, True))
        elif tag == "a":
            in_link += 1
            stack.append((node, eid, True))
        kids = []
        child = node.child
        while child is not None:
            kids.append(child)
            child = child.next
        stack.extend((k, eid, False) for k in reversed(kids))
    flush()
    _mark_furniture(dom)
    return dom


def _mark_furniture(dom: Dom) -> None:
    """Mark blocks under a furniture-named element, unless that element is a wrapper of the page: it holds the
    page's <main> or <article>, or much of its prose ("l-wrapper gate-ad" and "container vertical-ad-con" hold
    whole stories on real sites)."""
    wrapper = [False] * len(dom.tags)
    for e, tag in enumerate(dom.tags):
        if tag in ("main", "article"):
            while e >= 0 and not wrapper[e]:
                wrapper[e] = True
                e = dom.parent[e]
    prose = [0] * len(dom.tags)
    total = 0
    for b in dom.blocks:
        if b.kind == "paragraph" and len(b.text) >= PROSE_CHARS and b.link_density < 0.3:
            total += len(b.text)
            e, k = b.owner, 0
            while e >= 0 and k < MAX_CLIMB:
                prose[e] += len(b.text)
                e, k = dom.parent[e], k + 1
    for b in dom.blocks:
        e, k = b.owner, 0
        while e >= 0 and k < MAX_CLIMB:
            if dom.unlikely[e] and not wrapper[e] and not (total and prose[e] >= WRAPPER_SHARE * total):
                b.furniture = True
                break
            e, k = dom.parent[e], k + 1
