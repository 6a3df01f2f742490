"""The DOM as a flat list of text blocks in reading order: paragraphs, headings, list items, captions, quotes.

A block is the text between two block-level boundaries. Each keeps the element that owns it and how much of its
text sits in links, which is what tells a paragraph from a menu or a list of other stories. The walk uses an
explicit stack, so a page of 100,000 nested elements cannot exhaust Python's recursion limit.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .. import speed
from ..speed import subtree_sums
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
    r"(?:^|[\s_-])(?:related\w*|share|sharing|sharedaddy|social|newsletter|promo|advert\w*|ads?|adv|advt|ad-?slot|sponsor\w*|"
    r"paywall|follow|follow-?us|likes-widget\w*|author-?(?:box|bio|info|card)|about-?(?:the-?)?author|"
    r"comments?|breadcrumbs?|navbar|nav|menu|footer|sidebar|recommend\w*|trending|popular|subscribe|"
    r"cookies?|consent|gdpr|modal|popup|also-?read|read-?more|more[-_]?stories|outbrain|taboola|disqus|hidden|sr-only|"
    r"video|player|live-?box|"
    r"visually-?hidden|screen-?reader|poll|polls|survey|quiz|tweet|instagram-media|xfbml|social-?embed|disclaimer)(?:$|[\s_-])",
    regex.IGNORECASE,
)
LIKELY = regex.compile(r"article|body|content|main|story|entry|post|text|column", regex.IGNORECASE)
PROSE_CHARS = 80
WRAPPER_SHARE = 0.4  # a furniture-named element holding this share of the page's prose is a wrapper
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_HIDDEN_STYLE = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)


@dataclass(slots=True)
class Block:
    """One run of text between block boundaries."""

    text: str
    kind: str  # paragraph, heading, list-item, quote, caption, text
    tag: str
    owner: int  # id of the element that holds the text
    link_chars: int = 0
    level: int = 0  # heading level, 0 for other blocks
    links: int = 0  # how many links the text holds
    furniture: bool = False  # under an element whose class or id names furniture ("related", "share", "ad")

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass
class Dom:
    """The walked document: blocks, and the element tree as parent links (for containment tests)."""

    blocks: list[Block]
    parent: list[int]  # parent[e] < e: elements are numbered in document order
    tags: list[str]
    attrs: list[str] = field(default_factory=list)  # class and id of each element
    unlikely: list[bool] = field(default_factory=list)



def parse(html: str | bytes) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def _unlikely(tag: str, hidden: bool, aria_hidden: bool, style: str | None, name: str) -> bool:
    """Hidden (the ``hidden`` attribute, ``aria-hidden="true"``, a hiding style), or named as furniture by its class
    and id words (``name``)."""
    if hidden or aria_hidden and tag not in ("p", "h1"):
        return True
    if style and _hidden_style(style):
        return True
    if not name or tag in ("body", "article", "main", "html"):
        return False
    return _furniture_name(name)


MEDIA = frozenset(("img", "picture", "iframe", "video"))


def _blank(node) -> bool:
    """A comment, or text of spaces only."""
    return not node.is_element_node and (not node.is_text_node or not (node.text_content or "").strip())


def _sibling(node, step: str):
    """The next node in ``step`` ("prev" or "next") that is not blank."""
    node = getattr(node, step)
    while node is not None and _blank(node):
        node = getattr(node, step)
    return node


def _media_caption(node) -> bool:
    """A <div> that is the last element of its parent, right after a picture or a player that is the first
    ("<div><img …><div>The first 10 buses have arrived …</div></div>"): the picture's caption (the C walk's twin)."""
    p = _sibling(node, "prev")
    if p is None or p.tag not in MEDIA or _sibling(p, "prev") is not None or _sibling(node, "next") is not None:
        return False
    return not any(c.tag in BLOCK for c in node.iter())  # (text, not blocks of its own)


@lru_cache(maxsize=8192)
def _caption_name(words: str) -> bool:
    return CAPTION_NAME.search(words) is not None


@lru_cache(maxsize=8192)
def _furniture_name(words: str) -> bool:
    """Class and id words that name furniture (pages repeat the same few class names many times)."""
    return bool(UNLIKELY.search(words)) and not LIKELY.search(words)


# Inline elements are not recorded as elements of their own: their text belongs to the block around them.
INLINE = frozenset("span b i em strong font small u sup sub mark abbr cite q time label s strike del ins code kbd var big tt bdi bdo wbr".split())
_BLOCK, _LINK, _CAPTION = 1, 2, 4  # what leaving an element ends
# Elements whose text is a picture's caption or credit: <figure>, and class names that say so.
CAPTION_NAME = regex.compile(r"caption|credit|img-?desc|image-?desc|photo-?desc|bildunterschrift|legende|pie-?de-?foto", regex.IGNORECASE)


_TEXT_NODE = 2  # lexbor's tag id of a text node


def walk(root: LexborNode | None) -> Dom:
    """Blocks of the tree under ``root`` in document order, each marked when furniture classes hold it: the C walk
    (``_walk.c``) where it is built and fits the installed selectolax, else the same walk in Python."""
    if root is not None and _C_WALK is not None:
        found = _C_WALK.walk(root.mem_id, root.tag or "body", SKIP, INLINE, BLOCK, _name_kind, _hidden_style)
        if found is not None:  # None: a tag id the C table does not know
            return _dom_of(*found)
    return walk_python(root)


def _dom_of(tags: list[str], parent: list[int], names: list[str], unlikely: list[bool],
            rows: list[tuple[str, int, int, int, bool]]) -> Dom:
    """The Dom from what the C walk returns: per element its tag, parent, class-and-id words and whether it is
    hidden or furniture; per block its text, owner, link characters, links and whether a caption holds it."""
    blocks = []
    for raw, owner, link_chars, links, caption in rows:
        text = normalize(raw)
        tag = tags[owner]
        blocks.append(Block(text, "caption" if caption else KIND.get(tag, "text"), tag, owner,
                            min(link_chars, len(text)), int(tag[1]) if tag in _HEADINGS else 0, links))
    dom = Dom(blocks, parent, tags, names, unlikely)
    _mark_furniture(dom)
    return dom


def _words(attrs: dict) -> str:
    """An element's class and id words."""
    return f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip()


