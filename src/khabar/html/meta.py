"""Metadata of an HTML page, each value with the evidence it came from.

Sources, most trusted first: JSON-LD (schema.org NewsArticle and kin), OpenGraph and other <meta> tags, <time>
elements, then the visible text (a Hindi "अपडेटेड: बुधवार, 14 सितंबर 2023, 18:45 IST" line). Dates keep the
page's own UTC offset; a date without a day is never turned into one.
"""
from __future__ import annotations

import datetime as dt
import html as htmllib
import json
from dataclasses import dataclass, field
from typing import Any

import regex
from selectolax.lexbor import LexborHTMLParser, LexborNode

from ..clean import furniture as F
from ..clean.blocks import squash
from ..ner.romanize import romanize
from ..quotes.speakers import OFFICES, TITLES
from ..speed import WORD_RUN
from ..text.dates import find_date
from .scan import Marked, scan
from ..text.normalize import fold, normalize

ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
    "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle", "techarticle", "report", "socialmediaposting",
    "claimreview", "review", "criticreview", "podcastepisode",  # a film review's reviewer, a podcast episode's host
}
_URLISH = regex.compile(r"^\s*(?:https?:|www\.|/)")
# A newsroom's desk credited as the author ("Pravah News Desk", "हिमधारा ब्यूरो") is no person.
_DESK = regex.compile(r"(?<![\p{L}\p{M}])(?:desk|डेस्क|bureau|ब्यूरो|team|टीम|news\s+service|न्यूज़?\s+सर्विस|समाचार\s+सेवा)(?![\p{L}\p{M}])", regex.IGNORECASE)
_SPACE = regex.compile(r"\s+")
# A publishing system's account names standing for the poster ("पोस्ट: admin"): no person's name.
MIN_SITE_KEY = 8  # a site's name this long with a desk's word after it is the outlet ("… Digital")
OUTLET_WORDS = frozenset("digital desk news online team bureau staff web डिजिटल डेस्क न्यूज ब्यूरो टीम".split())
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_INDIC = regex.compile(r"[\u0900-\u0d7f]")  # Devanagari to Malayalam: the scripts laid out alike (ISCII's order)
_INDIC_OFFSET = 0x80  # each script's block after Devanagari's, one letter at the same place in each


def _as_devanagari(name: str) -> str:
    """"હેમલ દેસાઈ" → "हेमल देसाई": a name in another Indic script, letter for letter in Devanagari (to romanize it)."""
    return "".join(chr(0x0900 + (ord(c) - 0x0900) % _INDIC_OFFSET) if "\u0980" <= c <= "\u0d7f" else c for c in name)
# News agencies credited as the author ("PTI" as a JSON-LD Person): no person.
AGENCIES = frozenset(fold(w) for w in "pti ians ani uni reuters afp ap bloomberg भाषा आईएएनएस पीटीआई एएनआई यूएनआई वार्ता".split())
CMS_ROLES = frozenset("admin administrator webmaster editor author staff guest user superadmin root".split())
WEEKDAYS = {fold(w) for w in (
    "monday tuesday wednesday thursday friday saturday sunday सोमवार मंगलवार बुधवार गुरुवार बृहस्पतिवार शुक्रवार "
    "शनिवार रविवार").split()}


@dataclass
class Meta:
    """What the page says about itself; ``evidence`` names the source of each field."""

    headline: str | None = None
    published: str | None = None
    updated: str | None = None
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    topics: list[str] = field(default_factory=list)
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    image_url: str | None = None
    is_article: bool | None = None
    h1: str | None = None
    titles: dict[str, str] = field(default_factory=dict)  # the other title sources, for _reconcile
    captions: set[str] = field(default_factory=set)  # the JSON-LD images' captions (to know them among the blocks)
    clock: str | None = None  # a publication time shown alone ("<abbr class="published">10:45 am</abbr>"), with no date
    evidence: dict[str, str] = field(default_factory=dict)

    def put(self, name: str, value: Any, source: str) -> None:
        """Set ``name`` unless a more trusted source already did."""
        old = getattr(self, name)
        if value in (None, "", []) or old not in (None, "", []) and not _fuller_time(old, value):
            return
        setattr(self, name, value)
        self.evidence[name] = source


def _stamped_when_modified(m: "Meta", other: str | None) -> bool:
    """The JSON-LD gives one time as both datePublished and dateModified, and the page's own published meta an
    earlier one: the CMS stamped its JSON-LD when the story was last edited, so the earlier time is the publication."""
    if not other or m.evidence.get("published") != "json-ld datePublished" or not m.published or m.published != m.updated:
        return False
    try:
        return dt.datetime.fromisoformat(other) < dt.datetime.fromisoformat(m.published)
    except (ValueError, TypeError):  # (a time with no zone against one with a zone: not comparable)
        return False


_TEASER_BOX = regex.compile(r"related|views-row|teaser|recommend|trending|popular|most-read|more-stor|also-read|sidebar",
                           regex.IGNORECASE)
TEASER_DEPTH = 6  # ancestors of a <time> looked at


def _in_teaser(node: LexborNode) -> bool:
    """A <time> in a list of other stories (a related item's "20 जुलाई"): not the page's own date."""
    for _ in range(TEASER_DEPTH):
        node = node.parent
        if node is None:
            return False
        a = node.attributes
        if _TEASER_BOX.search((a.get("class") or "") + " " + (a.get("id") or "")):
            return True
    return False


def _published_time(times: list[LexborNode]) -> LexborNode:
    """The <time> that says it is the publication (``pubdate``, ``itemprop="datePublished"``), else the first one
    that is not labelled an update ("Last Updated: <time …>"), else the first."""
    for node in times:
        a = node.attributes
        if "pubdate" in a or (a.get("itemprop") or "").lower() == "datepublished":
            return node
    for node in times:
        before = node.prev.text_content if node.prev is not None and node.prev.text_content else ""
        if not _UPDATE_LABEL.search(before[-40:]):
            return node
    return times[0]


_UPDATE_LABEL = regex.compile(r"(?:updated|modified|अपडेटेड|अपडेट|संशोधित)\s*:?\s*$", regex.IGNORECASE)


