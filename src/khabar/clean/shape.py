"""What a reader sees of one line at a glance: its length, its ending, its script, whether it is a date or a dateline."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import regex

from ..text.content import content_of
from ..text.dates import FoundDate, find_date
from ..speed import WORD_RUN, count_words
from ..text.normalize import fold
from ..text.tokens import DEVANAGARI, LATIN, WORD
from . import furniture as F

# A sentence ends in । ॥ . ? ! possibly followed by closing quotes or brackets.
# Patterns that end in "$" search from the end of the line (REVERSE): one try there instead of one per character.
# Emoji after the full stop ("… लागू रहेगा। 🏫", as channel posts end their sentences) do not hide the stop.
_TERMINAL = regex.compile(r"[।॥.?!|。！？؟۔][\"'”’»)\]」』）]*(?:\s*[\p{Extended_Pictographic}\p{So}\uFE0F\u200D])*\s*$", regex.REVERSE)
# A sentence's end with a news agency's credit after it: "… वर्षा दर्ज की गई। (भारत वार्ता)", "… (भाषा)".
_CREDITED_END = regex.compile(r"[।.?!][\"'”’]?\s*\((?:[^()]{0,20}\s)?(?:भाषा|एजेंसी|एजेंसियां|एजेंसियों|पीटीआई|आईएएनएस|वार्ता|"
                           r"यूनीवार्ता|यूएनआई|एएनआई|इनपुट|pti|ians|ani|uni|reuters|afp|ap)\)\s*$", regex.REVERSE | regex.IGNORECASE)
_TRUNCATED = regex.compile(r"(?:\.{3,}|…)\s*[\"'”’]?\s*$|\.{3,}\s*\S{0,12}\s*$", regex.REVERSE)
# "मॉस्को:", "नई दिल्ली।", "बीजिंग (भाषा):" standing alone.
# (also with the day: "सागर, 26 अप्रैल।")
_DAY = r"(?:,\s*\d{1,2}\s+[\p{L}\p{M}]+\.?(?:,?\s+\d{4})?\s*)?"
_DATELINE_ALONE = regex.compile(r"^\s*([\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+){0,2})\s*(?:\([^()]{1,40}\))?\s*" + _DAY + r"[:।|]\s*$")
_PIN_DATELINE = regex.compile(r"^\s*📍\s*([\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+){0,2})\s*$")  # a messaging app's "📍 बरेली"
# A paragraph opening with a place: "नई दिल्ली: ...", "चंडीगढ़(रश्मि) : ...", "बीजिंग। ...", "डेस्क-...".
_DATELINE_LEAD = regex.compile(
    r"^\s*[\p{L}\p{M}]+(?:[ -][\p{L}\p{M}]+){0,2}\s*(?:\([^()]{1,40}\))?\s*" + _DAY + r"(?::|।|ः|\|)\s*\S"
    r"|^\s*[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?(?:\s*\([^()]{1,40}\))?"
    r"(?!-[\p{L}\p{M}]+\s+(?:का|की|के|ने|को|से|में|पर|और|व|एवं)(?![\p{L}\p{M}]))-\s*\S"
)  # ("सलीम-जावेद का तर्क था": a compound whose second word a postposition follows ends no dateline; "डेस्क-Naomi …" is one)
# A keycap number ("1️⃣", "🔟") numbers a messaging app's list.
_BULLET = regex.compile(r"^\s*(?:[-–—•●▪■►➤✓✔✗✘✖❌✅☑◆◇○◦➜→*👉🔹🔸▶➡]|\d{1,2}[.)]|[०-९]{1,2}[.)]|\d\uFE0F?\u20E3|🔟)\s*\S")
_QUESTION = regex.compile(r"[?？؟][\"'”’」』]*\s*$", regex.REVERSE)
_DIGIT = regex.compile(r"\d")
# Times and time-zone abbreviations left beside a date ("15:56 BST").
_TIME_OR_ZONE = regex.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b|\b(?:bst|gmt|utc|est|edt|cst|cdt|pst|pdt|cet|cest|eet|eest|jst|kst|aest|aedt|msk|hkt|sgt|wib)\b")
SCRIPT_SAMPLE = 200
_DEVANAGARI_RUN = regex.compile(DEVANAGARI.pattern + "+")
_LATIN_RUN = regex.compile(LATIN.pattern + "+")


@dataclass
class LineShape:
    """Features of one non-blank line. Those few rules read are worked out on first use (``cached_property``): the
    cleaner reads only some of them for most lines, and each is a regex pass over the line."""

    n: int
    text: str
    folded: str
    words: int
    content: set[str]
    terminal: bool
    date: FoundDate | None
    date_line: bool
    relative_time: bool
    blank_before: bool = False
    blank_after: bool = False
    furniture: tuple[str, str] | None = field(default=None)

    @cached_property
    def truncated(self) -> bool:
        return bool(_TRUNCATED.search(self.text))

    @cached_property
    def question(self) -> bool:
        return bool(_QUESTION.search(self.text))

    @cached_property
    def bullet(self) -> bool:
        return bool(_BULLET.match(self.text))

    @cached_property
    def latin_share(self) -> float:
        """Share of Latin letters among Latin and Devanagari ones (of its start, for a long line)."""
        sample = self.text if self.words <= 30 else self.text[:SCRIPT_SAMPLE]
        latin = sum(map(len, _LATIN_RUN.findall(sample)))
        letters = latin + sum(map(len, _DEVANAGARI_RUN.findall(sample)))
        return latin / letters if letters else 0.0

    @cached_property
    def dateline_alone(self) -> str | None:
        m = (_DATELINE_ALONE.match(self.text) or _PIN_DATELINE.match(self.text)) if self.words <= 4 else None
        return m.group(1) if m else None

    @cached_property
    def dateline_lead(self) -> bool:
        return bool(_DATELINE_LEAD.match(self.text))

    @property
    def prose(self) -> bool:
        """A sentence-like line: a full sentence of some length, or a long run of words."""
        return (self.terminal and self.words >= 12) or self.words >= 30

    @property
    def titleish(self) -> bool:
        """Shaped like a headline: a few words, no full stop at the end (a question mark is fine)."""
        return 2 <= self.words <= 30 and (not self.terminal or self.question or self.truncated or self.text.rstrip().endswith("!"))


def shape(n: int, text: str, content: bool = True) -> LineShape:
    """The line's features; ``content``: also its content words (for the overlap measures of flattened text)."""
    folded = fold(text, normalized=True)
    # WORD without its joiner rule: fold() has removed every joiner. The words themselves only for content.
    tokens = WORD_RUN.findall(folded) if content else None
    words = len(tokens) if content else count_words(folded)
    date = find_date(folded, folded=True) if words <= 40 and _DIGIT.search(text) else None
    can = F.openings(folded)
    s = LineShape(
        n=n,
        text=text,
        folded=folded,
        words=words,
        content=set(),
        terminal=bool(_TERMINAL.search(text) or text.endswith(")") and _CREDITED_END.search(text)),
        date=date,
        date_line=bool(date) and _is_date_line(folded, date),
        relative_time=F.RELATIVE_TIME in can and F.RELATIVE_TIME.match(folded) is not None,
    )
    s.furniture = furniture_role(s, can)
    if content and s.furniture is None:  # furniture lines never take part in overlap measures
        s.content = content_of(tokens)
    return s


