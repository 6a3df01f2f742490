"""The cleaner for HTML: the blocks of a page's header and main content get roles, as lines of flattened text do.

The same line rules run first (``shape.furniture_role``: ad markers, read-time, share prompts, dates, bylines) and
the same block rules (video blocks, carousels); then what the DOM tells and flattened text cannot: a block inside
an element named as furniture, a block that is mostly link text, a caption, a heading with no text under it.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..text.normalize import fold
from . import furniture as F
from .page import RELATED, REPORTER_CREDIT, REPORTER_ROLE, PageRoles, _mark_blocks, pull_quotes
from .shape import DATE_LINE_ROLE, DATED_BYLINE_ROLE, PAYWALL_ROLE, WRITER_NOTE_ROLE, shape

LINK_HEAVY = 0.5
END_RUN, END_SHARE = 5, 0.25  # see _after_the_end: an inline "also read" box is shorter than END_RUN
PROSE_CHARS = 80
_CLAUSE_MARKS = ",、，:：;；،"
_SQUASH = regex.compile(r"[\s\p{P}\p{S}]+")
_NUMBER = regex.compile(r"(?<![\p{L}\p{M}\p{N}])\p{N}+(?![\p{L}\p{M}\p{N}])")


@dataclass(slots=True)
class BlockIn:
    """What the cleaner needs of one HTML block."""

    text: str
    kind: str
    link_density: float = 0.0
    furniture: bool = False
    content: bool = True  # in the main content (False: the header above it)
    links: int = 0
    cell: bool = False  # a table cell (<td>, <th>)
    pull: bool = False  # its element or the one around it is named as a pull quote


def _data_cell(blocks: list[BlockIn], shapes: list, n: int) -> bool:
    """A table cell of a few words beside another such cell: a data table's ("सिस्टम क्षमता | राज्य की अतिरिक्त
    सब्सिडी"). A lone short cell among cells of prose is a layout table's subhead, part of the story."""
    def short(k: int) -> bool:
        return 0 <= k < len(blocks) and blocks[k].cell and not shapes[k].terminal and not _prose(blocks[k], shapes[k])
    return short(n) and (short(n - 1) or short(n + 1))


def squash(text: str) -> str:
    return _SQUASH.sub("", fold(text))


def classify_blocks(blocks: list[BlockIn], headline: str | None, is_article: bool | None) -> PageRoles:
    """Roles for ``blocks`` (index = block number) and the page type."""
    shapes = [shape(n, b.text, content=False) for n, b in enumerate(blocks)]
    for s in shapes:
        s.blank_before = s.blank_after = True
    roles: dict[int, tuple[str, str]] = {s.n: s.furniture for s in shapes if s.furniture}
    _mark_blocks(shapes, roles)
    for n, b in enumerate(blocks):  # a carousel of teasers never holds paragraphs of prose (nor a gallery's captions)
        if roles.get(n, ("", ""))[1].startswith("carousel") and b.kind in ("paragraph", "caption") and _prose(b, shapes[n]):
            del roles[n]
    head_key = squash(headline) if headline else None
    headline_n = None
    for n, b in enumerate(blocks):
        if n in roles:
            continue
        if b.furniture:
            roles[n] = (RELATED, "inside an element named as furniture (related, share, ad, comments…)") if len(b.text) >= 30 \
                else ("boilerplate:other", "inside an element named as furniture (related, share, ad, comments…)")
        elif b.link_density > LINK_HEAVY and not _linked_prose(b):
            roles[n] = TEASER_LINK if shapes[n].words >= 4 \
                else ("boilerplate:navigation", "a link (menu, tag or section)")
        elif head_key and abs(len(b.text) - len(headline)) <= 10 + len(headline) // 4 and squash(b.text) == head_key:
            if headline_n is None:
                roles[n], headline_n = ("headline", "the page's title (metadata and heading agree)"), n
            else:
                roles[n] = ("boilerplate:repeat", "repeat of the headline")
    if headline_n is None and blocks and not blocks[0].content and blocks[0].kind == "heading" and 0 not in roles:
        roles[0], headline_n = ("headline", "the heading the header starts with (the page's <h1>)"), 0
    _teaser_summaries(blocks, roles)
    _live_box_above(blocks, shapes, roles, headline_n)
    # (A long caption above the story is no prose of it: the key points or standfirst between it and the lede are header.)
    prose = [n for n, b in enumerate(blocks) if n not in roles and b.kind not in ("heading", "caption") and _prose(b, shapes[n])]
    if not prose:
        page_type = "listing" if sum(1 for r in roles.values() if r[0] == RELATED) >= 5 else "other"
    elif is_article or len(prose) >= 2 or len(blocks[prose[0]].text) >= 2 * PROSE_CHARS:
        page_type = "article"
    else:
        page_type = "other"
    result = PageRoles(page_type, roles, shapes, headline=headline_n)
    if page_type != "article":
        for n in range(len(blocks)):
            roles.setdefault(n, (RELATED, "teaser on a listing page") if page_type == "listing"
                             else ("boilerplate:other", "text of a page that is not a news story"))
        return result
    # The story starts under its headline: prose above it is the site's (a blog's description under the blog's name).
    below = [n for n in prose if headline_n is None or n > headline_n]
    _article_roles(blocks, shapes, roles, below[0] if below else prose[0])
    if below and headline_n:
        for n in range(headline_n):
            if roles[n][0] in ("body", "subhead", "standfirst"):
                roles[n] = ("boilerplate:other", "text above the story's headline")
    pull_quotes({n: b.text for n, b in enumerate(blocks)}, roles)
    for n, b in enumerate(blocks):
        if b.pull and roles.get(n, ("",))[0] == "body":  # a pull quote worded apart from the story's sentence
            roles[n] = ("boilerplate:other", "pull quote (its element is named so)")
    _dates_around_the_story(roles, headline_n)
    _photo_story(blocks, shapes, roles)
    _paywall_box(blocks, roles)
    return result


