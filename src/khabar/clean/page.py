"""Give every line of a flattened page its role, and the page its type.

How a reader does it, in order:
1. Lines that are furniture on their own (ad markers, read-time, share prompts, menus, dates): ``shape.furniture_role``.
2. Blocks of furniture: a video heading and its title, a carousel whose lines alternate with a repeated label
   ("PunjabKesari TV"), a horoscope widget.
3. The page type: a listing is a run of teasers, with their dates, ids, links and cut-off excerpts; an article has
   a body, prose paragraphs about one subject; anything else (menus, consent pop-ups, about pages) is other.
4. On an article, the body's subject decides the rest: the headline is the title-shaped line that the body talks
   about; a title-shaped line inside the body is a subhead when the paragraphs after it continue its words and a
   teaser of another story when they do not; header lines become standfirst, caption, byline, date, dateline.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from ..text.normalize import fold
from ..text.tokens import WORD
from . import furniture as F
from .shape import CHAT_ROLE, DATE_LINE_ROLE, VIDEO_HEADING, LineShape, shape

RELATED = "boilerplate:related-story"
# Share of a page's lines that must be teaser furniture (dates, ids, links, cut-off excerpts) to call it a listing.
# Listings in the dev set sit at 0.3 and above; articles with a teaser list below the story at 0.15 and below.
LISTING_META_SHARE = 0.25
MIN_CARDS = 3  # summaries each followed by its teaser's credit and date line
CARD_LINES = 3  # a card's title, summary and link
FAR_HEADLINE = 5  # lines of text between a first title and the story's credits: a mail's subject, not the headline
MIN_LISTING_META = 6  # teasers' date lines ("45 मिनट पहले") on a page whose only prose is cards' summaries
FOLLOW_LINES = 10  # lines after the story's last paragraph in which a paragraph about its things still continues it
FOLLOW_OVERLAP = 0.1  # share of that paragraph's content words that the story's thread uses
HOROSCOPE_PAGE = 6  # horoscope widget lines (signs and entries) that make a page a horoscope table
MAX_HOROSCOPE_INTROS = 3  # prose lines above a table under a title that names it a horoscope
_LETTER = regex.compile(r"[\p{L}\p{M}]")
# A table's row: a name and two or more figures after it ("निर्दलीय 5 1 6", "लखनऊ 94.65 87.76"), no title.
_FIGURES_ROW = regex.compile(r"(?:\s+[-+−]?[\d०-९][\d०-९,.]*%?){2,}\s*$")
COLUMN_LINES, COLUMN_MIN_WORDS, COLUMN_MAX_WORDS, COLUMN_MAX_CHARS = 6, 3, 12, 70  # see _join_columns
TIME_ONLY = "time stamp of an update"  # a live blog's update: the story goes on after it
MAX_POINT_WORDS = 30  # words of one key point under a "हाइलाइट्स" label
# Fraction of a title-shaped line's content words that the article must use for the line to belong to it.
# Headlines of the dev set and the seed reach 0.33 and more; teasers of other stories placed where a headline
# would stand reach 0.15.
HEADLINE_OVERLAP = 0.3
FULLER_OVERLAP = 0.5
MAX_RUNNING_HEADER_WORDS = 8
MAX_LABEL_SPAN = 2000  # lines: a carousel or menu label repeats within a page's length, which bounds the work
MAX_EXCERPT_WORDS = 150  # site excerpts in the dev set reach 125 words; bodies run together are longer (BBC's 166)
# "अंकिता राठौर टीवी भारती 24 की फैक्ट चेक टीम में सीनियर सब-एडिटर हैं।": the writer (named first) and a newsroom job.
_NEWSROOM_JOBS = ("पत्रकार", "संवाददाता", "रिपोर्टर", "एडिटर", "संपादक", "correspondent", "reporter", "editor", "journalist")
_WRITER_BIO = regex.compile(r"^\s*([\p{L}\p{M}]+\s+[\p{L}\p{M}]+)\s[^।.]{0,120}?(?:" + "|".join(_NEWSROOM_JOBS) +
                            r")\s+(?:हैं|है|थे|रही\s+हैं|रहे\s+हैं)\s*[।.]", regex.IGNORECASE)  # ("सब-एडिटर हैं" too)
_ABOUT_HEADING = regex.compile(r"^\s*(?:हमारे\s+बारे\s+में|about\s+us|about)\s*[:：]?\s*$", regex.IGNORECASE)
SITE_INFO = regex.compile(
    r"^\s*dear\s+(?:publishers|readers|advertisers|subscribers)|call\s+(?:us\s+)?at\s*:|contact\s+us|about\s+us|"
    r"हमारे\s+बारे\s+में|संपर्क\s+करें|हमसे\s+संपर्क|advertise\s+with\s+us|\+91[\s\d-]{8,}",
    regex.IGNORECASE,
)
# Caption wording: photo credits, "(दाएं से)" (from right), "मंच पर" (on the stage), "फाइल फोटो" (file photo).
_PHOTO_CREDIT = regex.compile(r"^\s*(?:फोटो|फ़ोटो|photo|image|चित्र|तस्वीर|pic)\s*(?:credit\s*)?[:|]", regex.IGNORECASE)
CAPTION_CUE = regex.compile(
    r"\b(?:photo|image|file\s+photo|picture|credit|courtesy)\b|फोटो|फ़ोटो|तस्वीर\s*:|चित्र\s*:|सौजन्य|"
    r"\((?:दाएं|बाएं|बाये|दायें|बायें)\s+से\)|मंच\s+पर\s+उपस्थित|संबोधित\s+करते",
    regex.IGNORECASE,
)
# A caption inside the story that ends with its picture's credit: "रिज मैदान पर पर्यटक - फोटो : विक्रम ठाकुर".
_CREDITED_PICTURE = regex.compile(r"\S\s*[-–—|]\s*(?:फोटो|फ़ोटो|तस्वीर|चित्र|photo|image)\s*:\s*\S[^:]{0,40}$", regex.IGNORECASE)
# A reporter's credit standing alone in the header: "नर्मदापुरम से संजय पटेरिया की रिपोर्ट", "लखनऊ से एस.के. वर्मा की खास
# रिपोर्ट" (a name of two or three words, the place it is filed from optional).
REPORTER_CREDIT = regex.compile(
    r"^(?:[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s+से\s+)?[\p{L}\p{M}.]+(?:\s+[\p{L}\p{M}.]+){1,2}"
    r"\s+की\s+(?:(?:खास|विशेष|ग्राउंड|एक्सक्लूसिव)\s+)?रिपोर्ट\s*[।.]?$"
)
REPORTER_ROLE = ("byline", "the reporter's credit ('… से … की रिपोर्ट')")
_SITE_META = regex.compile(r"\|")
_URL = regex.compile(r"https?://|pic\.twitter\.com|www\.")
_VIDEO_LABEL = regex.compile(r"\btv\b|video|वीडियो|टीवी", regex.IGNORECASE)


@dataclass
class PageRoles:
    """The cleaner's verdict on one page."""

    page_type: str
    roles: dict[int, tuple[str, str]]
    shapes: list[LineShape]
    headline: int | None = None
    dateline: str | None = None
    notes: list[str] = field(default_factory=list)
    joined: dict[int, int] = field(default_factory=dict)  # a wrapped line → the first line of its paragraph


def classify(lines: list[str]) -> PageRoles:
    """Roles for the non-blank ``lines`` of a flattened page (index = input line number).

    >>> body = "मॉस्को: रूस और भारत के नेताओं की बैठक आज मॉस्को में हुई। दोनों नेताओं ने व्यापार, ऊर्जा और रक्षा पर बात की।"
    >>> r = classify(["मॉस्को में रूस और भारत के नेताओं की बैठक", "", "विज्ञापन", body])
    >>> r.page_type, r.roles[0][0], r.roles[2][0], r.roles[3][0]
    ('article', 'headline', 'boilerplate:ad-marker', 'body')
    """
    shapes = [shape(n, t.strip()) for n, t in enumerate(lines) if t.strip()]
    shapes, columns = _join_columns(shapes, lines)
    shapes = _join_wrapped(_join_hard_wrapped(shapes, lines, columns), columns)
    for s in shapes:
        last = columns[s.n][-1] if s.n in columns else s.n
        s.blank_before = s.n == 0 or not lines[s.n - 1].strip()
        s.blank_after = last + 1 >= len(lines) or not lines[last + 1].strip()
    roles: dict[int, tuple[str, str]] = {s.n: s.furniture for s in shapes if s.furniture}
    _table_rows(shapes, roles)
    _running_headers(shapes, roles)
    _schedule(shapes, roles)
    _mark_blocks(shapes, roles)
    _readers_comments(shapes, roles)
    page_type = _page_type(shapes, roles, sum(len(columns.get(s.n, (s.n,))) for s in shapes))
    result = PageRoles(page_type, roles, shapes, joined={n: first for first, members in columns.items() for n in members[1:]})
    if page_type == "article":
        _article_roles(result)
        _jumps(result)
    elif page_type == "listing":
        pos = {s.n: i for i, s in enumerate(shapes)}
        for s in shapes:
            if s.n not in roles and s.words <= 3 and not s.terminal and _next_to_menu(s, shapes, pos, roles):
                roles[s.n] = ("boilerplate:navigation", "menu entry")
        for s in shapes:
            if s.n not in roles:
                roles[s.n] = (RELATED, "teaser on a listing page")
            elif roles[s.n][0] == "date":
                roles[s.n] = (RELATED, "date of a teaser on a listing page")
            elif roles[s.n][0] == "byline":
                roles[s.n] = (RELATED, "credit of a teaser on a listing page")
    else:
        for s in shapes:
            if s.n not in roles:
                roles[s.n] = ("boilerplate:navigation", "menu entry") if s.words <= 4 and not s.terminal else (
                    "boilerplate:other", "text of a page that is not a news story")
    for first, members in columns.items():  # each line of a printed column takes its paragraph's role
        role = roles.get(first)
        for n in members[1:]:
            if role:
                roles[n] = (role[0], "a line of the printed column above (" + role[1] + ")")
    return result


# A printed story that jumps to a later page ("शेष पेज 9 पर") and goes on under that page's kicker ("पेज 1 का शेष").
_JUMP = regex.compile(r"^[\s\p{P}]*(?:(?:शेष|बाकी)\s+(?:पेज|पृष्ठ)\s*(?:नं\.?\s*)?\d+\s+पर(?:\s+पढ़ें)?|continued\s+on\s+page\s*\d+)[\s\p{P}]*$")
_JUMP_TAIL = regex.compile(r"^[\s\p{P}]*(?:(?:पेज|पृष्ठ)\s*\d+\s+(?:का|से)\s+(?:शेष|आगे)|शेष\s+(?:पेज|पृष्ठ)\s*\d+\s+(?:का|से)|"
                        r"continued\s+from\s+page\s*\d+)[\s\p{P}]*$")
_STORY_ROLES = ("body", "subhead", "body:list-item")
MIN_PROSE_WORDS, MAX_CATCHLINE_WORDS = 6, 8