MAX_FACT_WORDS = 5  # words of one part of a "date | views | share" line
_FACT_SEPARATOR = regex.compile(r"[|•·]|\s/\s")  # ("Ritika Deshmukh & Sameer Kulkarni / BCN / Pune / Updated: …")
_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def _facts(folded: str) -> bool:
    """Three or more short parts split by "|" or "•" (a few words besides numbers): a line of page facts (credit,
    dates, reading time)."""
    parts = _FACT_SEPARATOR.split(folded)
    return len(parts) >= 3 and all(sum(1 for w in WORD_RUN.findall(p) if not w.isdigit()) <= MAX_FACT_WORDS + 1 for p in parts)


_TIME_LABEL = regex.compile(r"(?<![\p{L}\p{M}])(?:updated|published|posted|अपडेटेड|प्रकाशित|प्रविष्टि)(?![\p{L}\p{M}])")  # (a press release's "प्रविष्टि तिथि: … by …")
# "By" in other languages before names and nothing else, matched on the line as written (capitals kept: "Par ailleurs, …" opens a sentence).
_NAMES_AFTER_BY = regex.compile(
    r"^(?:[Pp]ar|[Dd]i|[Vv]on|[Pp]or|[Dd]oor|[Aa]v|[Aa]f|[Oo]d)\s+(?:\p{Lu}[\p{Ll}\p{M}'’-]+\s*){2,3}"
    r"(?:(?:,|\s(?:et|e|und|y|en|og|och|i))\s+(?:\p{Lu}[\p{Ll}\p{M}'’-]+\s*){2,3})*(?:\s*\([^()]{1,60}\))?\s*$")