def _fuller_time(old: Any, new: Any) -> bool:
    """A source that gives only the day ("2026-04-03", a ClaimReview's) gives way to one with the time of that day."""
    return isinstance(old, str) and isinstance(new, str) and len(old) == 10 and len(new) > 10 and new.startswith(old)


def clean_text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    # JSON-LD strings are often HTML-escaped a second time ("Türkiye&#039;de").
    text = normalize(htmllib.unescape(value) if "&" in value else value)
    if "  " in text or not text.isprintable():  # else its only spaces are single U+0020s already (normalize's)
        text = _SPACE.sub(" ", text)
    return text.strip() or None


def iso_date(value: Any) -> str | None:
    """An ISO 8601 timestamp as the page gives it (offset kept), or None for anything without a full date."""
    text = clean_text(value)
    if not text:
        return None
    try:
        stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        found = find_date(text)
        return found.iso if found else None
    if len(text) <= 10:  # a bare day: keep it a day
        return stamp.date().isoformat()
    return stamp.isoformat(timespec="seconds")


def _names(value: Any, nodes: dict | None = None) -> list[str]:
    """Author names from a JSON-LD author value: a string, an object with a name, or a list of either; ``nodes``: the
    page's JSON-LD nodes by "@id", for an author given as a reference ({"@id": "…#person-2"}). An author typed as an
    organisation (an agency, the outlet, a desk) is no person."""
    if isinstance(value, list):
        return [n for v in value for n in _names(v, nodes)]
    if isinstance(value, dict):
        if "name" not in value and nodes and isinstance(value.get("@id"), str) and value["@id"] in nodes:
            value = nodes[value["@id"]]
        if _types(value) & _BODY_TYPES:
            return []
        value = value.get("name")
    if isinstance(value, list):
        return _names(value)
    text = clean_text(value)
    return [text] if text and not _URLISH.match(text) else []


_BODY_TYPES = frozenset({"organization", "newsmediaorganization", "corporation", "governmentorganization", "ngo"})


def _json_ld(scripts: list[LexborNode]) -> list[dict]:
    found: list[dict] = []
    for node in scripts:
        raw = node.text(deep=True) or ""
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack and len(found) < 200:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                found.append(item)
                if isinstance(item.get("@graph"), list):
                    stack.extend(reversed(item["@graph"]))
    return found


_RECORD_PUBLISHED = ("datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "firstPublishedAt",
                     "pubDate", "publishTime", "publishedTime")
_RECORD_UPDATED = ("dateModified", "updatedAt", "updated_at", "modifiedAt", "lastModified", "lastUpdated")
MAX_RECORD_NODES = 20_000  # objects walked in a page's app data (bounded time on a huge one)


def _app_record(states: list[LexborNode], m: "Meta") -> dict | None:
    """The object of the page's app data whose headline or title is the page's own (``m``'s <h1> or headline) and that
    carries a publication time."""
    titles = {squash(t) for t in (m.h1, m.headline) if t}
    for node in states:
        try:
            stack = [json.loads(node.text(deep=True) or "", strict=False)]
        except ValueError:
            continue
        walked = 0
        while stack and walked < MAX_RECORD_NODES:
            item = stack.pop()
            walked += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                title = item.get("headline") or item.get("title")
                if isinstance(title, str) and squash(clean_text(title) or "") in titles and _first_text(item, _RECORD_PUBLISHED):
                    return item
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
    return None


def _first_text(record: dict, keys: tuple[str, ...]) -> str | None:
    return next((record[k] for k in keys if isinstance(record.get(k), str)), None)


def _types(item: dict) -> set[str]:
    t = item.get("@type")
    values = t if isinstance(t, list) else [t]
    return {v.lower() for v in values if isinstance(v, str)}


def _keywords(value: Any) -> list[str]:
    if isinstance(value, list):
        return [k for v in value for k in _keywords(v)]
    text = clean_text(value)
    return [k.strip() for k in text.split(",") if k.strip()] if text else []


def _image(value: Any) -> str | None:
    if isinstance(value, list):
        return next((u for v in value if (u := _image(v))), None)
    if isinstance(value, dict):
        return clean_text(value.get("url") or value.get("contentUrl"))
    return clean_text(value)


def _captions(value) -> list[str]:
    """The captions of a JSON-LD image or list of images."""
    items = value if isinstance(value, list) else [value]
    return [text for v in items if isinstance(v, dict) and isinstance(v.get("caption"), str) and (text := clean_text(v["caption"]))]


def _own_first(items: list[dict], marked: Marked) -> list[dict]:
    """The JSON-LD items with the page's own story first: of several articles (a live blog of another event in a
    widget above the story, the next story of an endless page), the one whose headline the page's <h1> shows."""
    articles = [item for item in items if _types(item) & ARTICLE_TYPES]
    if len(articles) < 2:
        return items
    h1 = _squash(clean_text(marked.h1s[0].text(separator=" ")) or "") if marked.h1s else ""
    own = next((item for item in articles if h1 and _squash(clean_text(item.get("headline") or item.get("name")) or "") == h1), None)
    if own is None and marked.canonical:  # (or the one whose address is the page's canonical one)
        here = _address(marked.canonical[0].attributes.get("href"))
        own = next((item for item in articles if here and here in {_address(item.get("url")), _address(_page_of(item))}), None)
    return items if own is None or own is articles[0] else [own] + [item for item in items if item is not own]


def _scope(node: LexborNode) -> LexborNode | None:
    """The nearest element around ``node`` that opens a microdata item (``itemscope``)."""
    node = node.parent
    while node is not None and "itemscope" not in node.attributes:
        node = node.parent
    return node


def _h1_scopes(marked: Marked) -> set[int] | None:
    """The microdata items that hold the page's <h1> (None when there is no <h1> or no item holds it: every item
    counts)."""
    if not marked.h1s:
        return None
    found, node = set(), marked.h1s[0]
    while (node := _scope(node)) is not None:
        found.add(node.mem_id)
    return found or None