def _jumps(r: PageRoles) -> None:
    """A story printed in two parts: the line cut by the jump is the story's, what stands between the jump and the
    continuation's kicker is another story on the page, and the lines under the kicker (after its catchline) are the
    story's rest. Only where both the jump and the kicker are there."""
    shapes, roles = r.shapes, r.roles
    jump = next((s for s in shapes if _JUMP.match(s.folded)), None)
    tail = next((s for s in shapes if jump is not None and s.n > jump.n and _JUMP_TAIL.match(s.folded)), None)
    if tail is None:
        return
    i, k = shapes.index(jump), shapes.index(tail)
    roles[jump.n] = ("boilerplate:navigation", "a jump to the story's rest on a later page ('शेष पेज 9 पर')")
    if i and shapes[i - 1].words >= MIN_PROSE_WORDS and roles.get(shapes[i - 1].n, (RELATED,))[0] == RELATED:
        roles[shapes[i - 1].n] = ("body", "the story's text cut by the jump to a later page")
    # Another story stands between when a title with its credit opens there ("गीडा में …", "निज संवाददाता"); a fact box
    # of the story itself ("फैक्ट फाइल") may stand there too, and stays the story's.
    other = next((j for j in range(i + 1, k - 1) if shapes[j].titleish and roles.get(shapes[j + 1].n, ("",))[0] == "byline"), None)
    for s in shapes[other:k] if other is not None else ():
        if roles.get(s.n, ("",))[0] in _STORY_ROLES:
            roles[s.n] = (RELATED, "another story on the page, beside the one that jumps")
    roles[tail.n] = ("boilerplate:navigation", "the kicker of the story's continuation ('पेज 1 का शेष')")
    k += 1
    if k < len(shapes) and shapes[k].words <= MAX_CATCHLINE_WORDS and not shapes[k].terminal:
        roles[shapes[k].n] = ("boilerplate:navigation", "the continuation's catchline")
        k += 1
    while k < len(shapes) and shapes[k].words >= MIN_PROSE_WORDS and roles.get(shapes[k].n, (RELATED,))[0] in (RELATED, "body"):
        roles[shapes[k].n] = ("body", "the story's rest after the jump")
        k += 1


_COLUMN_BREAK = regex.compile(r"[।?!]\s*\S")  # a sentence that ends inside a line and another that starts after it


# Rows that stand below a story, never between its closing list's items: a disclaimer, its tags, a share or follow row.
_CLOSING_ROLES = ("boilerplate:legal", "boilerplate:navigation", "boilerplate:share", "boilerplate:video-block")


def _join_columns(shapes: list[LineShape], lines: list[str]) -> tuple[list[LineShape], dict[int, list[int]]]:
    """A paragraph printed in a narrow column and flattened line by line (an e-paper clip: "… नए फूड जोन विकसित करने
    का निर्णय लिया है। बुध-" / "वार को महापौर परिषद की …") is read as one line: runs of COLUMN_LINES or more adjacent
    lines of a few words each, most running on into the next, with sentences ending inside them. Returns the shapes
    with each run as one, and the line numbers of each run by its first."""
    out: list[LineShape] = []
    columns: dict[int, list[int]] = {}
    i = 0
    while i < len(shapes):
        j = i
        while j < len(shapes) and (j == i or shapes[j].n == shapes[j - 1].n + 1) and _column_line(shapes[j]):
            j += 1
        if j - i >= COLUMN_LINES and _last_words(shapes, j):
            j += 1  # the sentence's last word alone on the column's last line ("… अंतिम रूप दिया" / "गया।")
        run = shapes[i:j]
        if len(run) >= COLUMN_LINES and sum(1 for s in run if not s.terminal) * 2 >= len(run) \
                and sum(1 for s in run if _COLUMN_BREAK.search(s.text)) >= 2:
            out.append(_joined(run, columns))
            i = j
        else:
            out.append(shapes[i])
            i += 1
    return out, columns


def _last_words(shapes: list[LineShape], j: int) -> bool:
    """Line ``j`` right under a line that runs on holds only the last words of its sentence."""
    return j < len(shapes) and shapes[j].n == shapes[j - 1].n + 1 and shapes[j].terminal and shapes[j].words < COLUMN_MIN_WORDS \
        and shapes[j].furniture is None and not shapes[j - 1].terminal


def _joined(run: list[LineShape], columns: dict[int, list[int]]) -> LineShape:
    """The lines of one paragraph read as one line (noted in ``columns`` by its first line)."""
    text = run[0].text
    for s in run[1:]:  # a word split at the line's end by a hyphen is one word again
        text = text[:-1] + s.text if text.endswith("-") else text + " " + s.text
    columns[run[0].n] = [s.n for s in run]
    return shape(run[0].n, text)


# Words a sentence cannot end with: a line that ends in one runs on into the next ("… बस्ती में" / "बुधवार तड़के …").
_RUNS_ON = frozenset(fold(w) for w in "के की का में से को पर ने और कि तो भी ही एक इस उस जो जब तक लिए साथ व एवं तथा या "
                     "नीचे ऊपर अंदर बाहर बीच पास तरफ बारे दौरान जरिए ज़रिए द्वारा मुताबिक अनुसार वजह बजाय तहत".split())
MIN_WRAPPED_LINES = 2


def _runs_on(s: LineShape) -> bool:
    words = WORD.findall(s.folded)
    # (or a conjunctive participle: "… एक बकरी गड्ढे में गिरकर" / "मर गई थी।")
    return bool(words) and (words[-1] in _RUNS_ON or len(words[-1]) > 3 and words[-1].endswith("कर")) \
        or s.text.rstrip().endswith((",", "-"))


def _join_wrapped(shapes: list[LineShape], columns: dict[int, list[int]]) -> list[LineShape]:
    """A paragraph copied from a phone's narrow view, wrapped into lines of a few words with no blank line between
    ("धनबाद: झरिया क्षेत्र की कुम्हारपट्टी बस्ती में" / "बुधवार तड़के अचानक ज़मीन धंसने से तीन घरों की" / … "… जान नहीं
    गई।"): adjacent short lines that end in a sentence's end, one of them running on with a word no sentence ends with."""
    out: list[LineShape] = []
    i = 0
    while i < len(shapes):
        j = i
        while j < len(shapes) and (j == i or shapes[j].n == shapes[j - 1].n + 1) and shapes[j].n not in columns \
                and _column_line(shapes[j]):
            j += 1
        if i < j and _last_words(shapes, j) and shapes[j].n not in columns:
            j += 1  # the sentence's last words alone on the last line ("… मौके का" / "मुआयना करेगी।")
        while j - i >= MIN_WRAPPED_LINES and not shapes[j - 1].terminal:
            j -= 1  # the paragraph ends with its sentence
        run = shapes[i:j]
        if len(run) >= MIN_WRAPPED_LINES and any(_runs_on(s) for s in run[:-1]) \
                and sum(1 for s in run[:-1] if not s.terminal) * 2 >= len(run) - 1:
            out.append(_joined(run, columns))
            i = j
        else:
            out.append(shapes[i])
            i += 1
    return out


# A page a text browser or a mail program wrote wraps every paragraph at one width (lynx and w3m at 78-80 columns):
# most of its long lines end within a few characters of that width.
MIN_WIDTH, MAX_WIDTH, WRAP_SLACK, MIN_FILLED_LINES, MAX_UNWRAPPED = 60, 100, 12, 8, 1
_BULLET = regex.compile(r"^\s*(?:[*•+-]|\d{1,2}[.)])\s")


def _wrap_width(lines: list[str]) -> int | None:
    """The width a page's text was wrapped at, or None (a page copied from a browser: a paragraph is one line)."""
    lengths = [_columns(line) for line in lines if len(line.strip()) >= 30]
    counts = Counter(k for k in lengths if MIN_WIDTH - WRAP_SLACK <= k <= MAX_WIDTH)
    if sum(counts.values()) < MIN_FILLED_LINES:
        return None  # (most pages: a paragraph is one long line)
    best, filled = None, 0
    for width in range(MIN_WIDTH, MAX_WIDTH + 1):
        n = sum(counts[k] for k in range(width - WRAP_SLACK, width + 1))
        if n > filled:
            best, filled = width, n
    if filled < MIN_FILLED_LINES or filled * 3 < len(lengths):
        return None
    # A wrapping tool leaves no line wider than its width where a space would have let it break (a long address,
    # "17. https://…", it cannot break); a listing's headlines of like length have summaries wider than they are.
    unwrapped = sum(1 for line in lines if _columns(line) > best and " " in line.strip()[8:])
    return best if unwrapped <= MAX_UNWRAPPED else None


_ZERO_WIDTH = regex.compile(r"[\p{Mn}\p{Me}\p{Cf}]")


def _columns(line: str) -> int:
    """The columns a line takes on a terminal: a vowel sign or a virama takes none."""
    return len(_ZERO_WIDTH.sub("", line.rstrip()))


def _join_hard_wrapped(shapes: list[LineShape], lines: list[str], columns: dict[int, list[int]]) -> list[LineShape]:
    """A paragraph wrapped at the page's width (see _wrap_width) is read as one line: a line filled to the width runs
    on into the line right under it, unless that line opens a list item."""
    width = _wrap_width(lines)
    if width is None:
        return shapes
    out: list[LineShape] = []
    i = 0
    while i < len(shapes):
        j = i + 1
        while j < len(shapes) and shapes[j].n == shapes[j - 1].n + 1 and shapes[j].n not in columns \
                and _columns(lines[shapes[j - 1].n]) >= width - WRAP_SLACK and not _BULLET.match(lines[shapes[j].n]):
            j += 1
        if j - i >= 2 and shapes[i].n not in columns:
            out.append(_joined(shapes[i:j], columns))
            i = j
        else:
            out.append(shapes[i])
            i += 1
    return out


def _column_line(s: LineShape) -> bool:
    return COLUMN_MIN_WORDS <= s.words <= COLUMN_MAX_WORDS and len(s.text) <= COLUMN_MAX_CHARS and s.furniture is None


MAX_AD_WORDS = 40
AUTHOR_BOX_LINES, MAX_AUTHOR_NOTE_WORDS = 3, 60
MAX_MARKER_WORDS = 3  # "ये भी पढ़ें:", "Also Read:" alone on their line
MAX_COMMENT_LINES = 40
MAX_LISTED_STORIES, MAX_TEASER_WORDS, MIN_TEASER_WORDS = 10, 30, 5  # the list under such a marker: a few titles


# Plural or counted: "टिप्पणी" alone is a comment form's field.
_COMMENTS_HEADING = regex.compile(r"^[\s\p{P}]*(?:(?:comments|टिप्पणि(?:याँ|यां)|कमेंट्स|कॉमेंट्स)(?:\s*\(\d+\))?"
                                  r"|(?:comment|टिप्पणी|कमेंट|कॉमेंट)\s*\(\d+\)|\d+\s+(?:comments?|टिप्पणि(?:याँ|यां)|टिप्पणी|कमेंट(?:्स)?)"
                                  r"|(?:आपकी|पाठकों\s+की)\s+राय|प्रतिक्रियाए(?:ं|ँ)\s*\(\d+\)"
                                  # letters to the editor: readers' words too ("पाठकों के पत्र", "आपकी चिट्ठियां")
                                  r"|पाठकों\s+के\s+पत्र|(?:आपके|पाठकों\s+की)\s+(?:पत्र|चिट्ठियां|चिट्ठियाँ)|पाठक\s+लिखते\s+हैं|पाठकनामा"
                                  r"|letters\s+to\s+the\s+editor)[\s\p{P}]*$")


_FOOTNOTE = regex.compile(r"^\s*\[\d{1,2}\]\s")  # "[1] …": a note numbered as the story's marks number it


# A reader's name and when they commented: "रेखा मिश्रा  •  2 घंटे पहले", "Amit K. | 3 hours ago".
_COMMENTER = regex.compile(r"^[\p{L}\p{M} .]{2,40}?\s*[•·|]\s*\d+\s*(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|सप्ताह|महीने|"
                           r"(?:second|minute|min|hour|hr|day|week|month)s?)\s*(?:पहले|ago)\s*$")
MAX_COMMENT_WORDS = 80