def _paywall_box(blocks: list[BlockIn], roles: dict) -> None:
    """A paywall's box inside the story: the list of what a subscription gives under its offer ("Subscribe to continue
    reading and get:", then "Daily stock ideas …"), and the paragraph cut short ("…") right above the offer: its preview."""
    offers = [n for n, r in roles.items() if r == PAYWALL_ROLE]
    for n in offers:
        k = n + 1
        while k < len(blocks) and (blocks[k].kind == "list-item" or roles.get(k) == PAYWALL_ROLE):
            if roles.get(k, ("",))[0].startswith("body"):
                roles[k] = ("boilerplate:other", "a paywall's list of what a subscription gives")
            k += 1
    if offers:
        first = min(offers)
        above = next((k for k in range(first - 1, max(-1, first - 4), -1) if roles.get(k, ("",))[0] == "body"), None)
        if above is not None and blocks[above].text.rstrip().endswith(("…", "...")):
            roles[above] = ("boilerplate:other", "a paywall's preview of the story, cut short")


MIN_SLIDES = 4
PHOTO_STORY_ROLE = ("body", "a slide's caption in a photo story (its captions tell the story)")


def _photo_story(blocks: list[BlockIn], shapes, roles: dict) -> None:
    """A photo story tells its story in its slides' captions: when sentence captions outnumber the story's paragraphs,
    they are its text (a photo credit stays a caption)."""
    captions = [n for n, r in roles.items() if r[0] == "caption" and blocks[n].kind == "caption" and shapes[n].terminal
                and len(blocks[n].text) >= PROSE_CHARS]
    if len(captions) < MIN_SLIDES or len(captions) <= sum(1 for n, r in roles.items() if r[0] == "body" and len(blocks[n].text) >= PROSE_CHARS):
        return
    for n in captions:
        roles[n] = PHOTO_STORY_ROLE


def _dates_around_the_story(roles: dict, headline_n: int | None) -> None:
    """The story's date stands under its title, above its end: a date line above the title is the site's ("Thursday,
    March 12, 2026" in the masthead) and one below the story's last paragraph a comment's or a teaser's, when a date
    line (or a byline with the dates) stands between them."""
    dates = [n for n, r in roles.items() if r == DATE_LINE_ROLE]
    body = [n for n, r in roles.items() if r[0] == "body"]
    if not dates or not body:
        return
    first = headline_n if headline_n is not None else min(body)
    dated_bylines = [n for n, r in roles.items() if r == DATED_BYLINE_ROLE]
    inside = [n for n in dates + dated_bylines if first < n < max(body)]
    if inside:
        for n in dates:
            if n < first or n > max(body):
                roles[n] = ("boilerplate:other", "a date line outside the story (the site's, or a comment's)")


TEASER_LINK = (RELATED, "mostly link text: a link to another story")
_QUOTED = regex.compile(r"[“\"«„][^”\"»“]{20,}[”\"»]")  # somebody's words in quotation marks
MAX_TEASER_SUMMARY = 250  # characters of a teaser's one-line summary