def _in_story_scope(node: LexborNode, story: set[int] | None) -> bool:
    """A microdata property of the page's own story: outside every item, or in an item that holds the <h1> (not a
    teaser's own "datePublished" in a list of other stories)."""
    scope = _scope(node)
    return scope is None or story is None or scope.mem_id in story


def _page_of(item: dict):
    page = item.get("mainEntityOfPage")
    return page.get("@id") or page.get("url") if isinstance(page, dict) else page


def _address(url) -> str | None:
    """A URL without its scheme, query, fragment and last slash, to compare two spellings of one address."""
    if not isinstance(url, str) or not url.strip():
        return None
    return url.strip().split("#")[0].split("?")[0].split("://", 1)[-1].rstrip("/").lower()


def read_meta(tree: LexborHTMLParser, marked: Marked | None = None) -> Meta:
    """The page's metadata; ``marked``: the elements of ``scan(tree)`` when the caller has them already."""
    marked = marked or scan(tree)
    m = Meta()
    items = _json_ld(marked.scripts)
    nodes = {item["@id"]: item for item in items if isinstance(item.get("@id"), str) and "name" in item}
    for item in _own_first(items, marked):
        types = _types(item)
        if types & ARTICLE_TYPES:
            m.is_article = True
            m.put("headline", clean_text(item.get("headline") or item.get("name")), "json-ld headline")
            if (name := clean_text(item.get("name"))) and "json-ld name" not in m.titles:
                m.titles["json-ld name"] = name
            m.put("published", iso_date(item.get("datePublished") or item.get("dateCreated")), "json-ld datePublished")
            m.put("updated", iso_date(item.get("dateModified")), "json-ld dateModified")
            m.put("authors", _names(item.get("author"), nodes), "json-ld author")
            section = item.get("articleSection")
            m.put("section", clean_text(section[0] if isinstance(section, list) and section else section), "json-ld articleSection")
            m.put("topics", _keywords(item.get("keywords")), "json-ld keywords")
            m.put("image_url", _image(item.get("image")), "json-ld image")
            m.captions.update(_captions(item.get("image")))
            m.put("description", clean_text(item.get("description")), "json-ld description")
            lang = item.get("inLanguage")
            m.put("language", clean_text(lang if isinstance(lang, str) else None), "json-ld inLanguage")
            publisher = item.get("publisher")
            if isinstance(publisher, dict):
                m.put("site_name", clean_text(publisher.get("name")), "json-ld publisher")
        elif types & {"website", "organization", "newsmediaorganization"}:
            m.put("site_name", clean_text(item.get("name")), "json-ld " + sorted(types)[0])

    metas: dict[str, list[str]] = {}
    story = _h1_scopes(marked)
    for node in marked.metas:
        a = node.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        if key and a.get("content") and not (a.get("itemprop") and not a.get("property") and not a.get("name")
                                            and not _in_story_scope(node, story)):
            metas.setdefault(key, []).append(a["content"])
    first = lambda *keys: next(((k, metas[k][0]) for k in keys if k in metas), (None, None))  # noqa: E731
    for name, keys, conv in (
        ("headline", ("og:title", "twitter:title", "dc.title"), clean_text),
        ("published", ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
                       "publish-date", "article.published", "parsely-pub-date", "sailthru.date", "dc.date.issued",
                       "dcterms.created", "date"), iso_date),
        ("updated", ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"), iso_date),
        ("section", ("article:section", "og:article:section"), clean_text),
        ("site_name", ("og:site_name", "application-name", "twitter:site"), clean_text),
        ("description", ("og:description", "description", "twitter:description"), clean_text),
        ("image_url", ("og:image", "twitter:image"), clean_text),
        ("canonical_url", ("og:url",), clean_text),
    ):
        key, value = first(*keys)
        if key:
            if name == "headline" and (text := conv(value)):
                m.titles["meta " + key] = text
            if name == "published" and _stamped_when_modified(m, conv(value)):
                m.published = None
            m.put(name, conv(value), f"meta {key}")
    for key in ("article:author", "author", "dc.creator", "parsely-author", "sailthru.author"):
        names = [n for v in metas.get(key, []) for n in _names(v)]
        m.put("authors", names, f"meta {key}")
    for key in ("article:tag", "news_keywords", "keywords"):
        m.put("topics", [k for v in metas.get(key, []) for k in _keywords(v)], f"meta {key}")
    if metas.get("og:type", [""])[0].strip().lower() == "article":
        m.is_article = m.is_article or True
    link = marked.canonical[0] if marked.canonical else None
    if link is not None and link.attributes.get("href"):
        canonical = clean_text(link.attributes["href"])
        m.canonical_url = canonical or m.canonical_url
        if canonical:
            m.evidence["canonical_url"] = 'link rel="canonical"'
    html = marked.roots[0] if marked.roots else None
    if html is not None:
        m.put("language", clean_text(html.attributes.get("lang")), "html lang")
    for node in [n for n in marked.published if _in_story_scope(n, story)][:1]:  # <abbr class="published" itemprop=…>
        a = node.attributes
        m.put("published", iso_date(a.get("content") or a.get("datetime") or a.get("title")), "itemprop datePublished")
        if not (a.get("content") or a.get("datetime") or a.get("title")) and _CLOCK_ALONE.fullmatch(text := clean_text(node.text()) or ""):
            m.clock = text
    if times := [t for t in marked.times if not _in_teaser(t)]:
        m.put("published", iso_date(_published_time(times).attributes.get("datetime")), "<time datetime>")
    for node in [n for n in marked.headlines if _in_story_scope(n, story)][:1]:  # <h2 itemprop="headline"> (Joomla)
        m.put("headline", clean_text(node.text(separator=" ")), "itemprop headline")
    if marked.h1s:
        m.h1 = clean_text(marked.h1s[0].text(separator=" "))
    title = marked.titles[0] if marked.titles else None
    if title is not None and (text := clean_text(title.text())):
        m.titles["<title>"] = text
    m.put("headline", _strip_site(clean_text(title.text()) if title else None, m.site_name), "<title>")
    if not m.site_name and m.h1 and (logo := _logo_heading(m.h1, m.titles)):
        m.site_name, m.evidence["site_name"] = logo, "<h1> (the site's logo: the page's titles end with it)"
    m.headline = _reconcile(m)  # (which strips the site's name from the headline)
    if not m.published and not any(_types(item) & ARTICLE_TYPES for item in items):
        # A video's page, with no article record: its VideoObject, when it carries the page's own title, dates it.
        video = next((item for item in items if "videoobject" in _types(item)
                      and squash(clean_text(item.get("headline") or item.get("name")) or "") in
                      {squash(t) for t in (m.h1, m.headline) if t}), None)
        if video is not None:
            m.put("published", iso_date(video.get("datePublished") or video.get("uploadDate")),
                  "json-ld VideoObject (the page's own video: no article record, the same title)")
    if (not m.published or not m.authors) and marked.states and (record := _app_record(marked.states, m)) is not None:
        # A JavaScript app's page saved whole: its data holds the story's record (the same headline) with its times and
        # authors, which the page shows as "3 घंटे पहले" and empty byline boxes.
        source = "the page's app data (the story's record, with its headline)"
        m.put("published", iso_date(_first_text(record, _RECORD_PUBLISHED)), source)
        m.put("updated", iso_date(_first_text(record, _RECORD_UPDATED)), source)
        m.put("authors", _names(record.get("authors") or record.get("author")), source)
    if not m.site_name and (site := _site_beside(m.titles.get("<title>"), m.headline)):
        m.site_name, m.evidence["site_name"] = site, "<title> (the words beside the headline)"
    m.authors = authors_only(m.authors, m.site_name)
    if m.authors and all(n.isascii() for n in m.authors) and m.headline and _INDIC.search(m.headline):
        # A Hindi (or other Indian) page whose metadata spells its authors in Latin letters: the names as its byline
        # elements show them.
        shown = authors_only(_dom_authors(tree), m.site_name)
        if same_people(m.authors, shown):
            m.authors, m.evidence["authors"] = shown, "byline element (the metadata gives the same names in Latin letters)"
    if not m.authors:
        m.evidence.pop("authors", None)
        names = authors_only(_dom_authors(tree), m.site_name)
        if names:
            m.authors, m.evidence["authors"] = names, "byline element (rel, itemprop or class 'author'/'byline')"
    m.topics = list(dict.fromkeys(m.topics))[:30]
    return m