def _readers_comments(shapes: list[LineShape], roles: dict) -> None:
    """A comments heading ("टिप्पणियां (2)", "Comments") opens the readers' comments: the lines under it, up to the next
    furniture, are theirs ("विनोद शर्मा: परीक्षा के समय …"). (Flattened text: in HTML the comments' elements say so.)"""
    for i, s in enumerate(shapes):
        if _COMMENTS_HEADING.match(s.folded) and roles.get(s.n, ("boilerplate:comment",))[0] == "boilerplate:comment":
            if i + 1 < len(shapes) and _FOOTNOTE.match(shapes[i + 1].text):
                continue  # "टिप्पणियां" over "[1] डाक विभाग द्वारा …": the story's notes, not its readers'
            roles[s.n] = roles.get(s.n) or ("boilerplate:comment", "the heading of the readers' comments")
            for t in shapes[i + 1 : i + 1 + MAX_COMMENT_LINES]:
                if t.n in roles and roles[t.n][0] not in ("boilerplate:comment", "date"):
                    break  # (a prompt or a comment's time between the comments goes on with them)
                if t.n not in roles:
                    roles[t.n] = ("boilerplate:comment", "a reader's comment under the comments heading")
        elif _COMMENTER.match(s.folded) and any(roles.get(t.n, ("",))[0] == "boilerplate:comment" for t in shapes[max(0, i - 2) : i]):
            # (under a comment prompt or the comment before it: "आईएएनएस | 2 घंटे पहले" under a teaser is its credit)
            roles[s.n] = ("boilerplate:comment", "a reader's name and when they commented")
            below = shapes[i + 1] if i + 1 < len(shapes) else None
            if below is not None and below.n not in roles and below.words <= MAX_COMMENT_WORDS:
                roles[below.n] = ("boilerplate:comment", "a reader's comment under their name")


# What a table's row may look like on its own: a date line, a row of numbers like a pager.
_CELL_ROLES = ("publication or update time", "menu, breadcrumb or pagination")


def _table_rows(shapes: list[LineShape], roles: dict) -> None:
    """Lines in a row whose cells are split by tabs are a table, flattened the way browsers copy one: a date in a cell
    ("खुलने की तारीख<TAB>10 सितंबर 2026") is the table's, not the page's publication time, and a row of numbers
    ("2024<TAB>2<TAB>1<TAB>1<TAB>0") no pager."""
    for i, s in enumerate(shapes):
        if roles.get(s.n, ("", ""))[1] not in _CELL_ROLES:
            continue
        beside = [t for t in shapes[max(0, i - 1) : i + 2] if t is not s and abs(t.n - s.n) == 1]
        if "\t" in s.text and any("\t" in t.text for t in beside) or _pipe_row(s) and any(
                _pipe_row(t) and (_data_row(s) or _data_row(t)) for t in beside):
            del roles[s.n]  # (cells split by " | ": a table when a row of the two holds a figure, not a menu)


_PAGE_NUMBER = regex.compile(r"^\s*\d{1,3}\s*$")
RUNNING_HEADER_REACH = 3  # lines on either side of a printed page's number


def _running_headers(shapes: list[LineShape], roles: dict) -> None:
    """A printed page's running header and footer: short lines that stand beside the page's number and repeat on
    another page of the copy (the paper's or magazine's name and issue date, the section, its web address). They
    are neither the story's date nor a carousel's label, and the columns between them are the story's."""
    numbers = [i for i, s in enumerate(shapes) if _PAGE_NUMBER.match(s.folded)]
    numbers = [i for i in numbers if i - 1 not in numbers and i + 1 not in numbers]  # (not a row of page links)
    if len(numbers) < 2:
        return
    seen = Counter(s.folded for s in shapes if s.words <= MAX_RUNNING_HEADER_WORDS)
    for i in numbers:
        for t in shapes[max(0, i - RUNNING_HEADER_REACH) : i + RUNNING_HEADER_REACH + 1]:
            if t.words <= MAX_RUNNING_HEADER_WORDS and seen[t.folded] >= 2 and not t.prose:
                roles[t.n] = ("boilerplate:other", f"running header of a printed page ('{t.text}')")


MAX_WIDGET_HEADING_WORDS, MAX_WIDGET_LINES = 4, 12


def _mark_blocks(shapes: list[LineShape], roles: dict) -> None:
    """Video blocks after their heading, carousels around a repeated label, horoscope widgets."""
    for i, s in enumerate(shapes):
        if roles.get(s.n, ("",))[0] == "boilerplate:video-block" and s.words <= 2 and (
                _next_to_menu(s, shapes, {t.n: i for i, t in enumerate(shapes)}, roles) or _among_short_lines(shapes, i)):
            roles[s.n] = ("boilerplate:navigation", "menu entry")  # "वीडियो" (video) in a menu is a section link
            continue
        if s.furniture == VIDEO_HEADING and roles.get(s.n) == s.furniture:
            # The video's title follows its heading; a second short line (duration, channel) may follow it.
            # (Only a heading starts this: a title marked here never marks the lines after it.)
            for k, t in enumerate(shapes[i + 1 : i + 3]):
                if t.n in roles or t.words > 40 or (k == 1 and not t.titleish):
                    break
                roles[t.n] = ("boilerplate:video-block", "title of the video under a video heading")
    # The ad's own text under its marker: a shop's or a school's line with a phone number or an emoji in front.
    for i, s in enumerate(shapes[:-1]):
        t = shapes[i + 1]
        if roles.get(s.n, ("",))[0] == "boilerplate:ad-marker" and t.n not in roles and t.words <= MAX_AD_WORDS \
                and F.AD_TEXT.search(t.folded):
            roles[t.n] = ("boilerplate:other", "the advertisement's text under its marker (a phone number or an emoji)")
    # "ये भी पढ़ें:", "ट्रेंडिंग न्यूज" alone on its line heads a list of other stories: the bulleted lines right under it.
    pos_of = {s.n: i for i, s in enumerate(shapes)}
    for i, s in enumerate(shapes):
        if s.words <= MAX_MARKER_WORDS and roles.get(s.n, ("",))[0] in (RELATED, "boilerplate:navigation") \
                and F.RELATED_MARKER.match(s.folded):
            for k in range(i + 1, min(len(shapes), i + 1 + MAX_LISTED_STORIES)):
                t, below = shapes[k], shapes[k + 1] if k + 1 < len(shapes) else None
                # Bulleted lines, or headlines with no paragraph under them ("Explainer: क्रेडिट कार्ड का …", "Home Loan:
                # …"): a heading over paragraphs, or over a list unlike itself, is the story's subhead.
                headline = t.titleish and t.words >= MIN_TEASER_WORDS and not (below is not None and (
                    below.prose or _list_line(below, shapes, pos_of) and not _list_line(t, shapes, pos_of)))
                if t.n in roles or not (t.bullet or headline) or t.words > MAX_TEASER_WORDS:
                    break
                roles[t.n] = (RELATED, "another story's title in the list under 'ये भी पढ़ें'")
    for i, s in enumerate(shapes):  # a widget's heading ("नीलामी ट्रैकर") and its figures under it, up to a blank line
        if s.words <= MAX_WIDGET_HEADING_WORDS and s.n not in roles and any(map(s.folded.__contains__, F.WIDGET_CUES)) \
                and F.WIDGET_HEADING.match(s.folded):
            roles[s.n] = ("boilerplate:other", "a widget's heading (tracker, calculator, puzzle)")
            for t in shapes[i + 1 : i + 1 + MAX_WIDGET_LINES]:
                if t.blank_before or t.n in roles or t.terminal or t.words > MAX_KEY_VALUE_WORDS or not _DIGIT.search(t.text):
                    break
                roles[t.n] = ("boilerplate:other", "a widget's figures under its heading")
    for i, s in enumerate(shapes):
        if F.AUTHOR_BOX.match(s.folded):  # the label, the writer's name, a note about them and its "और पढ़ें"
            for t in shapes[i : i + AUTHOR_BOX_LINES + 1]:
                if t is not s and (t.words > MAX_AUTHOR_NOTE_WORDS or roles.get(t.n, ("",))[0] == RELATED):
                    break  # (a "रेकमेंडेड खबरें" label right under the box opens the next one)
                roles[t.n] = ("boilerplate:other", "the box about the writer")
    labels = Counter(s.folded for s in shapes if s.words <= 4 and not s.date_line and s.n not in roles)
    places: dict[str, list[int]] = {}
    for i, s in enumerate(shapes):
        if labels.get(s.folded, 0) >= 3:
            places.setdefault(s.folded, []).append(i)
    for label, idx in places.items():
        if idx[-1] - idx[0] > MAX_LABEL_SPAN:
            continue  # a short line repeated all over a very long text (a word list, a corpus) is no page label
        if _PHOTO_CREDIT.match(label):  # "फोटो: गंगोत्री न्यूज़ आर्काइव" under each of a story's pictures: no carousel's label
            for i in idx:
                roles[shapes[i].n] = ("caption", "a picture's credit, repeated under the story's pictures")
            continue
        between = [s for s in shapes[idx[0] : idx[-1] + 1] if s.folded != label]
        if sum(1 for s in between if s.n not in roles and 2 <= s.words <= 30) < len(between) / 2:
            # Labels between furniture (a section name above each teaser's time) are menu entries, not a carousel.
            for i in idx:
                roles[shapes[i].n] = ("boilerplate:navigation", f"section label repeated on the page ('{shapes[i].text}')")
            continue
        role = "boilerplate:video-block" if _VIDEO_LABEL.search(label) else RELATED
        first = idx[0]
        while first > 0 and idx[0] - first < 2 and shapes[first - 1].titleish and shapes[first - 1].n not in roles:
            first -= 1
        for s in shapes[first : idx[-1] + 1]:
            if s.prose and s.words > MAX_TEASER_WORDS:
                continue  # (a paragraph longer than any teaser: the label is a magazine's running header, not a carousel's)
            if s.n not in roles or roles[s.n][0] == RELATED:
                roles[s.n] = (role, f"carousel around the repeated label '{shapes[idx[0]].text}'")
    # A horoscope widget: its heading, each sign's heading and the entry right under it.
    for i, s in enumerate(shapes):
        if F.HOROSCOPE.match(s.folded):
            roles[s.n] = ("boilerplate:other", "horoscope widget")
            if s.text.rstrip().endswith(")") and i + 1 < len(shapes) and shapes[i + 1].n not in roles:
                roles[shapes[i + 1].n] = ("boilerplate:other", "horoscope widget")


def _among_short_lines(shapes: list[LineShape], i: int) -> bool:
    """The lines right above and below are one- or two-word labels too ("मनोरंजन", "वीडियो", "वेब स्टोरीज"): a menu."""
    near = [t for t in shapes[max(0, i - 1) : i] + shapes[i + 1 : i + 2] if abs(t.n - shapes[i].n) == 1]
    return len(near) == 2 and all(t.words <= 2 and not t.terminal for t in near)


def _teaser_meta(s: LineShape) -> bool:
    """A line that belongs to a teaser entry: its date, id, link or source/section/date meta line."""
    if s.date_line or s.relative_time or F.READ_MORE.match(s.folded):
        return True
    if s.words <= 6 and not s.date and F.YEARLESS_STAMP.match(s.folded):
        return True  # "21 जनवरी, 06:50 PM"
    if s.date and s.words <= 10 and _SITE_META.search(s.text):
        return True
    if s.furniture is not None and s.furniture[0] == "boilerplate:other" and F.URL_ALONE.match(s.folded):
        return True
    # A short line with a number and a word ("12 Jan", "5 मिनट"); a number alone is a table's cell (a scorecard).
    return s.furniture is not None and s.furniture[0] == "boilerplate:other" and s.words <= 3 and any(c.isdigit() for c in s.text) \
        and _LETTER.search(s.text) is not None


def _cut(s: LineShape) -> bool:
    """An excerpt cut off by the site: ends in an ellipsis, or a long line that stops mid-sentence (an excerpt is a
    paragraph's worth at most: a line of hundreds of words is a body run together, not a teaser)."""
    return s.truncated or (20 <= s.words <= MAX_EXCERPT_WORDS and not s.terminal)