MAX_DATED_BYLINE_WORDS = 30  # a byline that also gives the story's dates and reading time


# A fact's label before a date ("जन्म: 3 अगस्त 1939, मिर्जापुर", "मतदान: 20 मई"): the date of an event the story
# tells of, in its list of facts, not when a story was published.
_EVENT_LABEL = regex.compile(r"^\s*(?:जन्म|निधन|मृत्यु|देहांत|देहावसान|स्थापना|शपथ|मतदान|मतगणना|परीक्षा|रिलीज|रिलीज़|विवाह|शादी|"
                             r"born|died|founded|release|released|polling|counting)\s*(?:तिथि|तारीख|date)?\s*[:：-]"
                             # a thing's date in a list of facts: "आदेश की तारीख:", "आवेदन की अंतिम तिथि:"
                             r"|^\s*(?!(?:प्रकाशन|प्रकाशित|अपडेट|अपडेटेड|पोस्ट|संशोधित|प्रविष्टि|अद्यतन|जारी)(?![\p{L}\p{M}]))[\p{L}\p{M}]+\s+(?:[\p{L}\p{M}]+\s+){0,2}"
                             r"(?:की\s+)?(?:अंतिम\s+)?(?:तिथि|तारीख)\s*[:：]")


def _is_date_line(folded: str, date: FoundDate) -> bool:
    """True when the (folded) line is a date with at most a label around it ("Updated: 09 Apr, 2018 11:26 AM")."""
    if _EVENT_LABEL.match(folded):
        return False
    rest = folded[: date.start] + " " + folded[date.end :]
    dates = 1
    for _ in range(2):  # "Published: 15:56, 27 April 2024 | Updated: 15:57, 27 April 2024" holds two
        more = find_date(rest, folded=True)
        if more is None:
            break
        dates += 1
        rest = rest[: more.start] + " " + rest[more.end :]
    rest = _TIME_OR_ZONE.sub(" ", F.DATE_LABEL.sub(" ", _PAGE_COUNTS.sub(" ", rest)))
    left = len(WORD.findall(rest))
    if left <= 2 or left <= MAX_FACT_WORDS and (dates > 1 and F.DATE_LABEL.search(folded) or _TIME_LABEL.search(folded)):
        return True  # a label around the date; or a credit beside a labelled time ("न्यूज डेस्क, …, लखनऊ Updated …")
    # "दिनांक: 05-03-2026 | पढ़ा गया: 1,284 बार": the date's part of a line of page facts split by "|".
    # "दिल्ली-एनसीआर | Written by: … | Published: March 02, 2026 6:50 PM IST | Updated: …" likewise.
    parts = _FACT_SEPARATOR.split(folded)  # "4 जून 2026 • 4 मिनट में पढ़ें" too
    if len(parts) < 2:
        return False
    found = [(p, find_date(p, folded=True)) for p in parts]
    if all(d is None for _, d in found) or any(d is None and len(WORD.findall(p)) > MAX_FACT_WORDS for p, d in found):
        return False
    return all(_is_date_line(p, d) for p, d in found if d is not None)