CUT_LENGTH = 100  # metadata titles are often cut near 110 characters (Google's headline limit)
_ELLIPSIS = regex.compile(r"…|\.\.\.")
_QUOTE_MARKS = regex.compile(r"[‘’“”]")
MIN_CUT_QUOTE = 10  # letters before an ellipsis inside a title: a quote's start, not a word
_CONTINUED = regex.compile(r"\s*[,;:।|–—-]\s+\S")  # a clause that goes on after a separator
_SITE_SEPARATOR = regex.compile(r"\s*(?:\||-|–|—|:|::|»|·|：|｜)\s*")
_SEPARATORS = tuple("|-–—:»·：｜")


def _strip_site(title: str | None, site: str | None) -> str | None:
    """"Story title | Site name" → "Story title" (also "Site: Story title")."""
    if not title:
        return title
    if site and _ends_with_name(title, site):
        return title[: -len(site)].rstrip(" |-–—:»·")  # the whole name, though it holds a separator ("… | दैनिक लोकमंच ई-पेपर")
    parts = _SITE_SEPARATOR.split(title)
    if site and len(parts) > 1 and parts[0] and parts[-1]:
        s = fold(site)
        if fold(parts[-1]) in s or s in fold(parts[-1]):
            return title[: title.rfind(parts[-1])].rstrip(" |-–—:»·")
        if fold(parts[0]) in s or s in fold(parts[0]):
            return title[len(parts[0]):].lstrip(" |-–—:»·")
    return title


MAX_SITE_WORDS = 5


def _logo_heading(h1: str, titles: dict[str, str]) -> str | None:
    """"गंगा समाचार" as the <h1> (a theme's logo) when the <title> and og:title both end with it after a separator
    ("… रोक - गंगा समाचार"): the site's name, not the story's title."""
    ends = [t for t in (titles.get("<title>"), titles.get("meta og:title")) if t]
    return h1 if len(ends) == 2 and len(h1.split()) <= MAX_SITE_WORDS and all(_ends_with_name(t, h1) for t in ends) else None


def _ends_with_name(title: str, name: str) -> bool:
    """"<headline> | <name>": the title ends with the name, a separator before it."""
    return title != name and title.endswith(name) and title[: -len(name)].rstrip().endswith(_SEPARATORS)


def _site_beside(title: str | None, headline: str | None) -> str | None:
    """"सरयू संदेश लाइव: <headline>" or "<headline> | Site": on a page that names its site nowhere else, the few words
    the <title> sets beside the headline (a blog's name before its post's title)."""
    if not title or not headline or title == headline:
        return None
    if title.endswith(headline):
        rest = title[: -len(headline)].rstrip(" |-–—:»·")
        sep = title[len(rest) : -len(headline)]
    elif title.startswith(headline):
        rest = title[len(headline) :].lstrip(" |-–—:»·")
        sep = title[len(headline) : len(title) - len(rest)]
    else:
        return None
    return rest if rest and sep.strip(" ") and 1 <= len(rest.split()) <= MAX_SITE_WORDS else None


_SPACE_AND_PUNCT = regex.compile(r"[\s\p{P}]+")
_LABEL_END = regex.compile(r"[:|\-–—»]\s*$")


def _squash(text: str) -> str:
    return _SPACE_AND_PUNCT.sub("", fold(text))


def _agreed(m: Meta) -> str | None:
    """A metadata title that other sources confirm where the JSON-LD headline stands alone.

    - The JSON-LD article gives both a ``name`` and a ``headline`` and og:title repeats the name: two sources against
      one (the headline is then a shorter display line).
    - og:title and the JSON-LD headline differ only in punctuation (quotation marks): the <title> element decides.
    """
    og, page = m.titles.get("meta og:title"), m.titles.get("<title>")
    if not og or not m.headline or og == m.headline or m.evidence.get("headline") != "json-ld headline":
        return None
    if m.titles.get("json-ld name") == og:
        m.evidence["headline"] = "json-ld name (og:title agrees; the json-ld headline differs)"
        return og
    if page and _squash(og) == _squash(m.headline) and page.startswith(og) and not page.startswith(m.headline):
        m.evidence["headline"] = "og:title (same words as the json-ld headline; the <title> agrees on punctuation)"
        return og
    return None