@lru_cache(maxsize=8192)
def _name_kind(words: str) -> int:
    """For the C walk (cached: a hit costs no Python frame): 1 when class and id words name a caption, 2 when they name furniture."""
    return (1 if _caption_name(words) else 0) | (2 if _furniture_name(words) else 0)


@lru_cache(maxsize=4096)
def _hidden_style(style: str) -> bool:
    return _HIDDEN_STYLE.search(style) is not None


def walk_python(root: LexborNode | None) -> Dom:
    """The walk in Python.

    The loop is the hot path of HTML extraction (every node of the page passes through it once), so it is written
    flat: it follows lexbor's child and sibling links, keeps one marker per element entered (the element id to
    return to, what leaving ends) and reads tag ids (ints) rather than tag names where it can.
    """
    dom = Dom([], [], [], [], [])
    if root is None:
        return dom
    tags, parent, names, unlikely, blocks = dom.tags, dom.parent, dom.attrs, dom.unlikely, dom.blocks
    buf: list[str] = []
    has_text = False
    link_chars = links = in_link = in_caption = 0
    open_blocks: list[int] = [0]  # open block-element ids, innermost last
    tag_names: dict[int, str] = {}  # per document: lexbor numbers custom elements per document

    def flush() -> None:
        nonlocal has_text, link_chars, links
        if has_text:
            text = normalize(" ".join("".join(buf).split()))  # runs of whitespace as one space, ends trimmed
            owner = open_blocks[-1]
            tag = tags[owner]
            level = int(tag[1]) if tag in _HEADINGS else 0
            kind = "caption" if in_caption else KIND.get(tag, "text")
            blocks.append(Block(text, kind, tag, owner, min(link_chars, len(text)), level, links))
        buf.clear()
        has_text = False
        link_chars = links = 0

    def leave(ends: int) -> None:
        nonlocal in_link, in_caption
        if ends & _BLOCK:
            flush() if has_text else skip()
            open_blocks.pop()
        if ends & _LINK:
            in_link -= 1
        if ends & _CAPTION:
            flush() if has_text else skip()
            in_caption -= 1

    def skip() -> None:  # a boundary with no text before it: only the counts start again
        nonlocal links
        buf.clear()
        links = 0

    tags.append(root.tag or "body")
    parent.append(-1)
    names.append("")
    unlikely.append(False)
    pid = 0
    up: list[tuple[int, int]] = []  # one marker per element entered and not yet left, innermost last
    node = root.child
    while node is not None:
        tag_id = node.tag_id
        below = None
        if tag_id == _TEXT_NODE:
            t = node.text_content
            if t:
                buf.append(t)
                if not t.isspace():
                    has_text = True
                    if in_link:
                        link_chars += len(t.strip())
        else:
            tag = tag_names.get(tag_id)
            if tag is None:
                tag = tag_names[tag_id] = node.tag or "-"
            if tag == "br":
                flush() if has_text else skip()
            elif tag[0] != "-" and tag not in SKIP:
                below = node.child
                if tag in INLINE:
                    ends = 0  # a caption's span ("<span class=imgCaption>") still ends the text before it
                    if below is not None and (attrs := node.attributes) and _caption_name(_words(attrs)):
                        flush() if has_text else skip()
                        in_caption += 1
                        ends = _CAPTION
                else:
                    attrs = node.attributes
                    eid = len(tags)
                    tags.append(tag)
                    parent.append(pid)
                    name = _words(attrs) if attrs else ""
                    names.append(name)
                    panel = bool(attrs) and attrs.get("role") == "tabpanel"  # a tab's panel: the page's text, one click away
                    unlikely.append(bool(attrs) and _unlikely(tag, "hidden" in attrs and not panel,
                                                              attrs.get("aria-hidden") == "true" and not panel,
                                                              None if panel else attrs.get("style"), name))
                    ends = 0
                    if tag == "figure" or name and _caption_name(name) or tag == "div" and _media_caption(node):
                        flush() if has_text else skip()
                        in_caption += 1
                        ends = _CAPTION
                    if tag in BLOCK:
                        flush() if has_text else skip()
                        open_blocks.append(eid)
                        ends |= _BLOCK
                    elif tag == "a":
                        in_link += 1
                        links += 1
                        ends |= _LINK
                    if below is None:
                        leave(ends)
                    else:
                        up.append((pid, ends))
                        pid = eid
                        node = below
                        continue
                if below is not None:  # an inline element: its text joins the block around it
                    up.append((pid, ends))
                    node = below
                    continue
        following = node.next
        while following is None and up:  # the last child: leave elements until one has a next sibling
            node = node.parent
            pid, ends = up.pop()
            if ends:
                leave(ends)
            following = node.next
        node = following
    flush()
    _mark_furniture(dom)
    return dom