def _broken_body(shapes: list[LineShape]) -> set[int]:
    """Lines of a body broken where links stood ("… इस सीट से" / "कांग्रेस उपाध्यक्ष …"): a long line cut mid-sentence after
    several whole sentences, or after one when the long line right below it holds a whole sentence too (a teaser's
    title holds none), not a teaser's title or date as on a listing."""
    ends = {s.n: len(_INNER_SENTENCE_END.findall(s.text)) for s in shapes if s.words >= 20}
    return {s.n for s, t in zip(shapes, shapes[1:]) if not s.terminal and not s.truncated and s.words >= 20 and t.words >= 20
            and (ends[s.n] >= MIN_BROKEN_BODY_SENTENCES or ends[s.n] and ends[t.n] and not t.truncated)}


_INNER_SENTENCE_END = regex.compile(r"(?:[।?!]|(?<![\d.])\.(?![\d.]))(?=\s*[\p{L}\"“‘'])")
MIN_BROKEN_BODY_SENTENCES = 3


MIN_TABLE_ROWS = 5


_JUMP = regex.compile(r"(?:शेष|बाकी)\s+(?:पेज|पृष्ठ|पन्ने)\s+\d+\s+पर|continued\s+on\s+page\s+\d+")  # "… शेष पेज 5 पर"
MIN_JUMPS = 3


# "पाठकों के पत्र: …", "Letters to the editor": a page of readers' letters.
_LETTERS = regex.compile(r"^[\s\p{P}]*(?:पाठकों\s+के\s+पत्र|पाठक\s+मंच|पाठकनामा|आपके\s+पत्र|संपादक\s+के\s+नाम\s+पत्र|"
                         r"letters?\s+to\s+the\s+editor|readers'?\s+letters)(?![\p{L}\p{M}])")
MIN_LETTERS = 2  # signed letters ("— दिनेश्वर पाठक, विदिशा") that make such a page one of letters


def _page_type(shapes: list[LineShape], roles: dict, line_count: int | None = None) -> str:
    """``line_count``: the page's non-blank lines (a printed column's lines count one each, though read as one)."""
    if not shapes:
        return "other"
    meta = [s for s in shapes if _teaser_meta(s)]
    if meta and any(F.RELATED_MARKER.match(s.folded) for s in shapes):
        # (the dates of a "ये भी पढ़ें" box set between a story's paragraphs are no listing's)
        pos = {s.n: i for i, s in enumerate(shapes)}
        meta = [s for s in meta if not _in_related_box(s, shapes, pos, roles)]
    free = [s for s in shapes if s.n not in roles]
    broken = _broken_body(shapes)
    cut = [s for s in free if _cut(s) and s.words >= 5 and s.n not in broken]
    prose = [s for s in free if s.prose and (not _cut(s) or s.n in broken)]
    teaser_share = (len(meta) + len(cut)) / (line_count or len(shapes))
    # Lines about the site itself ("हमारे बारे में", "contact us"), where the page's prose is: a footer's menu below
    # the story, or a helpline number inside it, does not make a page about the site.
    last_prose = max((s.n for s in prose), default=-1)
    site_info = sum(1 for s in shapes if s.n < last_prose and not s.prose and SITE_INFO.search(s.text))
    if site_info and (not meta or site_info >= 2) and not any(s.dateline_lead for s in prose[:2]):  # a story's lede opens with its dateline
        return "other"
    if 3 * sum(1 for r in roles.values() if r == CHAT_ROLE) >= len(shapes):
        return "other"  # a messenger's chat copied whole: its members' messages, and what they shared
    if any(_LETTERS.match(s.folded) for s in [t for t in free if t.titleish][:3]) \
            and sum(1 for s in free if _SIGN_OFF.match(s.text)) >= MIN_LETTERS:
        return "other"  # a page of readers' letters, each signed: no one story
    horoscope = sum(1 for r in roles.values() if r[1] == "horoscope widget")
    # A horoscope table: the signs and their entries, with an intro above them (or two, under a title that says it is
    # a horoscope: "साप्ताहिक राशिफल …"); a story beside a horoscope widget has prose of its own.
    titled = any(("राशिफल" in s.folded or "horoscope" in s.folded) for s in [t for t in free if t.titleish][:3])
    if horoscope >= HOROSCOPE_PAGE and len(prose) <= (MAX_HOROSCOPE_INTROS if titled else 1):
        return "other"
    if not prose:
        if len(cut) + len(meta) >= 2 or any(s.words >= 20 for s in cut) or sum(1 for s in free if s.titleish and s.words >= 5) >= 3:
            return "listing"
        return "other"
    live = _live_blog(shapes, prose)  # its updates' times are no teasers' dates
    if sum(1 for s in shapes if ("शेष" in s.folded or "बाकी" in s.folded or "continued" in s.folded)
           and _JUMP.search(s.folded)) >= MIN_JUMPS:  # (the cue words first: a search over every line is dear)
        return "listing"  # an e-paper page's text: several stories' openings, each going on on another page
    if teaser_share >= LISTING_META_SHARE and len(meta) + len(cut) >= 3 and not live:
        return "listing"
    # Teaser cards: a summary, then its "credit, place | date" line, again and again (a story has its byline once).
    after = {s.n: t for s, t in zip(shapes, shapes[1:])}
    carded = sum(1 for s in prose if s.n in after and _teaser_meta(after[s.n]))
    if (carded >= MIN_CARDS and 2 * carded >= len(prose) or carded == len(prose) and len(meta) >= MIN_LISTING_META) \
            and not live:  # (or every line of prose a card's summary among many cards: a city section's page)
        return "listing"
    if len(prose) >= 2 and _coherent_share(prose) < 0.5:
        # A table of figures (its rows flattened with tabs between the cells) with a line or two of text around it
        # is a results page, not a run of teasers.
        if sum(1 for s in free if "\t" in s.text) >= MIN_TABLE_ROWS and len(prose) <= 2:
            return "other"
        if len(prose) >= 3 or meta or cut:  # (two paragraphs, no dates or cut excerpts: a short story, not two teasers)
            return "listing"
    if len(prose) == 1 and prose[0].words < 20:
        return "other" if len(free) <= 2 else "listing"
    return "article"


# "LIVE" alone on its line, or "LIVE Updates", "लाइव अपडेट", "Live Blog" (a site named "… लाइव" is no live blog).
_LIVE = regex.compile(r"^[\s\p{P}]*(?:live|लाइव)[\s\p{P}]*$|(?<![\p{L}\p{M}])(?:live|लाइव)\s+(?:updates?|blog|अपडेट्स|अपडेट|ब्लॉग)(?![\p{L}\p{M}])",
                   regex.IGNORECASE)
LIVE_TOP_LINES = 15
LIVE_COHERENCE = 0.8


def _live_blog(shapes: list[LineShape], prose: list[LineShape]) -> bool:
    """A live blog: "LIVE" near the top and updates about one thing, each under its time (not teaser cards with
    their dates, which are about many things)."""
    return any(_LIVE.search(s.text) for s in shapes[:LIVE_TOP_LINES]) and _coherent_share(prose) >= LIVE_COHERENCE


def _threaded(prose: list[LineShape]) -> list[LineShape]:
    """Prose lines that share at least two content words with the other prose lines (linear time, by word counts)."""
    counts = Counter(w for s in prose for w in s.content)
    return [s for s in prose if sum(1 for w in s.content if counts[w] >= 2) >= 2]


def _coherent_share(prose: list[LineShape]) -> float:
    """Fraction of prose lines that share at least two content words with other prose lines."""
    return len(_threaded(prose)) / len(prose)


MIN_LIVE_UPDATES = 3


def _live_updates(shapes, roles, pos, body_words: set[str]) -> bool:
    """Date lines that each open an update of this story (a live blog: "Jul 08, 2026 13:55 (IST)", its title, then a
    paragraph about the story's things), three or more on the page: a later date line opens no other story below it."""
    found = 0
    for s in shapes:
        if roles.get(s.n, ("",))[0] != "date":
            continue
        i = pos[s.n]
        found += any(t.prose and t.n not in roles and _overlap(t.content, body_words) >= FOLLOW_OVERLAP
                     for t in shapes[i + 1 : i + 3])
    return found >= MIN_LIVE_UPDATES


def _overlap(words: set[str], vocabulary: set[str]) -> float:
    return len(words & vocabulary) / len(words) if words else 0.0


# An advertiser's line under the ad marker: an offer ("छूट", "मुफ्त", "बुकिंग", "आज ही संपर्क करें") with a price, a
# share or the brand after a bar or before a colon ("मिथिला एग्रो स्टोर: … 20% छूट, आज ही संपर्क करें").
_PROMO = regex.compile(r"(?<![\p{L}\p{M}])(?:छूट|ऑफर|ऑफ़र|मुफ्त|मुफ़्त|फ्री|बुकिंग|बुक\s+करें|आवेदन\s+करें|संपर्क\s+करें|कॉल\s+करें|"
                      r"मंगाएं|मंगवाएं|सब्सिडी|डाउन\s+पेमेंट|डिस्काउंट|पेशकश|पैकेज|खरीदें|सीखें|आज\s+ही|सिर्फ|मात्र|सेल|ईएमआई|"
                      r"emi|offer|discount)(?![\p{L}\p{M}])")
_PRICE = regex.compile(r"%|₹|रुपये|रु\.")
AD_COPY_ROLE = ("boilerplate:other", "an advertiser's offer under the ad marker")


def _ad_copy(shapes, roles) -> None:
    """The line right under an ad marker that reads as an offer is the ad's (it had read as a teaser, or as text)."""
    for above, s in zip(shapes, shapes[1:]):
        if roles.get(above.n, ("",))[0] == "boilerplate:ad-marker" and s.n not in roles and not s.terminal \
                and _PROMO.search(s.folded) and ("|" in s.text or ":" in s.text[:45] or " - " in s.text or _PRICE.search(s.text)):
            roles[s.n] = AD_COPY_ROLE