def _one_word_apart(a: str, b: str) -> bool:
    """The same title but for one word put for another (four words or more)."""
    wa, wb = WORD_RUN.findall(fold(a)), WORD_RUN.findall(fold(b))
    return len(wa) == len(wb) >= MIN_HEADLINE_WORDS + 1 and sum(x != y for x, y in zip(wa, wb)) == 1


def _reconcile(m: Meta) -> str | None:
    """The headline: JSON-LD or OpenGraph title with the site name stripped; the <h1> when those are cut short."""
    headline = _strip_site(_agreed(m) or m.headline, m.site_name)
    if m.h1 and headline:
        short = _squash(headline.rstrip(".…"))
        cut = headline.endswith(("…", "...")) or len(headline) >= CUT_LENGTH
        if cut and len(_squash(m.h1)) > len(short) and _squash(m.h1).startswith(short):
            m.evidence["headline"] = "h1 (the metadata title is cut short)"
            return m.h1
        # "‘तीर-कमान हमारे खून में है…’: … का इंटरव्यू": a quote cut short inside the title; the <h1> gives it whole.
        inner = _ELLIPSIS.split(headline, 1)[0] if _ELLIPSIS.search(headline.rstrip(".…")) else ""
        if len(_squash(inner)) >= MIN_CUT_QUOTE and _squash(m.h1).startswith(_squash(inner)) \
                and not _ELLIPSIS.search(m.h1) and len(_squash(m.h1)) > len(_squash(headline)):  # (an ellipsis in both: a pause)
            m.evidence["headline"] = "h1 (the metadata title cuts a quote short)"
            return m.h1
        if m.h1.startswith(headline) and _CONTINUED.match(m.h1, len(headline)):
            # "… 40 छोटे कोल्ड रूम" in the metadata, "… 40 छोटे कोल्ड रूम, काटोल और नरखेड से होगी शुरुआत" on the page: the
            # metadata keeps the first clause of the title the reader sees
            m.evidence["headline"] = "h1 (the metadata title is its first clause)"
            return m.h1
    if not headline and m.h1:
        m.evidence["headline"] = "h1"
        return m.h1
    if m.h1 and headline and m.h1 != headline and _squash(m.h1) == _squash(headline) and _QUOTE_MARKS.search(m.h1):
        # "residents’" on the page, "residents'" in the metadata: the same words, as the reader sees them
        m.evidence["headline"] = "h1 (the metadata title has the same words with other quotation marks)"
        return m.h1
    if m.h1 and headline and _labelled(headline, m.h1):
        m.evidence["headline"] = "h1 (the metadata title puts a label before it)"
        return m.h1
    if m.h1 and headline and shortened(headline, m.h1):
        m.evidence["headline"] = "h1 (the metadata title is a shortened form of it)"
        return m.h1
    if m.h1 and headline and _search_label(headline, m.h1):
        m.evidence["headline"] = "h1 (the metadata title opens with a search label in Latin letters)"
        return m.h1
    if m.h1 and headline and _mostly_other_script(m.h1) and not _OTHER_LETTER.search(headline) \
            and len(WORD_RUN.findall(m.h1)) >= MIN_HEADLINE_WORDS:
        # "Mumbai AC Local: Western Railway To Add 12 AC Services …" over the <h1> "मुंबई लोकल में 12 और एसी सेवाएं …":
        # a title in Latin letters only, written for search engines, on a page whose heading is in its own script.
        m.evidence["headline"] = "h1 (the metadata title is in Latin letters only; the heading is in the page's script)"
        return m.h1
    full = m.titles.get("<title>") or ""
    page = _strip_site(full, m.site_name)
    if m.h1 and m.site_name and full.startswith(m.h1) and _SITE_SEPARATOR.match(full, len(m.h1)) \
            and fold(m.site_name) in fold(full[len(m.h1):]):
        page = m.h1  # "<h1> - हाड़ौती दर्पण ई-पेपर | Hadoti Darpan Epaper Kota": the site's name and more after it
    if m.h1 and headline and page and _squash(page) == _squash(m.h1) != _squash(headline):
        # Two sources the reader sees (the heading and the browser tab) against the title written for search engines.
        m.evidence["headline"] = "h1 (the <title> element agrees; the metadata title differs)"
        return m.h1
    og = _strip_site(m.titles.get("meta og:title") or "", m.site_name)
    if m.h1 and headline and og and _squash(og) != _squash(headline) != _squash(m.h1) and _mostly_in(og, m.h1):
        # The search title differs, and the social card's title is a short form of the heading ("Farming below the
        # sea" of "Farming below the sea: Kuttanad’s paddy growers count …"): the heading the reader sees.
        m.evidence["headline"] = "h1 (og:title is a short form of it; the search title differs)"
        return m.h1
    if m.h1 and headline and _one_word_apart(m.h1, headline):
        # "लखनऊ के 40 परिषदीय स्कूलों में …" on the page, "… 40 सरकारी स्कूलों में …" in the metadata: the title was edited
        # on the page after its metadata was written; the reader sees the heading.
        m.evidence["headline"] = "h1 (the metadata title differs from it by one word)"
        return m.h1
    if m.h1 and headline and _fuller(m.h1, headline):
        m.evidence["headline"] = "h1 (a longer title on the same story than the metadata's, written for search engines)"
        return m.h1
    return headline


_OFFICE_WORD = regex.compile(r"(?<![\p{L}\p{M}])(?:office|कार्यालय|प्रकोष्ठ|cell)(?![\p{L}\p{M}])", regex.IGNORECASE)


def _office(name: str) -> bool:
    """An office's name: its words are an office's ("जिला जनसंपर्क अधिकारी"), or it says it is one ("SP Office Sagar")."""
    words = [fold(w, normalized=True) for w in WORD_RUN.findall(name)]
    return bool(_OFFICE_WORD.search(name)) or len(words) > 1 and words[-1] in TITLES and words[0] in OFFICES