def _mark_furniture(dom: Dom) -> None:
    """Mark blocks under a furniture-named element, unless that element is a wrapper of the page: it holds the
    page's <main> or <article>, or much of its prose ("l-wrapper gate-ad" and "container vertical-ad-con" hold
    whole stories on real sites). In C where ``khabar._speed`` is built (the same steps)."""
    if speed.C is None:
        return _mark_furniture_python(dom)
    for b, under in zip(dom.blocks, speed.C.furniture_flags(dom.tags, dom.parent, dom.unlikely, dom.blocks, PROSE_CHARS,
                                                             WRAPPER_SHARE)):
        if under:
            b.furniture = True


def _mark_furniture_python(dom: Dom) -> None:
    size, parent = len(dom.tags), dom.parent
    prose = [0] * size
    for b in dom.blocks:
        if b.kind in ("paragraph", "text") and len(b.text) >= PROSE_CHARS and b.link_density < 0.3:
            prose[b.owner] += len(b.text)
    total = sum(prose)
    subtree_sums(parent, prose)
    # The page's <main> and <article>: the one holding most prose, and any holding much of it (a reader's comment
    # written as an <article class="comment-body"> is not the page's article).
    pages = [e for e, tag in enumerate(dom.tags) if tag in ("main", "article")]
    most = max(pages, key=prose.__getitem__, default=-1)
    wrapper = [False] * size
    for e in pages:
        if e == most or prose[e] >= WRAPPER_SHARE * total:
            while e >= 0 and not wrapper[e]:
                wrapper[e] = True
                e = parent[e]
    under = [False] * size  # under (or at) a furniture element that is no wrapper
    for e in range(size):
        # An <aside> is beside the story by its name (a sidebar of top stories, a fact box): furniture too.
        under[e] = parent[e] >= 0 and under[parent[e]] or ((dom.unlikely[e] or dom.tags[e] == "aside") and not wrapper[e]
                                                           and not (total and prose[e] >= WRAPPER_SHARE * total))
    for b in dom.blocks:
        if under[b.owner]:
            b.furniture = True


# The C walk reads lexbor's structs as laid out in the lexbor that selectolax 1.0.2 bundles, so it is used with that
# release only, and only once it gives the Python walk's answer on a probe page. KHABAR_PURE_PYTHON=1 turns it off.
_C_LAYOUT = "1.0.2"
_PROBE = (
    "<body><div class='story main' id=top><h1>शीर्षक <b>यहाँ</b></h1><p>पहला  पैरा <a href=/x>लिंक\u00a0 </a> और<br>"
    "दूसरी पंक्ति</p><figure><img src=a.jpg><figcaption>फ़ोटो: <i>एजेंसी</i></figcaption></figure>"
    "<div class=' share-bar ' style='display:none'><span>शेयर</span></div><section hidden aria-hidden=true><p>x</p>"
    "</section><amp-ad data-x=1><p>विज्ञापन</p></amp-ad><ul><li>एक</li><li aria-hidden=false>दो</li></ul>"
    "<table><tr><td>सेल</td></tr></table><!-- टिप्पणी --><script>var x;</script><my-Widget>  </my-Widget>"
    "<div class=credit id=c1>छवि साभार</div><h3>उपशीर्षक</h3>अंत</div></body>"
)


def _c_walk():
    import selectolax

    _walk = speed.extension("html._walk")
    if _walk is None or getattr(selectolax, "__version__", None) != _C_LAYOUT:
        return None
    tree = parse(_PROBE)
    found = _walk.walk(tree.body.mem_id, "body", SKIP, INLINE, BLOCK, _name_kind, _hidden_style)
    return _walk if found is not None and _dom_of(*found) == walk_python(tree.body) else None


_C_WALK = _c_walk()
