"""One pass of lexbor's selector engine for every element that the metadata and the content region read.

Each ``css()`` call walks the whole document in C. On a 300 KB news page one walk costs about 0.2 ms, as much as
much of the Python work around it, so the elements are collected in a single query (in document order) and sorted
by tag here.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

QUERY = ('meta, script[type="application/ld+json"], script#__NEXT_DATA__, time[datetime], h1, p, [itemprop="datePublished"], '
         'abbr.published, [itemprop="headline"], html, title, link[rel="canonical"], iframe[srcdoc]')


@dataclass
class Marked:
    """The page's <meta>, JSON-LD <script>, <time datetime>, <h1>, <p>, <html>, <title> and canonical <link>
    elements, each list in document order."""

    metas: list[LexborNode] = field(default_factory=list)
    scripts: list[LexborNode] = field(default_factory=list)
    times: list[LexborNode] = field(default_factory=list)
    h1s: list[LexborNode] = field(default_factory=list)
    paragraphs: list[LexborNode] = field(default_factory=list)
    published: list[LexborNode] = field(default_factory=list)  # microdata: itemprop="datePublished" (not <meta>)
    roots: list[LexborNode] = field(default_factory=list)
    titles: list[LexborNode] = field(default_factory=list)
    canonical: list[LexborNode] = field(default_factory=list)
    headlines: list[LexborNode] = field(default_factory=list)  # microdata: itemprop="headline" (not <meta>)
    states: list[LexborNode] = field(default_factory=list)  # a JavaScript app's page data (Next.js "__NEXT_DATA__")
    frames: list[LexborNode] = field(default_factory=list)  # <iframe srcdoc="…">: a page drawn inside the page


_FIELD = {"meta": "metas", "script": "scripts", "time": "times", "h1": "h1s", "p": "paragraphs", "html": "roots",
          "title": "titles", "iframe": "frames"}


def scan(tree: LexborHTMLParser | LexborNode) -> Marked:
    found = Marked()
    lists = {tag: getattr(found, name) for tag, name in _FIELD.items()}
    for node in tree.css(QUERY):
        if node.tag == "script" and node.attributes.get("id") == "__NEXT_DATA__":
            found.states.append(node)
        elif node.tag in lists:
            lists[node.tag].append(node)
        elif node.tag == "link" and (node.attributes.get("rel") or "").lower() == "canonical":  # (the selector's rule)
            found.canonical.append(node)
        if node.tag not in ("meta", "time") and ((node.attributes.get("itemprop") or "") == "datePublished" or node.tag == "abbr"):
            found.published.append(node)  # (and a blog's <abbr class="published">: hAtom's publication time)
        if node.tag != "meta" and (node.attributes.get("itemprop") or "") == "headline":
            found.headlines.append(node)
    return found