def _article_roles(r: PageRoles) -> None:
    shapes, roles = r.shapes, r.roles
    _ad_copy(shapes, roles)
    credited = {" ".join(t.text.split()[:2]) for t in shapes if roles.get(t.n, ("",))[0] == "byline"}
    for above, s in zip(shapes, shapes[1:]):
        if s.n in roles or not s.prose:
            continue
        if above.words <= 3 and _ABOUT_HEADING.match(above.text):
            roles[s.n] = ("boilerplate:other", "the outlet's description under 'About us'")
        elif any(map(s.folded.__contains__, _NEWSROOM_JOBS)) and (bio := _WRITER_BIO.match(s.text)) \
                and (bio.group(1) in credited or above.words <= 4 and above.text.strip() == bio.group(1)):
            roles[s.n] = ("boilerplate:other", "a note about the writer")  # "अंकिता राठौर … में सीनियर सब-एडिटर हैं।"
    free = [s for s in shapes if s.n not in roles]
    prose = [s for s in free if s.prose and not s.truncated]
    # The body's subject: words of the prose lines that share words with other prose lines (the story's thread).
    thread = (prose if len(prose) == 1 else _threaded(prose)) or prose
    vocab = Counter(w for s in thread for w in s.content)
    body_words = set(vocab)

    start = _body_start(shapes, roles, thread)
    end = max(s.n for s in thread)
    pos = {s.n: i for i, s in enumerate(shapes)}
    # A list closing the story belongs to it (its items are short, so they are not in the thread), with the heading of
    # each group of items and the line that introduces it ("मंडी में … भाव इस प्रकार रहे:", "अनाज", "दलहन").
    pending = 0
    for s in shapes[pos[end] + 1 :]:
        if s.n - end > FOLLOW_LINES:
            break
        if s.n in roles:
            if roles[s.n][0] in _CLOSING_ROLES or roles[s.n][0] == RELATED and F.RELATED_MARKER.match(s.folded):
                break  # a disclaimer, the story's tags, a share row or a heading over other stories closes the story
            continue
        if _list_line(s, shapes, pos):
            end, pending = s.n, 0
        elif pending < 2 and not s.terminal and (s.words <= MAX_GROUP_HEADING_WORDS or s.text.rstrip().endswith(":")):
            pending += 1  # counts only if a list follows
        else:
            break
    # A paragraph a few lines below the last one of the thread that still talks of the story's things goes on with
    # it: the story continued after a teaser, a subhead and a list ("लू से बचने के लिए क्या करें?" …).
    for s in shapes[pos[end] + 1 :]:
        if s.n - end > FOLLOW_LINES:
            break
        if s.n not in roles and s.prose and not s.truncated and _overlap(s.content, body_words) >= FOLLOW_OVERLAP:
            end = s.n
    # The paragraph right after the story's last one (ads between at most) that ends as a sentence and shares a word
    # with it closes the story ("… आयोग की वार्षिक रिपोर्ट के अनुसार, … दहेज प्रताड़ना की 2,100 शिकायतें …"): another
    # story below this one starts with its title, not with a paragraph.
    after = next((s for s in shapes[pos[end] + 1 :] if roles.get(s.n, ("",))[0] not in ("boilerplate:ad-marker", "boilerplate:share")), None)
    if after is not None and after.n not in roles and after.prose and after.terminal and not after.truncated \
            and after.n - end <= FOLLOW_LINES and after.content & body_words:
        end = after.n
    # A heading over cards of other stories, each with its "पूरी खबर पढ़ें: <link>", ends the story (a newsletter's
    # "संक्षेप में" under its one full story): the cards share the story's words, but they are not its paragraphs.
    links = [i for i in range(pos[start] + 1, min(len(shapes), pos[end] + 2)) if F.READ_MORE_LINK.match(shapes[i].folded)] \
        if start in pos else []
    for i in range(pos[start] + 1, pos[end] + 1) if len(links) >= MIN_CARDS - 1 else ():
        s = shapes[i]
        if roles.get(s.n, (RELATED,))[0] != RELATED or s.words > MAX_MARKER_WORDS or s.terminal:
            continue
        below = [k for k in links if k > i]
        if len(below) >= MIN_CARDS - 1 and below[0] - i - 1 <= CARD_LINES:  # (the first card right under the heading)
            end = max((t.n for t in thread if t.n < s.n), default=end)
            break
    # A date line after the body has begun opens another story printed below this one (with its title above it).
    first_prose = next((t.n for t in shapes if t.n >= start and t.prose), None)
    for s in shapes if first_prose is not None else ():
        if s.n > first_prose and roles.get(s.n, ("",))[0] == "date" and _in_related_box(s, shapes, pos, roles):
            roles[s.n] = (RELATED, "date of a story in a box of other stories between the story's paragraphs")
    later_date = None if first_prose is None else next(
        (s for s in shapes if s.n > first_prose and roles.get(s.n, ("",))[0] == "date" and roles[s.n][1] != TIME_ONLY
         and not _in_date_list(s, shapes, pos)), None)  # (a box's dates were made its teasers' just above)
    if later_date is not None and not _live_updates(shapes, roles, pos, body_words) \
            and 2 * sum(1 for t in thread if t.n > later_date.n) <= len(thread):
        # (Most of the story's paragraphs below the date: it is the story's own, under a summary box read as its top.)
        i = pos[later_date.n]
        cut_at = shapes[i - 1].n if i > 0 and shapes[i - 1].titleish and shapes[i - 1].n not in roles else later_date.n
        end = min(end, cut_at - 1)

    # Header: everything before the body.
    header = [s for s in shapes if s.n < start]
    # The headline: the first title-shaped line of the header whose words the body uses (a list's item is none),
    # unless one at least twice as long whose words the body uses even more follows (a score line above the title,
    # "भारत महिला 56 रन से जीती").
    candidates = [s for s in header if s.n not in roles and s.titleish and s.words >= 3 and not _list_item(s, shapes, pos)
                  and _overlap(s.content, body_words) >= HEADLINE_OVERLAP and not _FIGURES_ROW.search(s.text)]
    headline = candidates[0] if candidates else None
    fuller = [s for s in candidates[1:] if s.words >= 2 * headline.words and _overlap(s.content, body_words) >= FULLER_OVERLAP
              and not CAPTION_CUE.search(s.text)]
    if fuller:
        headline = fuller[0]
    # A breadcrumb between the first and a later one that stands over the story's credits: the first was a
    # ticker's or a menu's headline (a portal prints the story's path right above its title).
    crumb = next((t.n for t in reversed(header) if headline is not None and t.n > headline.n and _breadcrumb(t)), None)
    if crumb is not None:
        headline = next((c for c in candidates if c.n > crumb and _over_credits(c, shapes, pos, roles, start, slack=FAR_HEADLINE)),
                        headline)
    # A later one that stands right over the story's credits, where the first does not, is the story's own title
    # (the first was a mail's subject, a link preview's, a channel's).
    if headline is not None and not _over_credits(headline, shapes, pos, roles, start, slack=FAR_HEADLINE):
        headline = next((c for c in candidates if c.n > headline.n and not _name_and_place(c)
                         and not _name_after_date(c, shapes, pos, roles) and _over_credits(c, shapes, pos, roles, start)), headline)
    seen_headline = False
    # A summary right under the headline stands above the key points, when there are some (their first line).
    points_at = min((n for n, r in roles.items() if r[0] == "standfirst"), default=-1) if _key_points(header, roles) else -1
    standfirst_found = points_at >= 0
    for s in header:
        if s is headline:
            roles[s.n] = ("headline", "title-shaped line whose words the body uses")
            seen_headline = True
            continue
        if s.n in roles:
            continue
        if headline is not None and s.folded == headline.folded:
            roles[s.n] = ("boilerplate:repeat", "repeat of the headline")
            continue
        if s.dateline_alone:
            roles[s.n] = ("dateline", "place line that opens the story")
            r.dateline = s.dateline_alone
            continue
        if s.words <= 5 and not s.terminal and _next_to_menu(s, shapes, pos, roles) and not _next_is_text(s, shapes, pos, roles):
            roles[s.n] = ("boilerplate:navigation", "label among menu lines")
            continue
        if headline is None or not seen_headline:
            if s.titleish and s.words >= 4 and _overlap(s.content, body_words) < HEADLINE_OVERLAP:
                roles[s.n] = (RELATED, "title of another story (its words are not the body's)")
            elif (s.words <= 4 or _name_and_place(s)) and not s.terminal and _name_after_date(s, shapes, pos, roles):
                roles[s.n] = ("byline", "name next to the date line")
            elif REPORTER_CREDIT.match(s.folded):
                roles[s.n] = REPORTER_ROLE
            elif s.words <= 5 and not s.terminal and _next_is_text(s, shapes, pos, roles):
                roles[s.n] = ("caption", "short label above the story (image caption or alt text)")
            else:
                roles[s.n] = ("boilerplate:navigation", "menu or section label above the story")
            continue
        if (s.words <= 4 or _name_and_place(s)) and not s.terminal and _name_after_date(s, shapes, pos, roles):
            roles[s.n] = ("byline", "name next to the date line")
        elif REPORTER_CREDIT.match(s.folded):
            roles[s.n] = REPORTER_ROLE
        elif not standfirst_found and s.words >= 6 and _repeated_later(s, shapes):
            roles[s.n] = ("standfirst", "summary under the headline, repeated by the lede")
            standfirst_found = True
        elif CAPTION_CUE.search(s.text):
            roles[s.n] = ("caption", "picture caption (photo credit or who is shown)")
        elif (not standfirst_found or s.n < points_at) and s.words >= 6 and s.words <= 80 \
                and _right_under(s, headline, shapes, pos, roles):
            roles[s.n] = ("standfirst", "summary right under the headline")
            standfirst_found = True
        elif not standfirst_found and (s.words >= 6) and _is_standfirst(s, shapes, pos, roles, start):
            roles[s.n] = ("standfirst", "summary under the headline")
            standfirst_found = True
        else:
            roles[s.n] = ("caption", "picture caption in the story's header")

    # Body and what follows it.
    body_lines = [s for s in shapes if start <= s.n]
    tags = False  # below the story, right after a "Tags"/"टॉपिक्स" label: its topics follow, one per line
    for s in body_lines:
        if s.n in roles:
            if roles[s.n][0] == "date" and s.n > end:
                roles[s.n] = (RELATED, "date of another story printed below this one")
            elif roles[s.n] == DATE_LINE_ROLE and _in_headed_list(s, shapes, pos, roles, end):
                roles[s.n] = HEADED_ITEM_ROLE  # "अहम तारीखें" over "आवेदन शुरू: 8 जुलाई 2031", …
            tags = s.n > end and F.TAGS_LABEL.match(s.folded) is not None
            continue
        if s.n > end:
            tags = tags and s.words <= MAX_TAG_WORDS and not s.terminal
            roles[s.n] = ("boilerplate:navigation", "topic tag below the story") if tags else \
                SIGN_OFF_ROLE if s.n - end <= SIGN_OFF_LINES and _SIGN_OFF.match(s.text) else _after_body_role(s)
            continue
        if headline is not None and s.folded == headline.folded:
            roles[s.n] = ("boilerplate:repeat", "repeat of the headline")
        elif s.dateline_alone and r.dateline == s.dateline_alone:
            roles[s.n] = ("boilerplate:repeat", "the story's place line again (its text printed twice)")
        elif s.dateline_alone and not ((below := _next_shape(s, shapes, pos)) is not None and below.bullet):
            # (not "गिरफ्तार आरोपी :" over numbered items: a list's heading)
            roles[s.n] = ("dateline", "place line that opens the story")
            r.dateline = r.dateline or s.dateline_alone
        elif s.bullet and s.words >= 3 and s.question and _heads_prose(s, shapes, pos, roles):
            roles[s.n] = ("subhead", "a numbered question over the story's next paragraph")  # an explainer's "1. … क्या है?"
        elif s.bullet and s.words <= MAX_CHAPTER_WORDS and not s.terminal and _NUMBERED.match(s.text) \
                and _chapter(s, shapes, pos, roles):
            roles[s.n] = ("subhead", "a numbered chapter's heading ('1. सूखी बावड़ी')")
        elif _SIGN_OFF.match(s.text) and not any(t.prose for t in shapes[pos[s.n] + 1 :] if t.n <= end) \
                and not any(t.bullet for t in shapes[max(0, pos[s.n] - 1) : pos[s.n] + 2] if t is not s):
            # (under the story's last paragraph: "— अमित जायसवाल, कपड़ा व्यापारी" between paragraphs credits a quote)
            roles[s.n] = SIGN_OFF_ROLE
        elif s.bullet and s.words >= 3 or _key_value_run(s, shapes, pos):
            roles[s.n] = ("body:list-item", "list item of the article")
        elif _same_shape_run(s, shapes, pos, roles):
            roles[s.n] = ("body:list-item", "item of a list written without marks (its lines share one shape)")
        elif s.words <= 2 and F.LIST_HEADING.match(s.folded):
            roles[s.n] = ("subhead", "heading of a short list ('खूबियां', 'कमियां')")
        elif _under_list_heading(s, shapes, pos):
            roles[s.n] = ("body:list-item", "an item under a short list's heading")
        elif _table_row(s) and _table_row_run(s, shapes, pos):
            roles[s.n] = ("body:list-item", "a row of a table inside the story (cells split by tabs)")
        elif s.words <= MAX_GROUP_HEADING_WORDS and not s.terminal and _heads_list(s, shapes, pos, roles):
            roles[s.n] = ("subhead", "heading of a group of the story's list items")
        elif _under_intro(s, shapes, pos, roles):
            roles[s.n] = ("body:list-item", "an item right under the line that introduces a list ('…:')")
        elif _in_headed_list(s, shapes, pos, roles, end):
            roles[s.n] = HEADED_ITEM_ROLE
        elif s.words <= MAX_LIST_HEADING_WORDS and not s.terminal and _list_under(s, shapes, pos, roles, end):
            roles[s.n] = LIST_HEADING_ROLE
        elif s.prose and not s.truncated:
            roles[s.n] = ("body", "article prose")
        elif s.words >= 5 and s.text.rstrip().endswith(":"):
            roles[s.n] = ("body", "a sentence that introduces what follows")  # "… यह सामान बरामद किया:"
        elif s.titleish and _URL.search(s.text) and s.words >= 8:
            roles[s.n] = ("body", "embedded post (text with its link)")
        elif not s.terminal and _CREDITED_PICTURE.search(s.text):
            roles[s.n] = ("caption", "a picture's caption with its credit ('… - फोटो : …')")
        elif (boxed := _fact_box(s, shapes, pos, roles)) is not None:
            roles[s.n] = boxed
        elif s.titleish:
            roles[s.n] = _subhead_or_teaser(s, shapes, pos, roles, body_words)
        elif s.words <= 2 and not s.terminal and _heads_prose(s, shapes, pos, roles):
            roles[s.n] = ("subhead", "a short heading over the story's next paragraph")  # "डिस्प्ले", "परफॉर्मेंस"
        elif s.words <= 2 and not s.terminal and (below := _next_shape(s, shapes, pos)) is not None \
                and below.question and _ASKS_LABEL.match(below.text):
            roles[s.n] = ("subhead", "a short heading over an interview's next question")  # "मुश्किलें", then "सवाल: …?"
        elif s.words <= 2 and not s.terminal:
            roles[s.n] = ("boilerplate:other", "stray fragment")
        else:
            roles[s.n] = ("body", "article text")
    _repeats(r, headline)
    r.headline = headline.n if headline else None