# A post's counts in a row of page facts: "2 टिप्पणियाँ", "2,377 व्यूज", "1.2K views".
_PAGE_COUNTS = regex.compile(r"(?<![\p{L}\p{M}])\d[\d,.]*\s*[kK]?\s*(?:टिप्पणियाँ|टिप्पणियां|टिप्पणी|कमेंट्स|कमेंट|व्यूज|व्यूज़|views|comments|shares|"
                          r"बार\s+(?:देखा|पढ़ा)\s+गया)(?![\p{L}\p{M}])")  # ("418 बार देखा गया")
VIDEO_HEADING = ("boilerplate:video-block", "video block heading")  # the lines under it are the video's title
WRITER_NOTE_ROLE = ("boilerplate:other", "a note about the writer")  # it closes an opinion column
DATE_LINE_ROLE = ("date", "publication or update time")
PAYWALL_ROLE = ("boilerplate:other", "a paywall's offer")
CHAT_ROLE = ("boilerplate:comment", "a message of a messenger's chat ('[04/11/31, 8:03 am] name: …')")
_CHAT_OPENERS = frozenset("[0123456789 ")
DATED_BYLINE_ROLE = ("byline", "author credit with the story's dates")
_WIDE_SPACE = regex.compile(r"\s{2,}")
MAX_WEATHER_WORDS = 6
MAX_STATUS_WORDS = 20
MAX_BLOGGER_WORDS = 16
MAX_OVER_ENTRY_WORDS = 30
MAX_MARKET_NOTE_WORDS = 20
MAX_IMPRINT_WORDS = 15
MAX_SCREENSHOT_WORDS = 15
MAX_CREDIT_WORDS = 30
MAX_MORE_NEWS_WORDS = 8
MAX_AFFILIATE_WORDS = 45
MIN_MENU_ITEMS, MAX_MENU_ITEM_WORDS = 4, 3


def _wide_spaced_menu(text: str) -> bool:
    """"होम  बाजार  शेयर  म्यूचुअल फंड  IPO  …": a menu flattened with its items two or more spaces apart."""
    parts = _WIDE_SPACE.split(text.strip())
    # (not a table's row flattened alike: "विंध्या सीमेंट्स  1,276.30  1,189.50  -6.80", "कंपनी  मौजूदा भाव (₹)  बदलाव (%)")
    return len(parts) >= MIN_MENU_ITEMS and all(1 <= len(w := WORD_RUN.findall(p)) <= MAX_MENU_ITEM_WORDS
                                                and not all(x.isdigit() for x in w) and "(" not in p for p in parts)


MIN_PIPE_ITEMS, MAX_PIPE_ITEM_WORDS = 4, 4
_LABEL = regex.compile(r"^[^:|]{1,30}:\s*")  # "Trending Now: ", "ट्रेंडिंग: "


def _pipe_menu(folded: str) -> bool:
    """"Trending Now: मौसम अपडेट | शेयर बाजार | सोने का भाव | …": a row of four or more short items split by "|" (a
    label before the first may stand), each with a word that is no number; however long the row."""
    parts = _LABEL.sub("", folded, count=1).split("|")
    if len(parts) < MIN_PIPE_ITEMS:
        return False
    for p in parts:
        words = WORD_RUN.findall(p)
        if not 1 <= len(words) <= MAX_PIPE_ITEM_WORDS or all(w.isdigit() for w in words):
            return False
    return True