_CLOCK_ALONE = regex.compile(r"\d{1,2}:\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?", regex.IGNORECASE)
_CALL_TO_ACTION = regex.compile(r"(?<![\p{L}\p{M}])(?:पढ़ें|देखें|खबरें|ख़बरें|(?:read|view|see)\s+(?:all|more)|"
                             r"(?:all|more)\s+(?:posts|stories|articles|news))(?![\p{L}\p{M}])", regex.IGNORECASE)
_POSTPOSITION = regex.compile(r"(?<![\p{L}\p{M}])(?:की|का|के|में|से|पर|को|ने)(?![\p{L}\p{M}])")
MIN_SHARED = 0.3  # of the metadata title's words that the heading holds


def _fuller(h1: str, headline: str) -> bool:
    """The <h1> says more than the metadata title and about the same story: it has more words and holds a share of
    the title's ("गोरखपुर में राप्ती उफान पर, 40 गांवों में घुसा पानी" under "गोरखपुर में राप्ती नदी खतरे के निशान से 1.2
    मीटर ऊपर, 40 गांवों में घुसा पानी; …"). Not a live page's latest entry, which shares little with the page's title."""
    title = {w.casefold() for w in WORD_RUN.findall(headline)}
    heading = WORD_RUN.findall(h1)
    return bool(title) and len(heading) > len(WORD_RUN.findall(headline)) \
        and len(title & {w.casefold() for w in heading}) >= MIN_SHARED * len(title)


def title_shown(m: Meta, texts: list[str], top: list[str] = ()) -> None:
    """A headline read from the <title> alone keeps only the part of it that the page shows as a line above the story
    (``texts``: "पूर्वांचल प्रहरी :: गोरखपुर :: रामगढ़ ताल पर …" → "रामगढ़ ताल पर …"; ``top``: the story's next few
    blocks, where a table-layout page may show its title under a breadcrumb)."""
    shown = {squash(t): n for n, t in enumerate(texts)}  # (the last place each text is shown)
    whole = m.headline or ""
    if squash(whole) in shown:
        return
    parts = [p.strip() for p in _SITE_SEPARATOR.split(whole) if squash(p.strip()) in shown]
    # The part shown nearest the story ("कोसी की आवाज़: बांस का पुल": the blog's name is its <h1>, the post's title
    # stands under it), among those of a headline's length when there are any.
    long = [p for p in parts if len(WORD_RUN.findall(p)) >= MIN_HEADLINE_WORDS] or parts
    part = max(long, key=lambda p: (shown[squash(p)], len(p)), default=None)
    if part is None and _no_headline(whole):
        # "समाचार विवरण | नगर पालिक निगम जबलपुर", "Microsoft Word - PRESS NOTE….docx": a title that names no story; the
        # last headline-shaped line above the story is its title
        part = next((t for t in (*texts[-1:], *top, *reversed(texts[:-1])) if len(WORD_RUN.findall(t)) >= MIN_SHOWN_TITLE_WORDS
                     and not _SENTENCE_IN.search(t) and "@" not in t and "://" not in t and find_date(t) is None), None)
        if part:
            m.headline = part
            m.evidence["headline"] = "the heading above the story (the <title> names no story)"
            return
    if part and len(WORD_RUN.findall(part)) < MIN_HEADLINE_WORDS and m.h1 and len(WORD_RUN.findall(m.h1)) >= MIN_HEADLINE_WORDS:
        # "प्रिंट करें - राजपथ समाचार": the part shown is the site's name over a print view; the story's <h1> is its title
        m.headline = m.h1
        m.evidence["headline"] = "h1 (the <title> shows only a short part: the site's name)"
        return
    if part:
        m.headline = part
        m.evidence["headline"] = "<title> (the part the page shows above the story)"
        if not m.site_name and (site := _site_beside(whole, part)):
            # "विंध्य समाचार दर्पण :: <headline>": the rest names the site, which names no author ("विंध्य समाचार
            # दर्पण, रीवा" as the meta author)
            m.site_name, m.evidence["site_name"] = site, "<title> (the words beside the headline)"
            m.authors = authors_only(m.authors, site)
            if not m.authors:
                m.evidence.pop("authors", None)


MAX_LABEL = 40  # characters of a section label before a title ("Bihar News: ", "Photos: ", "LIVE | ")


def _labelled(title: str, h1: str) -> bool:
    """"Bihar News: दरभंगा के मखाना …" for the <h1> "दरभंगा के मखाना …": the page's own heading without the label."""
    if len(title) <= len(h1) or not title.endswith(h1):
        return False
    label = title[: len(title) - len(h1)]
    return len(label) <= MAX_LABEL and _LABEL_END.search(label) is not None


MAX_SEARCH_LABEL = 60
MIN_HEADLINE_WORDS = 6
MIN_SHOWN_TITLE_WORDS, MAX_LABEL_PART_WORDS = 8, 4
_FILE_TITLE = regex.compile(r"^\s*microsoft\s+(?:word|excel|powerpoint)\s*-|\.(?:docx?|pdf|odt|rtf)\s*$", regex.IGNORECASE)


def _no_headline(title: str) -> bool:
    """A <title> that is a file's name, or labels and the site's name only (every part a few words, or the site's
    line about itself: "केन किनारा :: बांदा जिले का अपना समाचार पोर्टल")."""
    return bool(_FILE_TITLE.search(title)) or all(len(WORD_RUN.findall(p)) <= MAX_LABEL_PART_WORDS or _TAGLINE.search(p)
                                                  for p in _SITE_SEPARATOR.split(title))


_SENTENCE_IN = regex.compile(r"[।.?!:]\s*(?:\S{1,3}\s*)?$|।")  # a sentence's end, or a danda anywhere: a paragraph, no title
_TAGLINE = regex.compile(r"(?<![\p{L}\p{M}])(?:समाचार\s+पोर्टल|न्यूज़?\s+पोर्टल|समाचार\s+पत्र|अपना\s+(?:अखबार|अख़बार)|"
                         r"news\s+portal|news\s+website|online\s+newspaper)(?![\p{L}\p{M}])", regex.IGNORECASE)