_CARD_TIME = "relative time of a teaser"
_CARD_SUMMARY = (RELATED, "the summary of a link to another story, between two such links (or the last of a row of cards)")


def _teaser_summaries(blocks: list[BlockIn], roles: dict) -> None:
    """A short text between two links to other stories is the first one's summary ("गेहूं में पीलापन? …" then "मार्च में
    तापमान बढ़ने के साथ …" then the next teaser's link)."""
    for n in range(1, len(blocks) - 1):
        # (or between a link and its card's time, "35 मिनट पहले", then the next link: a box of teaser cards)
        nxt = n + 2 if roles.get(n + 1, ("", ""))[1] == _CARD_TIME and n + 2 < len(blocks) else n + 1
        if n not in roles and roles.get(n - 1) == TEASER_LINK and (roles.get(nxt) == TEASER_LINK or nxt == n + 2 and (
                roles.get(nxt, ("",))[0] == "boilerplate:navigation" or roles.get(n - 3) == _CARD_SUMMARY)) \
                and len(blocks[n].text) <= MAX_TEASER_SUMMARY and blocks[n].kind in ("paragraph", "text") \
                and not _QUOTED.search(blocks[n].text) \
                and not F.TAGS_OPEN.match(fold(blocks[nxt].text)):  # (nor is text before the story's tags a teaser's)
            # (a teaser's summary quotes nobody: "X বলেন, “…”" is the story's)
            roles[n] = _CARD_SUMMARY


def _linked_prose(b: BlockIn) -> bool:
    """A paragraph whose words link to topic pages ("宮崎県：高鍋町、新富町、宮崎市" with each place a link) is text,
    not a link to another story: several links with punctuation between them."""
    return b.kind == "paragraph" and b.links >= 2 and any(map(b.text.__contains__, _CLAUSE_MARKS))


def _prose(b: BlockIn, s) -> bool:
    return len(b.text) >= PROSE_CHARS or (s.terminal and len(b.text) >= 40)


def _article_roles(blocks: list[BlockIn], shapes, roles: dict, first_prose: int) -> None:
    _next_story(blocks, shapes, roles)
    _match_data(blocks, shapes, roles, first_prose)
    _after_the_end(blocks, shapes, roles)
    _below_the_writers_note(blocks, roles, first_prose)
    _sources_list(blocks, shapes, roles, first_prose)
    standfirst = _key_points(blocks, shapes, roles, first_prose)
    last_text = max((n for n, b in enumerate(blocks) if n not in roles and b.kind != "heading" and b.kind != "caption"), default=-1)
    for n, b in enumerate(blocks):
        if n in roles:
            continue
        s = shapes[n]
        # A byline's place: beside the date line, or right under the title ("हरिप्रसाद जांगिड़ | कोटा" on an e-paper clip).
        beside_date = any(roles.get(k) == DATE_LINE_ROLE for k in (n - 1, n + 1)) or roles.get(n - 1, ("",))[0] == "headline"
        if b.kind == "caption":
            roles[n] = ("caption", "picture caption (figcaption)")
        elif b.kind in ("text", "paragraph") and s.words <= F.MAX_CAPTION_WORDS and F.PHOTO_CREDIT.search(s.folded):
            roles[n] = ("caption", "picture caption (photo credit)")
        elif n < first_prose and not b.content or (n < first_prose and b.kind != "heading" and len(b.text) < PROSE_CHARS):
            roles[n] = _header_role(b, s, standfirst, beside_date)
            standfirst = standfirst or roles[n][0] == "standfirst"
        elif b.kind == "heading":
            if n > last_text:
                roles[n] = (RELATED, "heading with no text of the story under it")
            elif F.RELATED_MARKER.match(s.folded) or F.more_news(s.folded):
                roles[n] = (RELATED, "heading of a list of other stories")
            else:
                roles[n] = ("subhead", "heading inside the story")
        elif b.kind == "list-item":
            roles[n] = ("body:list-item", "list item of the article")
        elif _data_cell(blocks, shapes, n):
            roles[n] = ("boilerplate:other", "a cell of a data table (a few words, no sentence, beside another)")
        elif beside_date and n <= first_prose + 2 and _name_line(b, s):
            roles[n] = ("byline", "name next to the date line")
        elif _prose(b, s) or s.terminal or len(b.text) >= 20:
            roles[n] = ("body", "article text" if b.kind != "quote" else "quotation block of the article")
        elif b.kind == "paragraph" and b.content and n < last_text:
            roles[n] = ("body", "short paragraph inside the story")
        else:
            roles[n] = ("boilerplate:other", "stray fragment (short text, no sentence end)")