def furniture_role(s: LineShape, can: frozenset | None = None) -> tuple[str, str] | None:
    """The role a line has on its own, whatever its neighbours: ad marker, read time, share prompt and so on.
    ``can``: the line's ``furniture.openings()``, when the caller has them."""
    f = s.folded
    can = F.openings(f) if can is None else can
    if s.words == 0 and F.NAVIGATION.search(f, can):
        return ("boilerplate:navigation", "breadcrumb separator")
    if s.words == 0 or (s.words <= 3 or "{" in f or F.URL_ALONE.match(f)) and F.OTHER.search(f):
        return ("boilerplate:other", "no words for a reader (punctuation, number, URL or code)")
    if f[:1] in _CHAT_OPENERS and F.CHAT_MESSAGE.match(f):
        return CHAT_ROLE
    if F.OVER_ENTRY in can and s.words <= MAX_OVER_ENTRY_WORDS and F.OVER_ENTRY.match(f):
        return ("boilerplate:other", "a live ticker's entry by over ('17.2 ओवर | विकेट! …')")
    if s.words <= 12:
        if F.AD_MARKER in can and F.AD_MARKER.match(f):
            return ("boilerplate:ad-marker", "advertisement marker")
        if F.READ_TIME in can and F.READ_TIME.match(f):
            return ("boilerplate:read-time", "the site's reading-time claim")
        if not s.terminal and not s.date and F.READ_TIME_INSIDE.search(f):
            return ("boilerplate:read-time", "the site's reading-time claim among other page facts")
        if F.VIDEO_MARKER in can and F.VIDEO_MARKER.match(f):
            return VIDEO_HEADING
        if F.VIDEO_TITLE in can and F.VIDEO_TITLE.match(f):
            return ("boilerplate:video-block", "a video's title under its label")
        if F.VIDEO_VIEWS in can and F.VIDEO_VIEWS.match(f):
            return ("boilerplate:video-block", "a video's length and view count")
        if F.EMBED_CHROME in can and F.EMBED_CHROME.match(f):
            return ("boilerplate:other", "the frame of an embedded post ('View this post on Instagram')")
        if F.GALLERY_MARKER in can and F.GALLERY_MARKER.match(f):
            return ("boilerplate:other", "photo gallery heading")
        if F.AUDIO in can and F.AUDIO.match(f):
            return ("boilerplate:other", "audio player")
        if F.LABEL in can and F.LABEL.match(f):
            return ("boilerplate:other", "a label standing alone ('विस्तार', 'LIVE')")
        if F.TIME_STAMP in can and F.TIME_STAMP.match(f):
            return ("date", "time stamp of an update")  # (the body does not end at it: clean/page.py TIME_ONLY)
        if F.SOCIAL_LIST in can and F.SOCIAL_LIST.match(f):
            return ("boilerplate:share", "share buttons (the social networks in a row)")
        if F.NAVIGATION.search(f, can) or (F.has_breadcrumb_char(f) and F.BREADCRUMB.match(f)):
            return ("boilerplate:navigation", "menu, breadcrumb or pagination")
        if F.SHARE.search(f, can):
            return ("boilerplate:share", "share/follow/app prompt")
        if (F.BYLINE in can and F.BYLINE.match(f) or F.CREDIT_INSIDE.search(f)) and (not s.terminal or f.rstrip().endswith("|")):
            # ("संवाद न्यूज एजेंसी, मेरठ | Published by: आकाश दुबे" too; "संवाददाता राकेश वर्मा |": a bar, no full stop)
            return ("byline", "author or agency credit")
        if s.words <= 5 and f.endswith(F.REPORTER_AFTER) or _NAMES_AFTER_BY.match(s.text):
            return ("byline", "author credit ('김민준 기자', 'Par Claire Dautrey et Mathieu Ollivier')")
        if s.words <= F.MAX_SOURCE_CREDIT_WORDS and F.SOURCE_CREDIT in can and F.SOURCE_CREDIT.match(f):
            return ("boilerplate:other", "source credit of a table or chart")
        if F.FEEDBACK in can and F.FEEDBACK.match(f):
            return ("boilerplate:comment", "a prompt for the reader's rating or feedback")
        if any(map(f.__contains__, F.BUY_CUES)) and F.BUY_BUTTON.match(f):
            return ("boilerplate:other", "a shop's buy button")
        if ("न्यूज" in f or "newsletter" in f) and F.NAMED_NEWSLETTER.match(f):
            return ("boilerplate:share", "the outlet's newsletter")
    if 12 < s.words <= MAX_STATUS_WORDS and F.LABEL in can and F.LABEL.match(f):
        return ("boilerplate:other", "a live page's status and refresh note")  # ("यह लाइव ब्लॉग जारी है। नए अपडेट के लिए …")
    if F.TAGS_LINE in can and F.TAGS_LINE.match(f):
        return ("boilerplate:navigation", "the story's tags")
    if s.words <= MAX_AFFILIATE_WORDS and ("एफ" in f or "affiliate" in f) and F.AFFILIATE.search(f):
        return ("boilerplate:legal", "the site's note on its affiliate links")
    if F.SEO_TITLE in can and F.SEO_TITLE.match(f):
        return ("boilerplate:other", "the story's title for search engines ('Web Title: …')")
    if F.PRINT_VIEW in can and F.PRINT_VIEW.match(f):
        return ("boilerplate:other", "a print view's link or printing date ('इस समाचार का लिंक: …', 'मुद्रण तिथि: …')")
    if "°" in f and s.words <= MAX_WEATHER_WORDS and not s.terminal and F.WEATHER.search(f) \
            and not any(c in f for c in ":–—"):  # "बहराइच – 4.2°C" is an item of the story's list
        return ("boilerplate:other", "weather widget")
    if s.words <= MAX_BLOGGER_WORDS and (role := F.role_of(f, F.BLOGGER, F.BLOGGER_CUES)) is not None:
        return role
    if ("▲" in f or "▼" in f) and F.TICKER.search(f) and not s.terminal or "%" in f and F.PRICE_CHANGE.match(f):
        return ("boilerplate:other", "market ticker")
    if ("सूचना" in f or "सूचित" in f) and F.PUBLIC_NOTICE.match(f):
        return ("boilerplate:other", "a paid public notice")
    if ("चाहिए" in f or "आवश्यकता" in f or "परिवर्तन" in f or "पाया" in f or "बिकाऊ" in f) and F.CLASSIFIED.match(f):
        return ("boilerplate:other", "a classified ad ('आवश्यकता है: …', 'वधू चाहिए: …')")
    if s.words <= MAX_MARKET_NOTE_WORDS and ("delayed" in f or "prices as" in f or "se:" in f or "52" in f) \
            and F.MARKET_NOTE.search(f):
        return ("boilerplate:other", "market widget's note")
    if s.words <= F.MAX_PAYWALL_WORDS and any(c in f for c in F.PAYWALL_CUES) and F.PAYWALL.search(f):
        return PAYWALL_ROLE
    if "  " in s.text and not s.terminal and _wide_spaced_menu(s.text):
        return ("boilerplate:navigation", "menu (its items split by wide spaces)")
    if s.words > 12 and "|" in f and not s.terminal and not s.date and _pipe_menu(f):
        return ("boilerplate:navigation", "menu (a long row of items split by '|')")
    if F.long_breadcrumb(f):
        return ("boilerplate:navigation", "breadcrumb (ending in the story's title)")
    if ("लेख" in f or "the " in f) and F.WRITER_NOTE.match(f):
        return WRITER_NOTE_ROLE
    if s.words <= F.MAX_NEWSLETTER_WORDS and (role := F.role_of(f, F.NEWSLETTER, F.NEWSLETTER_CUES)) is not None:
        return role
    if s.words <= F.MAX_COMMENT_WORDS and F.comment_prompt(f):
        return ("boilerplate:comment", "comment prompt")
    if s.words <= F.MAX_PROMO_WORDS and ("ऐप" in f or "app" in f) and F.APP_PROMO.search(f):
        return ("boilerplate:share", "the outlet's app and social pages")
    if s.words <= F.MAX_PROMO_WORDS and ("news" in f or "updates" in f) and F.NEWS_PROMO.match(f):
        return ("boilerplate:other", "the site's line about its own news")
    if s.date and s.words <= MAX_DATED_BYLINE_WORDS and not s.terminal and (F.BYLINE in can and F.BYLINE.match(f) or F.CREDIT_INSIDE.search(f)):
        return DATED_BYLINE_ROLE  # "लेखक: … 27 जनवरी 2026, 2:30 अपराह्न …"
    if s.date and not s.date_line and s.words <= MAX_DATED_BYLINE_WORDS and not s.terminal \
            and (_PAGE_COUNTS.search(f) or F.READ_TIME_INSIDE.search(f)):
        # a theme's row of post facts read as one line: "कमलेश जांगिड़ 16 दिसम्बर 2027, 4:20 अपराह्न सीकर, शिक्षा 2 टिप्पणियाँ
        # 2,377 व्यूज 3 मिनट में पढ़ें"
        return DATED_BYLINE_ROLE
    if s.words <= F.MAX_RECORDING_WORDS and F.RECORDING in can and F.RECORDING.match(f):
        return ("boilerplate:other", "audio player (a recording and its length)")
    if s.words <= MAX_SCREENSHOT_WORDS and not s.terminal and ("स्क्रीन" in f or "फ्रेम" in f or "screen" in f or "frame" in f) \
            and F.SCREENSHOT.search(f):
        return ("caption", "a screenshot's or a keyframe's caption")
    if s.words <= F.MAX_TIP_WORDS and ("हमें" in f or "हमसे" in f or "whatsapp" in f or "tipline" in f or "tip line" in f) and F.TIP_LINE.search(f):
        return ("boilerplate:share", "the outlet's call for tips (its WhatsApp number or e-mail)")
    if s.words <= MAX_CREDIT_WORDS and F.CREDITS.match(f):
        return ("byline", "the page's credits (graphics, references)")
    if s.words <= MAX_IMPRINT_WORDS and not s.terminal and F.IMPRINT.match(f):
        return ("boilerplate:other", "the outlet's imprint (editor, office, registration, contact for ads or news)")
    if "@" in f and s.words <= 8 and F.EMAILS_ALONE.match(f):
        return ("boilerplate:other", "the reporters' e-mail addresses")
    if F.RELATED_MARKER in can and F.RELATED_MARKER.match(f):
        return ("boilerplate:related-story", "link to another story ('यह भी पढ़ें', 'Also Read')")
    if s.words <= MAX_MORE_NEWS_WORDS and F.more_news(f):
        return ("boilerplate:related-story", "heading over other stories of a place or topic ('… की और खबरें')")
    if (s.words <= 80 or F.COOKIE_NOTICE.search(f)) and F.LEGAL.search(f, can):
        return ("boilerplate:legal", "copyright, cookie or disclaimer text")
    if F.HOROSCOPE in can and F.HOROSCOPE.match(f):
        return ("boilerplate:other", "horoscope widget")
    if 12 < s.words <= 25 and F.SHARE.search(f, can):
        return ("boilerplate:share", "share/follow/app prompt")
    if s.date_line:
        return DATE_LINE_ROLE
    if s.words <= MAX_DATED_BYLINE_WORDS and _CLOCK.search(f) and _facts(f):
        # "سید فرحان علی | اشاعت: 05 جون 2026، 07:45 PM IST | …": page facts with a time, whatever the language
        return ("date", "a line of page facts with a time")
    if s.relative_time:
        return ("date", "relative time of a teaser")
    return None