HEADER_FURNITURE = ("byline", "date", "boilerplate:share", "boilerplate:read-time")


def _body_start(shapes, roles, thread) -> int:
    """Line number where the story's body begins: a dateline, or the first paragraph of the thread.

    Byline, date and share lines belong to the header, so the body starts after the last of them that stands
    before the thread's second paragraph (a long question headline is not the body's first paragraph).
    """
    limit = thread[1].n if len(thread) > 1 else thread[0].n + 1
    # (A live blog's update times are not header lines: the story's first entry opens under the first of them.)
    header_end = max((s.n for s in shapes if s.n < limit and roles.get(s.n, ("",))[0] in HEADER_FURNITURE
                      and roles[s.n][1] != TIME_ONLY), default=-1)
    thread = [s for s in thread if s.n > header_end] or thread
    first = min(s.n for s in thread)
    second = thread[1].n if len(thread) > 1 else first
    for s in shapes:
        if s.n >= second:
            break
        if s.dateline_alone and s.n not in roles and s.n > header_end:
            return s.n
    # A short first paragraph followed by the dateline-led lede is the standfirst; the body starts at the lede.
    if thread[0].dateline_lead:
        return thread[0].n
    if len(thread) > 1 and thread[1].dateline_lead and thread[0].words <= 80:
        return thread[1].n
    for s in thread:
        if not _repeated_later(s, shapes):
            return s.n
    return first


_CREDIT_ROLES = ("byline", "date")
_PASSING_ROLES = ("boilerplate:ad-marker", "boilerplate:share", "boilerplate:read-time", "caption")


# "आईपीओ खुलेगा: 22 मार्च 2028 (बुधवार)": a date under a label of its own (the words before the colon).
_LABELLED = regex.compile(r"^\s*([\p{L}\p{M}][\p{L}\p{M}\p{N}\s-]{1,50}?)\s*[:：]")  # ("चेक-इन: 14 अक्टूबर 2033")


def _schedule(shapes: list[LineShape], roles: dict) -> None:
    """Dates under labels of their own on consecutive lines ("आईपीओ खुलेगा: …", "आईपीओ बंद होगा: …") are a list of
    the story's events, not the page's publication dates."""
    run: list[tuple[int, str]] = []  # (line, label) of the current run
    for s in [*shapes, None]:
        label = _event_label(s, roles) if s is not None else None
        if label is not None and (not run or s.n - run[-1][0] <= 2):
            run.append((s.n, label))
            continue
        if len(run) >= 2 and len({lab for _, lab in run}) == len(run):
            for n, _ in run:
                roles.pop(n, None)
        run = [(s.n, label)] if label is not None else []


def _event_label(s: LineShape, roles: dict) -> str | None:
    """The label before a line's date when it is no publication label ("आईपीओ खुलेगा", not "अपडेटेड")."""
    if s.date is None or roles.get(s.n, DATE_LINE_ROLE) != DATE_LINE_ROLE:
        return None
    m = _LABELLED.match(s.folded)
    return m.group(1) if m and not F.DATE_LABEL.search(m.group(1)) else None


def _breadcrumb(s: LineShape) -> bool:
    """"होम / राज्य / मध्य प्रदेश"."""
    return F.has_breadcrumb_char(s.folded) and (F.BREADCRUMB.match(s.folded) is not None or F.long_breadcrumb(s.folded))


def _over_credits(s: LineShape, shapes, pos, roles, start: int, slack: int = 1) -> bool:
    """The story's byline, date or dateline follow this line before the body, with ``slack`` lines at most between
    (a standfirst; a credit this test does not know)."""
    if start not in pos:
        return False
    rest = 0
    for t in shapes[pos[s.n] + 1 : pos[start]]:
        role = roles.get(t.n, ("",))[0]
        if role in _CREDIT_ROLES or t.dateline_alone or REPORTER_CREDIT.match(t.folded) or (
                (t.words <= 4 or _name_and_place(t)) and not t.terminal and _name_after_date(t, shapes, pos, roles)):
            return True
        if role not in _PASSING_ROLES:
            rest += 1
            if rest > slack:
                return False
    return False


def _key_points(header: list[LineShape], roles: dict) -> bool:
    """A label of key points in the header ("हाइलाइट्स", "खास बातें") and the short lines under it: the story's
    summary, as for HTML pages. True when there is one."""
    for i, s in enumerate(header):
        if s.n in roles or not F.KEY_POINTS.match(s.folded):
            continue
        points = []
        for t in header[i + 1 : i + 9]:
            if t.n in roles or t.words < 3 or t.words > MAX_POINT_WORDS or t.n - (points[-1].n if points else s.n) > 1:
                break
            points.append(t)
        if points:
            roles[s.n] = ("boilerplate:other", "label of the key points")
            for t in points:
                roles[t.n] = ("standfirst", "key point of the story (the summary)")
            return True
    return False


def _repeated_later(s: LineShape, shapes: list[LineShape]) -> bool:
    """True when a later line contains this line's text (a summary that the lede repeats)."""
    key = s.folded.strip(" .।\"'”’")[:120]
    if len(key) < 20:
        return False
    return any(t.n > s.n and key[:80] in t.folded for t in shapes)


def _is_standfirst(s, shapes, pos, roles, start) -> bool:
    """A summary under the headline: the lede repeats it, or the next text line is the dateline-led lede."""
    if _repeated_later(s, shapes):
        return True
    nxt = next((t for t in shapes[pos[s.n] + 1 :] if t.n not in roles), None)
    return nxt is not None and nxt.n == start and (nxt.dateline_lead or bool(nxt.dateline_alone))


def _right_under(s, headline, shapes, pos, roles) -> bool:
    """True when only ads, read-time or share lines stand between the headline and this line."""
    between = shapes[pos[headline.n] + 1 : pos[s.n]]
    return all(roles.get(t.n, ("",))[0] in ("boilerplate:ad-marker", "boilerplate:read-time", "boilerplate:share") for t in between)


def _name_after_date(s, shapes, pos, roles) -> bool:
    i = pos[s.n]
    neighbours = shapes[max(0, i - 1) : i] + shapes[i + 1 : i + 2]
    if s.latin_share >= 0.5:
        return False
    if any(roles.get(t.n, ("",))[0] == "date" for t in neighbours):
        return True
    # "रविकांत दुबे ¶ भोपाल, ¶ 15 मार्च 2028": the reporter's city between the name and the date
    place, after = (shapes[i + 1], shapes[i + 2]) if i + 2 < len(shapes) else (None, None)
    return place is not None and (place.dateline_alone or place.words <= 2 and not place.terminal) \
        and roles.get(after.n, ("",))[0] == "date"


def _name_and_place(s) -> bool:
    """"मनीषा टोप्पो | मांडू (रामगढ़), झारखंड": a short name, a bar, then the place the reporter files from."""
    parts = s.text.split("|")
    return len(parts) == 2 and 2 <= len(WORD.findall(parts[0])) <= 4 and 1 <= len(WORD.findall(parts[1])) <= 6


def _next_to_menu(s, shapes, pos, roles) -> bool:
    i = pos[s.n]
    neighbours = shapes[max(0, i - 1) : i] + shapes[i + 1 : i + 2]
    return any(roles.get(t.n, ("",))[0] == "boilerplate:navigation" or (F.NAVIGATION.search(t.folded) and t.words <= 5)
               for t in neighbours)


def _next_is_text(s, shapes, pos, roles) -> bool:
    i = pos[s.n]
    return i + 1 < len(shapes) and shapes[i + 1].n not in roles and shapes[i + 1].words >= 6


MAX_LABEL_HEADING_WORDS = 3
_DIGIT = regex.compile(r"\d")
# A heading that leans on the story around it: it opens with a pronoun pointing back ("इनका भी रखें ध्यान") or asks
# an indirect question with no question mark ("किस फसल को कितना नुकसान", "कहां कितनी बारिश"). Another story's
# title stands on its own; one that asks ends in "?" or says "जानिए".
_POINTING_BACK = "इनका इनकी इनके इन्हें इनमें इनसे इसका इसकी इसके इसे इसमें इससे उनका उनकी उनके उन्हें"
_ASKING = "किस कितना कितनी कितने कहां कहाँ कौन क्या क्यों कैसे"
_TEASING_WORDS = "जानिए जानें जाने देखें देखिए पढ़ें पढ़िए"
_alts = lambda words: "|".join(sorted({fold(w) for w in words.split()}))  # noqa: E731 (lines are matched folded)
_POINTS_BACK = regex.compile(rf"^\s*(?:{_alts(_POINTING_BACK)})\s")
_ASKS = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alts(_ASKING)})(?![\p{{L}}\p{{M}}])")
_TEASING = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alts(_TEASING_WORDS)})(?![\p{{L}}\p{{M}}])")
MAX_LEANING_WORDS = 8
# A speech verb with a dash or colon and nothing after it: the quotation is the next line (an embedded post).
_OPENS_QUOTE = regex.compile(r"(?<![\p{L}\p{M}])(?:लिखा|कहा|बोले|बोलीं|बोली|बोला|(?:ट्वीट|पोस्ट)\s+किया)\s*[-:–—]\s*$")


MIN_BOX_ITEMS, MAX_BOX_ITEMS, MAX_BOX_ITEM_WORDS, MAX_BOX_HEADING_WORDS = 3, 8, 16, 4
_AD_ROLES = ("boilerplate:ad-marker", "boilerplate:other")
BOX_HEADING_ROLE = ("subhead", "heading of a box of the story's facts between its paragraphs ('एक नज़र में')")
BOX_ITEM_ROLE = ("body:list-item", "item of a box of the story's facts between its paragraphs")