_SOURCES_HEADING = regex.compile(r"^[\s\p{P}]*(?:स्रोत|सोर्स|संदर्भ|sources?|references?)[\s\p{P}]*$")
MAX_SOURCE_ITEM_WORDS = 25


def _sources_list(blocks: list[BlockIn], shapes, roles: dict, first_prose: int) -> None:
    """A fact-check's or an explainer's list of its sources under its own heading ("स्रोत", "Sources") after the
    story's text: the heading and its short items are no part of the story."""
    for n in range(first_prose + 1, len(blocks)):
        if n in roles or blocks[n].kind != "heading" or not _SOURCES_HEADING.match(shapes[n].folded):
            continue
        roles[n] = ("boilerplate:other", "heading of the story's list of sources")
        for k in range(n + 1, len(blocks)):
            if k in roles:
                continue
            if blocks[k].kind == "heading" or shapes[k].words > MAX_SOURCE_ITEM_WORDS:
                break
            roles[k] = ("boilerplate:other", "a source the story lists")


def _key_points(blocks: list[BlockIn], shapes, roles: dict, first_prose: int) -> bool:
    """A box of key points above the story ("खास बातें" over a list) is the story's summary when the page has no
    standfirst of its own; beside one, it repeats it in short. Its heading is a label. True when it is the summary."""
    for n in range(first_prose):
        if n in roles or not F.KEY_POINTS.match(shapes[n].folded):
            continue
        items = [k for k in range(n + 1, len(blocks)) if k not in roles][:8]  # the points may be long enough to be prose
        items = items[: next((i for i, k in enumerate(items) if blocks[k].kind != "list-item"), len(items))]
        if not items:
            continue
        roles[n] = ("boilerplate:other", "label of the key points")
        own = any(_standfirst_like(blocks[k], shapes[k]) for k in range(first_prose) if k not in roles and k not in items)
        for k in items:
            roles[k] = ("boilerplate:other", "key point beside the standfirst") if own \
                else ("standfirst", "key point of the story (the summary)")
        return not own
    return False


def _standfirst_like(b: BlockIn, s) -> bool:
    """Words enough for a summary, and not a line of numbers ("প্রকাশিত: ১২ মে ২০২৬ ০৭:৫৫ শেষ আপডেট: …", dates in a
    script whose month names khabar does not read), nor a credit line ("न्यूज डेस्क, पर्वत प्रहरी, नैनीताल | गौरव रावत")."""
    if b.kind not in ("paragraph", "text", "heading") or s.words < 6 or len(b.text) < 40 or _credit(s):
        return False
    return 3 * len(_NUMBER.findall(s.folded)) < s.words


def _next_story(blocks: list[BlockIn], shapes, roles: dict) -> None:
    """An endless page appends the next story below this one, after a marker ("अगली खबर", "Next Story") and under
    its own heading: from the marker on, nothing is this story's. Nor is anything below a link to the story's next
    page ("Continued on page 2 →")."""
    for n, s in enumerate(shapes):
        if F.NEXT_STORY.match(s.folded) and any(b.kind == "heading" for b in blocks[n + 1 : n + 4]):
            for k in range(n, len(blocks)):
                roles[k] = (RELATED, "the next story, appended below this one")
            return
        if F.CONTINUED.match(s.folded):  # the rest of the story is on its next page: nothing below is this page's story
            roles.setdefault(n, ("boilerplate:navigation", "link to the story's next page"))
            for k in range(n + 1, len(blocks)):
                roles.setdefault(k, ("boilerplate:other", "below the link to the story's next page"))
            return


def _live_box_above(blocks: list[BlockIn], shapes, roles: dict, headline_n: int | None) -> None:
    """A box of live updates printed above the story's headline ("… पल-पल की अपडेट") is not the story below it."""
    if not headline_n:
        return
    box = next((n for n in range(headline_n) if blocks[n].kind == "heading" and F.LIVE_BOX.search(shapes[n].folded)), None)
    if box is not None:
        for k in range(box, headline_n):
            roles.setdefault(k, ("boilerplate:other", "a box of live updates above the story"))


def _match_data(blocks: list[BlockIn], shapes, roles: dict, first_prose: int) -> None:
    """A match report's page goes on with the match's scorecard and live commentary under their headings: from the
    first such heading below the report, nothing is the story's."""
    for n, s in enumerate(shapes):
        if n > first_prose and blocks[n].kind == "heading" and F.MATCH_DATA.match(s.folded):
            for k in range(n, len(blocks)):
                roles.setdefault(k, ("boilerplate:other", "the match's scorecard and commentary, below its report"))
            return