_LATIN_LETTER = regex.compile(r"\p{Latin}")
_OTHER_LETTER = regex.compile(r"[\p{L}\p{M}--\p{Latin}]", regex.V1)


def shortened(title: str, heading: str) -> bool:
    """"हमीरपुर में बनेगा नया बस अड्डा" of the heading "हमीरपुर में 12 करोड़ से बनेगा नया बस अड्डा, 18 महीने में …": every
    word of the metadata title stands in the longer heading the page shows. A title of six words or more may have one
    word of its own where the heading is a third longer: "… shares jump 9% on Rs 420-crore export order" of "… shares
    jump 9% after company bags Rs 420-crore export order from West Asia" (the shortening rewords a phrase)."""
    ours, heading_words = WORD_RUN.findall(fold(title)), WORD_RUN.findall(fold(heading))
    theirs = set(heading_words)
    own = sum(1 for w in ours if w not in theirs)
    if own == 1:
        return len(ours) >= MIN_REWORDED and 3 * len(heading_words) >= 4 * len(ours)
    return len(ours) >= 3 and len(theirs) > len(set(ours)) and own == 0


MIN_REWORDED = 6  # words of a metadata title that may reword one word of the heading
MOSTLY = 0.7


def _mostly_in(short: str, heading: str) -> bool:
    """Most words of ``short`` (seven in ten) stand in the longer ``heading``."""
    ours, theirs = WORD_RUN.findall(fold(short)), set(WORD_RUN.findall(fold(heading)))
    return len(ours) >= 3 and len(theirs) > len(set(ours)) and sum(w in theirs for w in ours) >= MOSTLY * len(ours)


def _mostly_other_script(text: str) -> bool:
    return len(_OTHER_LETTER.findall(text)) > 2 * len(_LATIN_LETTER.findall(text))


def _search_label(title: str, h1: str) -> bool:
    """"Agra Petha News: आगरा के पेठा कारखानों में …" over the <h1> "आगरा के पेठा कारखानों में …": a page in another
    script whose metadata title opens with keywords in Latin letters, written for search engines, while its heading
    says the story in other words. The reader's title is the heading (when it tells the same story: shared words)."""
    colon = title.find(":", 0, MAX_SEARCH_LABEL)
    if colon < 0 or title == h1:
        return False
    label, rest = title[:colon].strip(), title[colon + 1 :]
    if not label or _OTHER_LETTER.search(label) or not _LATIN_LETTER.search(label) or h1.startswith(label):
        return False
    if not (_mostly_other_script(rest) and _mostly_other_script(h1)):
        return False
    ours, theirs = set(WORD_RUN.findall(fold(rest))), set(WORD_RUN.findall(fold(h1)))
    # The heading tells the story when it shares words with the title, or is itself a headline's length (a heading of
    # a word or two may be the site's or the section's name).
    return len(ours & theirs) >= 0.3 * min(len(ours), len(theirs)) or len(theirs) >= MIN_HEADLINE_WORDS


_INITIALS = regex.compile(r"\s*\([\p{L}.]{1,6}\)\s*$")  # "Elena Oberholzer (obe)"
# "X and Y" in the languages of news sites; split only where both sides are names of two words or more.
_JOINED = regex.compile(r"\s*(?:,|&|\band\b|\bog\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\bja\b|\ben\b|और|तथा|एवं)\s+")


def _split_names(name: str) -> list[str]:
    name = _INITIALS.sub("", name)
    parts = [p for p in _JOINED.split(name) if p]
    if len(parts) > 1 and all(len(p.split()) >= 2 for p in parts):
        return parts
    return [name]


_AUTHOR_NODES = '[rel~="author"], [itemprop="author"], [class*="byline"], [class*="author"], [class*="reporter"]'
_NOT_A_NAME_NODE = regex.compile(r"bio|desc|avatar|image|img|photo|about|more|list|social|follow|desig|role|city|location", regex.IGNORECASE)
# "By", "Von", "Por", "Par", "द्वारा" in front of a name.
_BY = regex.compile(r"^(?:(?:(?:text|words|written|story|reported|posted|submitted|uploaded)\s+)?(?:by|von|por|par|di|door|af|av|od|от)\s*:?|लेखक\s*:?|द्वारा(?:\s+(?:प्रकाशित|पोस्ट\s+किया\s+गया))?|पोस्टकर्ता\s*:?|रिपोर्ट\s*:?|प्रस्तुतकर्ता\s*:?|"
                 r"(?:संवाददाता|रिपोर्टर|reporter)\s*:?)\s+", regex.IGNORECASE)
_CREDIT_SPLIT = regex.compile(r"\s*[,|·•]\s*")  # "Text by Nandini Iyer · Photographs by Rahul Menon": the writer first
_NAME_SHAPE = regex.compile(r"^[\p{L}\p{M}][\p{L}\p{M}.'’\- ]{1,58}[\p{L}\p{M}.]$")


_COMMENTS_NODE = regex.compile(r"comment", regex.IGNORECASE)
MAX_ANCESTORS = 12


def _in_comments(node: LexborNode) -> bool:
    """Inside the readers' comments ("comment__author"): a reader's name, not the story's writer."""
    for _ in range(MAX_ANCESTORS):
        if node is None:
            return False
        if _COMMENTS_NODE.search((node.attributes.get("class") or "") + " " + (node.attributes.get("id") or "")):
            return True
        node = node.parent
    return False