def _fact_box(s: LineShape, shapes, pos, roles) -> tuple[str, str] | None:
    """A short heading over three to eight short lines, set line by line between two of the story's paragraphs
    ("एक नज़र में" over the story's figures): a box of the story's own facts. Other stories' titles between
    paragraphs come one at a time or under a marker ("ये भी पढ़ें"), and carry their dates."""
    def item(t: LineShape) -> bool:
        return roles.get(t.n, BOX_ITEM_ROLE) == BOX_ITEM_ROLE and 2 <= t.words <= MAX_BOX_ITEM_WORDS and not t.terminal and not t.date \
            and not t.relative_time and not t.bullet
    i = pos[s.n]
    for h in range(i, max(-1, i - MAX_BOX_ITEMS - 1), -1):  # the heading: this line or one a few lines above
        head = shapes[h]
        if head.n in roles and roles[head.n] != BOX_HEADING_ROLE or head.words > MAX_BOX_HEADING_WORDS or head.terminal \
                or h == 0 or not shapes[h - 1].prose or F.RELATED_MARKER.match(head.folded) or _TEASING.search(head.folded):
            continue
        k = h + 1
        while k < len(shapes) and k - h <= MAX_BOX_ITEMS and shapes[k].n == shapes[k - 1].n + 1 and item(shapes[k]):
            k += 1
        after = k
        while after < len(shapes) and roles.get(shapes[after].n, ("",))[0] in _AD_ROLES:
            after += 1  # (an ad between the box and the story's next paragraph)
        below = shapes[after] if after < len(shapes) else None
        if k - h - 1 >= MIN_BOX_ITEMS and below is not None and below.n not in roles and h <= i < k and (
                below.prose or below.question and after + 1 < len(shapes) and shapes[after + 1].prose):
            return BOX_HEADING_ROLE if h == i else BOX_ITEM_ROLE  # (the next paragraph, or a question heading it)
    return None


def _subhead_or_teaser(s, shapes, pos, roles, body_words) -> tuple[str, str]:
    """A title-shaped line inside the body: a subhead if the next paragraphs continue its words.

    Teasers of related stories often name the article's people too, so what counts most is the overlap with the
    next paragraphs in words that the previous paragraph does not already use (the new topic the heading opens).
    """
    if F.IMAGE_CREDIT.match(s.folded):
        return ("boilerplate:other", "a picture's credit between paragraphs ('इमेज स्रोत, …')")
    if _OPENS_QUOTE.search(s.folded):
        return ("body", "the line that opens the quotation below it ('… ने X पर लिखा-')")
    if s.question and _ASKS_LABEL.match(s.text):
        return ("subhead", "an interview's question ('सवाल: …?')")  # (its words are the answer's, not the next lines')
    i = pos[s.n]
    if i + 2 < len(shapes) and shapes[i + 1].n not in roles and _table_row(shapes[i + 1]) \
            and _table_row_run(shapes[i + 1], shapes, pos):
        return ("subhead", "the title of the table below it")
    following = [t for t in shapes[i + 1 : i + 4] if t.n not in roles and t.words >= 5][:2]
    before = next((t for t in reversed(shapes[:i]) if t.prose), None)
    nxt = set().union(*(t.content for t in following)) if following else set()
    prev = before.content if before else set()
    ov_next = _overlap(s.content, nxt)
    ov_new = _overlap(s.content, nxt - prev)
    novel = len(s.content - body_words - nxt)
    uses_blanks = any(t.blank_before for t in shapes if t.n != s.n)
    attached = bool(following) and not s.blank_after and shapes[i + 1] is following[0]
    score = 1.5 * ov_next + 1.5 * ov_new - 0.15 * novel
    if s.question or s.words <= 6:
        score += 0.5
    if s.words <= MAX_LABEL_HEADING_WORDS and not _DIGIT.search(s.text) and 0 < i < len(shapes) - 1 \
            and shapes[i - 1].prose and shapes[i + 1].prose:
        score += 0.5  # "बाजार का हाल", "ऐसे बिछाया जाल" between paragraphs: a section's label; a teaser's title says more
    if attached and uses_blanks:
        score += 0.5
    if s.words <= MAX_LEANING_WORDS and not s.question and not _TEASING.search(s.folded):
        score += 1.0 if _POINTS_BACK.match(s.folded) else 0.5 if _ASKS.search(s.folded) else 0.0
    if s.words >= 12:
        score -= 0.5
    facts = f"next-paragraph overlap {ov_next:.2f}, new-topic overlap {ov_new:.2f}, unknown words {novel}, score {score:.2f}"
    if score >= 1.0:
        return ("subhead", f"heading whose words the next paragraphs continue ({facts})")
    return (RELATED, f"headline of another story between paragraphs ({facts})")


MAX_GROUP_HEADING_WORDS = 8
# "गेहूं मिल क्वालिटी: 2,480 – 2,560", "सर्वश्रेष्ठ बल्लेबाज: आदित्य ठाकुर (6 मैच, 312 रन)": a label, a colon, its value.
# "label: value", also "बहराइच – 4.2°C", and a quantity after a hyphen ("मखाने - 2 कप", "चीनी - आधा कप")
# ("आज के नये मामले- 177": a hyphen glued to the label, then a space and a number; not "कोविड-19")
_KEY_VALUE = regex.compile(r"^\s*[^:：।.?!–—]{1,40}(?:[:：]|\s[–—]\s|\s-\s(?=\p{N}|आधा|आधी|एक|डेढ़|ढाई|थोड़ा|थोड़ी|स्वाद)"
                           r"|(?<=[\p{L}\p{M}])-\s+(?=\p{N}))\s*\S")
_CLOCK_LEAD = regex.compile(r"^\s*\d{1,2}:\d{2}(?!\d)")  # "09:32 PM  …": a time, not a label (a list of the latest stories)
MAX_KEY_VALUE_WORDS = 25


def _key_value(s: LineShape) -> bool:
    return s.words <= MAX_KEY_VALUE_WORDS and not s.prose and _KEY_VALUE.match(s.text) is not None and s.date is None \
        and _CLOCK_LEAD.match(s.text) is None


def _key_value_run(s: LineShape, shapes, pos) -> bool:
    """A "label: value" line among others like it: the items of a list written without bullets."""
    if not _key_value(s):
        return False
    i = pos[s.n]
    return any(_key_value(t) for t in shapes[max(0, i - 1) : i] + shapes[i + 1 : i + 2])


_WORDS = regex.compile(r"[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)*")
_NUMBERS = regex.compile(r"\p{N}+")
_NUMBER_IN_BRACKETS = regex.compile(r"\([^()]{0,30}\d[^()]{0,30}\)")
MIN_SAME_SHAPE, MAX_ITEM_WORDS = 3, 12


def _skeleton(text: str) -> str:
    """The line with each run of words as "w" and each number as "9": "12 मार्च, शाम 5 बजे" → "9w,w9w". Lines with
    a number in brackets (an age, a year, a count) are all built alike, whatever else they hold: "ऑटो चालक सलीम खान
    (34), निवासी नई बस्ती" and "पूजा (19) पुत्री हरिराम", "दो किनारे एक नदी (1979)" and "अम्मा का संदूक (टीवी धारावाहिक,
    1994-1999)"."""
    if _NUMBER_IN_BRACKETS.search(text):
        return "(9)"
    return "".join(_WORDS.sub("w", _NUMBERS.sub("9", text)).split())


def _same_shape_run(s: LineShape, shapes, pos, roles) -> bool:
    """One of three or more short lines in a row built alike around numbers or marks ("रमेश यादव (45), निवासी बस्ती",
    "सलमा बेगम (32), निवासी गोरखपुर"): the items of the story's list, written without bullets. Lines of words alone
    are left out: a row of other stories' titles is built alike too."""
    def item(t: LineShape) -> bool:
        return roles.get(t.n, ("body:list-item",))[0] == "body:list-item" and t.words <= MAX_ITEM_WORDS \
            and not t.terminal and not t.date
    if not item(s) or (key := _skeleton(s.text)).strip("w") == "":
        return False
    i, run = pos[s.n], 1
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(shapes) and abs(shapes[k].n - shapes[k - step].n) == 1 and item(shapes[k]) \
                and _skeleton(shapes[k].text) == key:
            run, k = run + 1, k + step
    return run >= MIN_SAME_SHAPE


MAX_INTRO_ITEMS, MAX_INTRO_ITEM_WORDS = 12, 15


def _under_intro(s: LineShape, shapes, pos, roles) -> bool:
    """Short lines set right under a sentence that introduces them ("… तीन जगह पार्किंग बनाई गई है:"), with no blank
    line between: the items of the story's list, written without bullets."""
    i = pos[s.n]
    for k in range(i, max(-1, i - MAX_INTRO_ITEMS - 1), -1):
        t = shapes[k]
        if t is not s and t.text.rstrip().endswith(":") and t.words >= 5:
            return True
        if t.blank_before or t.words > MAX_INTRO_ITEM_WORDS or t.terminal or t.bullet or k == 0 \
                or shapes[k - 1].n != t.n - 1 or (t is not s and roles.get(t.n, ("body:list-item",))[0] != "body:list-item"):
            return False
    return False


_WIDE_CELLS = regex.compile(r"\S {2,}\S")  # cells a browser's copy splits by runs of spaces instead of tabs


MAX_LISTED_WORDS = 12  # words of an item under "खूबियां"


def _under_list_heading(s: LineShape, shapes, pos) -> bool:
    """A short line under "खूबियां"/"कमियां", with only such lines between, up to a blank line."""
    i = pos[s.n]
    while i > 0:
        t = shapes[i]
        if t.blank_before or t.words > MAX_LISTED_WORDS or t.terminal or shapes[i - 1].n != t.n - 1:
            return False
        i -= 1
        if shapes[i].words <= 2 and F.LIST_HEADING.match(shapes[i].folded):
            return True
    return False


def _table_row(s: LineShape) -> bool:
    return ("\t" in s.text or _WIDE_CELLS.search(s.text) is not None) and s.words <= MAX_KEY_VALUE_WORDS and not s.prose \
        or _pipe_row(s)


PIPE = " | "
MAX_CELL_WORDS = 6
# "6.60%", "80,412.65", "-612.30", "₹1,254", "₹8.49 लाख" (a figure with its unit)
_FIGURE = regex.compile(r"^\s*[-+−]?\s*[₹$]?\s*\d[\d,.]*\s*%?(?:\s*[\p{L}\p{M}]{1,8})?\s*$")


def _pipe_row(s: LineShape) -> bool:
    """"बैंक | 1 साल | 3 साल": a table's row with its cells split by " | " (a few words each)."""
    return PIPE in s.text and not s.prose and not s.text.rstrip().endswith(("।", ".")) \
        and all(1 <= len(WORD.findall(c)) <= MAX_CELL_WORDS for c in s.text.split(PIPE))


def _data_row(s: LineShape) -> bool:
    """A table's row with a figure for a cell ("मेघदूत बैंक (सरकारी) | 6.60% | 6.75%")."""
    return _pipe_row(s) and any(_FIGURE.match(c) for c in s.text.split(PIPE)[1:])


def _table_row_run(s: LineShape, shapes, pos) -> bool:
    """A table's row inside the story: a neighbour is a row too. (Below the story, a table is a widget's: points,
    prices; only rows inside the story's span are taken.)"""
    i = pos[s.n]
    return any(_table_row(t) and abs(t.n - s.n) == 1 for t in shapes[max(0, i - 1) : i] + shapes[i + 1 : i + 2])


def _list_item(s: LineShape, shapes, pos) -> bool:
    """A bulleted or numbered line beside another: an item of a list ("1️⃣ …", "2️⃣ …"), not a title."""
    i = pos[s.n]
    return s.bullet and any(shapes[j].bullet for j in (i - 1, i + 1) if 0 <= j < len(shapes))


def _list_line(s: LineShape, shapes, pos, roles=None) -> bool:
    """An item of the story's list; with ``roles`` (inside the story), also a line of a list without marks or a
    table's row."""
    return s.bullet or _key_value_run(s, shapes, pos) or roles is not None and (
        _same_shape_run(s, shapes, pos, roles) or _table_row(s) and _table_row_run(s, shapes, pos))


MIN_LIST_ITEMS, MAX_LIST_HEADING_WORDS, MIN_TYPICAL_ITEM_WORDS, MAX_TYPICAL_ITEM_WORDS, STORY_NEAR = 3, 8, 3, 7, 4
_BUTTON = regex.compile(r"(?<![\p{L}\p{M}])(?:करें|दें|लें|चुनें|देखें)\s*$")  # "सभी स्वीकार करें": a dialog's buttons
LIST_HEADING_ROLE = ("subhead", "heading of the story's short list below it")
HEADED_ITEM_ROLE = ("body:list-item", "an item of the short list under the story's heading")