def _after_the_end(blocks: list[BlockIn], shapes, roles: dict) -> None:
    """Text below a run of furniture that closes the story (a post's footer, a comment policy) is not the story's.

    A related-links box inside a story is also a run of furniture, so the cut is made only where little text
    follows the run compared with the text before it.
    """
    seen = run = 0
    total = sum(len(b.text) for n, b in enumerate(blocks) if n not in roles)
    for n, b in enumerate(blocks):
        if n in roles:
            # A time stamp heads the next update of a live blog: the story goes on, so it neither ends nor counts.
            run += roles[n][0] != "date" and not b.cell  # a table inside the story does not close it
            continue
        if run >= END_RUN and seen and total - seen < END_SHARE * seen:
            for k in range(n, len(blocks)):
                roles.setdefault(k, ("boilerplate:other", "below the furniture that closes the story"))
            return
        run = 0
        seen += len(b.text)


def _credit(s) -> bool:
    """A byline: a credit that opens the line, or a short line naming a desk or bureau."""
    return not s.terminal and (F.BYLINE.match(s.folded) is not None
                               or s.words <= F.MAX_CREDIT_WORDS and F.DESK_CREDIT.search(s.folded) is not None)


def _below_the_writers_note(blocks: list[BlockIn], roles: dict, first_prose: int) -> None:
    """The note about the writer closes an opinion column ("The writer teaches …", "(लेखक … हैं)"): below it, a
    newsletter box, letters and other columns' blurbs are not the column's. Only a note under most of the story's
    text counts (some sites print it under the byline)."""
    note = next((n for n in range(first_prose, len(blocks)) if roles.get(n) == WRITER_NOTE_ROLE), None)
    if note is None:
        return
    above = sum(len(b.text) for n, b in enumerate(blocks[:note]) if n not in roles)
    below = sum(len(b.text) for n, b in enumerate(blocks[note + 1 :], start=note + 1) if n not in roles)
    if above > below:
        for k in range(note + 1, len(blocks)):
            roles.setdefault(k, ("boilerplate:other", "below the note about the writer, which closes the column"))


MAX_BYLINE_WORDS = 15
MAX_NAME_LINE_WORDS = 8  # "महेंद्र सिंह चौहान, ग्वालियर", "अमित कुमार सिंह | ग्राफिक्स: पूजा यादव": the pattern bounds each part


_NAME_AND_PLACE = regex.compile(r"^\s*[\p{L}\p{M}.]+(?:\s+[\p{L}\p{M}.]+){1,3}\s*[,|]\s*(?:[\p{L}\p{M}]+(?:[\s-]+[\p{L}\p{M}]+){0,2}"
                             r"(?:\s*\([\p{L}\p{M}\s]{1,30}\))?"  # (and the district: "…, समराला (लुधियाना)")
                             r"|(?:ग्राफिक्स|ग्राफ़िक्स|फोटो|फ़ोटो|वीडियो|इनपुट|graphics|photos?|video|inputs?)\s*:\s*[\p{L}\p{M}.]+"
                             r"(?:\s+[\p{L}\p{M}.]+){0,3})\s*$", regex.IGNORECASE)  # (or a second credit: "| ग्राफिक्स: पूजा यादव")


def _name_line(b: BlockIn, s) -> bool:
    """"महेंद्र सिंह चौहान, ग्वालियर": a name of two to four words, a comma or bar, and the place the reporter files
    from, where a byline stands."""
    return b.kind in ("text", "paragraph") and s.words <= MAX_NAME_LINE_WORDS and _NAME_AND_PLACE.match(b.text) is not None


def _header_role(b: BlockIn, s, standfirst: bool, beside_date: bool) -> tuple[str, str]:
    if F.BYLINE.match(s.folded) and not s.terminal and s.words <= MAX_BYLINE_WORDS:  # (not "By 2050, one in five …")
        return ("byline", "author or agency credit")
    if _credit(s):
        return ("byline", "credit line naming a desk or bureau (and the reporter)")
    if beside_date and _name_line(b, s):
        return ("byline", "name next to the date line")
    if REPORTER_CREDIT.match(b.text.strip()):
        return REPORTER_ROLE
    if not standfirst and _standfirst_like(b, s):
        return ("standfirst", "summary between the headline and the story")
    if s.words <= 4 and not s.terminal and s.latin_share < 0.5 and b.kind == "text":
        return ("boilerplate:other", "label above the story")
    return ("boilerplate:other", "short text above the story")