def _dom_authors(tree: LexborHTMLParser) -> list[str]:
    """Names shown in the page's byline elements: short, name-shaped texts, at most five."""
    names: list[str] = []
    for node in tree.css(_AUTHOR_NODES)[:20]:
        if _NOT_A_NAME_NODE.search(node.attributes.get("class") or "") or _in_comments(node):
            continue
        parts = [c.text(deep=True) for c in node.css("a, span, strong, b")
                 if not _NOT_A_NAME_NODE.search(c.attributes.get("class") or "")] or [node.text(deep=True)]  # not "…__desig"
        for part in parts:
            if F.SHARE.search(fold(part)):
                continue  # "Follow Us" in the author box: a prompt, not a name
            text = _BY.sub("", clean_text(part) or "")
            piece = _CREDIT_SPLIT.split(text, maxsplit=1)[0].strip()  # "रिपोर्ट: मनोज कुमार झा, सहरसा": the name, not the place
            if piece and _NAME_SHAPE.match(piece) and 2 <= len(piece.split()) <= 5 and piece not in names:
                names.append(piece)
        if names:
            break
    return names[:5] or _linked_authors(tree)


# Links to a writer's page ("/author/aarti-singh"), where no class names the byline (utility classes: "font-semibold").
_AUTHOR_LINKS = 'a[href*="/author/"], a[href*="/authors/"], a[href*="/reporter/"]'


def _linked_authors(tree: LexborHTMLParser) -> list[str]:
    """The name-shaped texts of the first group of links to writers' pages (links under one parent: a byline)."""
    names: list[str] = []
    parent = None
    for node in tree.css(_AUTHOR_LINKS)[:20]:
        if parent is not None and (node.parent is None or node.parent.mem_id != parent):
            break
        text = _BY.sub("", clean_text(node.text(deep=True)) or "")
        if text and _NAME_SHAPE.match(text) and 2 <= len(text.split()) <= 5 and not _in_comments(node):
            parent = node.parent.mem_id if node.parent is not None else None
            if text not in names:
                names.append(text)
    return names[:5]


_PLACE_WITH_DISTRICT = regex.compile(r"\(\p{Devanagari}+\)\s*$")


def _consonants(latin: str) -> str:
    """The consonants of a Latin name, lower-cased: how a romanized Hindi name and its English spelling agree
    ("Parvat Prahri" and "Parvat Prahari")."""
    return "".join(c for c in latin.lower() if c.isascii() and c.isalpha() and c not in "aeiouy")


def _sounds(name: str) -> str:
    """A Latin name's skeleton for matching spellings of one Hindi name: its consonants without the ones spellings
    disagree on (h, v/w, y: "Tiwari"/"Tivari", "Dubey"/"Dube", "Chowdhury"/"Chaudhuri"; "ng" as "n": "Singh"/"Sinh"),
    doubled letters once."""
    out = []
    for c in _consonants(name.lower().replace("ng", "n").replace("m", "n").replace("x", "ks")):  # "Singh" for "सिंह" (romanized "Sinh");
        # an anusvara is m or n as the next letter goes ("Samvad", "Sanvad" for "संवाद")
        if c not in "hvw" and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def same_people(latin: list[str], shown: list[str]) -> bool:
    """The byline's names in Devanagari are names the metadata gives in Latin letters ("नेहा तिवारी", "Neha Tiwari"):
    each the same skeleton once romanized. (The metadata may list one more, an editor the page shows as such.)"""
    if not latin or not shown or not all(n.isascii() for n in latin) or any(n.isascii() for n in shown):
        return False
    sounds = set(map(_sounds, latin))
    return all(_sounds(romanize(_as_devanagari(n))) in sounds for n in shown)


# "Sambit Mohanty with ECNS inputs", "Asha Rao (with inputs from PTI)", "रीना शर्मा (इनपुट: भाषा)": the agency's help
# is no author.
_INPUTS = regex.compile(r"\s*[(\[]?\s*(?:with\s+(?:inputs?\s+from\s+[^()\[\]]{1,40}|[^()\[\]]{1,40}?\s+inputs?)|इनपुट\s*[:：-]?\s*[^()\[\]]{1,40})\s*[)\]]?\s*$",
                     regex.IGNORECASE)


_EDITION = regex.compile(r"[A-Z]{2,3}")  # a regional edition's code after the outlet's name ("Giro PR", "Giro SP")


def authors_only(names: list[str], site: str | None) -> list[str]:
    """Drop what is not a person's name: the site's name, weekdays, dates, places given as datelines."""
    out: list[str] = []
    site_key = fold(site) if site else None
    site_sounds = _consonants(site) if site and site.isascii() else None
    site_skeleton = _sounds(romanize(site)) if site and not site.isascii() and len(site) >= 4 else None
    for name in (p for n in names for p in _split_names(_INPUTS.sub("", n))):
        key = fold(name)
        if not key or key in WEEKDAYS or key in CMS_ROLES or key in AGENCIES or (site_key and (key == site_key or key in site_key)):
            continue
        if site_key and key.startswith(site_key) and (len(site_key) >= MIN_SITE_KEY and key[len(site_key):].strip() in OUTLET_WORDS
                                                      or _EDITION.fullmatch(name[len(site):].strip())):
            continue  # "Patli Prawah Digital" of the site "Patli Prawah": the outlet, under a desk's word; "Giro PR": its edition
        if site_key and key.startswith(site_key) and key[len(site_key):].lstrip().startswith((",", "(", "|")):
            continue  # "विंध्य समाचार दर्पण, रीवा": the outlet and its town
        if site_sounds and not name.isascii() and _consonants(romanize(name)) == site_sounds:
            continue  # "पर्वत प्रहरी" of the site "Parvat Prahari": its name in the other script
        if site_skeleton and name.isascii() and site_skeleton in _sounds(name):
            continue  # "Patli Prawah Digital" of the site "पटली प्रवाह": the outlet, named in Latin letters
        if any(c.isdigit() for c in name) or "_" in name or _URLISH.match(name) or len(name) > 80 or _DESK.search(name):
            continue
        if _PLACE_WITH_DISTRICT.search(name):
            continue  # "जमालपुर (मुंगेर)": a town with its district, where the reporter files from
        if _office(name):
            continue  # "जिला जनसंपर्क अधिकारी", "SP Office Sagar": an office, not a person
        if _POSTPOSITION.search(name) or _CALL_TO_ACTION.search(name):
            continue  # "छत्तीसगढ़ की खबरें", "आपकी भाषा में": a site's tagline; "इनकी सभी खबरें पढ़ें": an author box's link
        if key not in (fold(n) for n in out):
            out.append(name)
    return out