def _unmarked_item(t: LineShape, roles) -> bool:
    return t.words <= MAX_ITEM_WORDS and not t.prose and not t.question \
        and roles.get(t.n, DATE_LINE_ROLE) in (DATE_LINE_ROLE, HEADED_ITEM_ROLE) and not _TEASING.search(t.folded) and not F.RELATED_MARKER.match(t.folded) and not _BUTTON.search(t.folded) \
        and not t.text.rstrip().endswith(":")  # (a line that introduces a list of its own)


def _list_under(h: LineShape, shapes, pos, roles, end: int) -> list[LineShape]:
    """Three or more short lines right under the short line ``h`` (no blank line between), with the story's text above
    the heading and the story going on below the list (``end``: its last line): "ज़रूरी दस्तावेज़" over "12वीं की मार्कशीट",
    "आय प्रमाणपत्र", … (a list written without marks; "अहम तारीखें" over its dates). Other stories' titles say more:
    half the items here have seven words or fewer. Empty when not so."""
    i = pos[h.n]
    if h.words < 2 or h.question and h.words > 3 or _TEASING.search(h.folded) or F.RELATED_MARKER.match(h.folded) \
            or h.words >= 5 and h.text.rstrip().endswith(":"):  # (a sentence that introduces its list is the story's text)
        return []
    run: list[LineShape] = []
    k = i + 1
    while k < len(shapes) and shapes[k].n == shapes[k - 1].n + 1 and not shapes[k].blank_before and _unmarked_item(shapes[k], roles):
        run.append(shapes[k])
        k += 1
    typical = sorted(t.words for t in run)[len(run) // 2] if run else 0
    if len(run) < MIN_LIST_ITEMS or not MIN_TYPICAL_ITEM_WORDS <= typical <= MAX_TYPICAL_ITEM_WORDS or any(t.words < 2 for t in run):
        return []  # (a widget's cells, "बुध", "₹5,000", and a row of tags are shorter)
    above = next((t for t in reversed(shapes[max(0, i - STORY_NEAR) : i])
                  if not roles.get(t.n, ("",))[0].startswith(("boilerplate", "caption"))), None)
    if above is None or roles.get(above.n, ("",))[0] not in ("body", "body:list-item", "subhead") or run[-1].n >= end:
        return []
    return run


def _in_headed_list(s: LineShape, shapes, pos, roles, end: int) -> bool:
    """An item of a list whose heading (above it, past the items before it) was read as the story's list heading."""
    i = pos[s.n]
    while i > 0 and shapes[i].n == shapes[i - 1].n + 1 and not shapes[i].blank_before:
        i -= 1
        if roles.get(shapes[i].n) == LIST_HEADING_ROLE:
            return s in _list_under(shapes[i], shapes, pos, {n: r for n, r in roles.items() if n != s.n}, end)
        if roles.get(shapes[i].n) not in (HEADED_ITEM_ROLE, DATE_LINE_ROLE):
            return False
    return False


_ASKS_LABEL = regex.compile(r"^\s*(?:सवाल|प्रश्न|Q)\s*[:：.-]\s*\S")  # an interview's question, labelled
MAX_CHAPTER_WORDS = 10
_NUMBERED = regex.compile(r"^\s*(?:\d{1,2}|[०-९]{1,2})[.)]\s")  # "1. सूखी बावड़ी" (not a dash: "— सीमा कंवर, गृहिणी")


def _next_shape(s: LineShape, shapes, pos) -> LineShape | None:
    i = pos[s.n]
    return shapes[i + 1] if i + 1 < len(shapes) else None


def _chapter(s: LineShape, shapes, pos, roles) -> bool:
    """A numbered short line with no numbered line beside it and prose right below: a chapter's heading ("1. सूखी
    बावड़ी" over the chapter's paragraphs), not an item of a list."""
    i = pos[s.n]
    near = [t for t in shapes[max(0, i - 1) : i] + shapes[i + 1 : i + 2] if abs(t.n - s.n) <= 2]
    return not any(t.bullet for t in near) and _heads_prose(s, shapes, pos, roles)


RELATED_BOX_LINES = 12


def _in_related_box(s: LineShape, shapes, pos, roles) -> bool:
    """A date under a "ये भी पढ़ें" label, with only its box's titles and dates between, and a paragraph right below the
    box: a teaser's date in a box of other stories set between the story's paragraphs, which goes on below it."""
    i = pos[s.n]
    for t in reversed(shapes[max(0, i - RELATED_BOX_LINES) : i]):
        if F.RELATED_MARKER.match(t.folded):
            break
        if t.prose or (t.n in roles and roles[t.n][0] not in (RELATED, "date")):
            return False  # (a story's paragraph, or a byline: the date is no box's)
    else:
        return False
    for t in shapes[i + 1 : i + RELATED_BOX_LINES]:
        if t.date_line or t.n in roles and (roles[t.n][0] == "date" or roles[t.n][0].startswith("boilerplate")):
            continue
        nxt = shapes[pos[t.n] + 1] if pos[t.n] + 1 < len(shapes) else None
        if t.titleish and nxt is not None and nxt.date_line:
            continue  # the next title of the box, over its date
        return t.prose and not t.titleish
    return False


def _in_date_list(s: LineShape, shapes, pos) -> bool:
    """One of three or more lines in a row that give a date: the story's list of dates ("आवेदन शुरू: 8 जुलाई", "मेरिट
    सूची: …"), not the stamp of another story printed below it."""
    i = pos[s.n]
    near = [t for t in shapes[max(0, i - 2) : i + 3] if abs(t.n - s.n) <= 2 and t.date is not None]
    if len(near) >= 3 and near[-1].n - near[0].n == len(near) - 1 and any(t.n == s.n for t in near):
        return True
    # A box of the case's facts, dated and not: "घटना: 17 जून 2029, …", "अभियोजन के गवाह: 14", "फैसला: 18 फरवरी 2032".
    run = _labelled_run(s, shapes, pos)
    return len(run) >= MIN_FACT_LINES and sum(t.date is not None for t in run) >= 2


MIN_FACT_LINES = 4


def _labelled(t: LineShape) -> bool:
    return t.words <= MAX_KEY_VALUE_WORDS and not t.prose and _KEY_VALUE.match(t.text) is not None \
        and _CLOCK_LEAD.match(t.text) is None and not F.DATE_LABEL.match(t.folded)


def _labelled_run(s: LineShape, shapes, pos) -> list[LineShape]:
    """The "label: value" lines in a row (no blank line between) that hold ``s``; empty when ``s`` is none."""
    if not _labelled(s):
        return []
    i = j = pos[s.n]
    while i > 0 and shapes[i].n == shapes[i - 1].n + 1 and not shapes[i].blank_before and _labelled(shapes[i - 1]):
        i -= 1
    while j + 1 < len(shapes) and shapes[j + 1].n == shapes[j].n + 1 and not shapes[j + 1].blank_before \
            and _labelled(shapes[j + 1]):
        j += 1
    return shapes[i : j + 1]


def _heads_list(s: LineShape, shapes, pos, roles) -> bool:
    """The next line is an item of the story's list: the short line is the heading of its group ("अनाज")."""
    i = pos[s.n]
    below = next((t for t in shapes[i + 1 : i + 2] if t.n not in roles), None)
    return below is not None and _list_line(below, shapes, pos, roles)


def _heads_prose(s: LineShape, shapes, pos, roles) -> bool:
    """Prose of the story right below and above (within a line or two): the short line is a heading between them."""
    i = pos[s.n]
    below = next((t for t in shapes[i + 1 : i + 2] if t.n not in roles), None)
    # (the story's line above may stand past an ad marker or a caption: "… बैटरी चलती है।", "विज्ञापन", "कैमरा")
    above = next((t for t in reversed(shapes[max(0, i - 4) : i])
                  if not roles.get(t.n, ("",))[0].startswith(("boilerplate", "caption"))), None)
    return below is not None and below.prose and above is not None and roles.get(above.n, ("",))[0] in ("body", "body:list-item")


MAX_TAG_WORDS = 4


# "— महेंद्र सिंह शेखावत, दांतारामगढ़" alone under the story (a dash, a name, a comma, a place): who filed it, from where.
SIGN_OFF_ROLE = ("byline", "the reporter's sign-off ('— name, place')")
SIGN_OFF_LINES = 2  # right under the story's last paragraph
_SIGN_OFF = regex.compile(r"^\s*[—–]{1,2}\s*[\p{L}\p{M}.]+(?:\s+[\p{L}\p{M}.]+){0,3}\s*,\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*$")


def _after_body_role(s: LineShape) -> tuple[str, str]:
    if s.words <= 3 and not s.terminal:
        return ("boilerplate:other", "fragment below the story")
    return (RELATED, "another story below this one")


MIN_REPEAT_WORDS = 6
MIN_COPY_WORDS = 4
_STORY_ROLES = frozenset(("standfirst", "body", "subhead", "caption", "byline", "date", "body:list-item"))


def _repeats(r: PageRoles, headline: LineShape | None) -> None:
    """A later line equal to the headline is a repeat; so is a pull quote; so is a paragraph of the story printed
    twice (a phone's preview, then the whole story after "आगे पढ़ें"): the later copy, or the preview cut short."""
    pull_quotes({s.n: s.text for s in r.shapes}, r.roles)
    kept = [s for s in r.shapes if r.roles.get(s.n, ("",))[0] in ("body", "dateline") and s.words >= MIN_REPEAT_WORDS]
    seen: set[str] = set()
    for s in kept:
        if s.folded in seen:
            r.roles[s.n] = ("boilerplate:repeat", "a paragraph of the story printed again")
        seen.add(s.folded)
    # The story's lines printed again below it (an AMP copy after the page's own): repeats, not other stories.
    story = {s.folded for s in r.shapes if r.roles.get(s.n, ("",))[0] in _STORY_ROLES and s.words >= MIN_COPY_WORDS}
    for s in r.shapes:
        if s.folded in story and r.roles.get(s.n, ("",))[0] == RELATED:
            r.roles[s.n] = ("boilerplate:repeat", "a line of the story printed again below it")
    for s in kept:
        cut = s.folded.rstrip().removesuffix("…").removesuffix("...").rstrip()
        if cut != s.folded.rstrip() and any(t.n > s.n and len(t.folded) > len(cut) and t.folded.startswith(cut) for t in kept):
            r.roles[s.n] = ("boilerplate:repeat", "a preview of a paragraph the story gives whole below")
    if headline is None:
        return
    for s in r.shapes:
        if s.n != headline.n and s.folded == headline.folded:
            r.roles[s.n] = ("boilerplate:repeat", "repeat of the headline")


PULL_QUOTE_CHARS = 400
_QUOTE_MARKS = " \"'“”‘’«»"
MAX_PULL_QUOTE_BLOCKS = 400  # bounds the pairwise test on huge pages


def pull_quotes(texts: dict[int, str], roles: dict) -> None:
    """A short line or block of the story whose words stand again inside a longer one is a pull quote (a sentence of
    the story set large beside it, often in quotation marks), not more text. ``texts``: line or block number → text."""
    body = [n for n in texts if roles.get(n, ("",))[0] == "body"][:MAX_PULL_QUOTE_BLOCKS]
    joined = "\n".join(texts[n] for n in body)  # one search over all the story's text finds the rare repeat
    for n in body:
        core = texts[n].strip(_QUOTE_MARKS)
        if len(texts[n]) > PULL_QUOTE_CHARS or len(core) < 20 or joined.count(core) < 2:
            continue
        if any(m != n and len(texts[m]) > len(core) and core in texts[m] for m in body):
            roles[n] = ("boilerplate:repeat", "pull quote: a sentence of the story repeated beside it")
