"""Pages that an HTML-to-text tool wrote (lynx, w3m, html2text, pandoc), a screen reader spoke or a messaging app
shared: their marks off each line, one line for one.

lynx numbers every link ("[12]होम") and lists the addresses under "References"; html2text and pandoc write Markdown
("# शीर्षक", "**…**", "[होम](https://…)"). The cleaner reads words, so each line loses the marks its tool added
and keeps its place: line n of the output is line n of the input. A page shows its tool by many marks of one kind,
so brackets in an ordinary story are left alone.
"""
from __future__ import annotations

import html

import regex

from ..text.normalize import normalize

_LYNX_LINK = regex.compile(r"\[\d{1,4}\](?=\S)")  # "[12]होम"
_LYNX_FIELD = regex.compile(r"\[\d{1,4}\]_{4,}")  # a form's text box: "[4]____________________"
_MD_IMAGE = regex.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\s]{1,2000}(?:\s+\"[^\"\n]{0,200}\")?\)")
_MD_LINK = regex.compile(r"\[([^\[\]\n]{1,500})\]\([^()\s]{1,2000}(?:\s+\"[^\"\n]{0,200}\")?\)")
_MD_HEADING = regex.compile(r"^\s{0,3}#{1,6}\s+")
_MD_STRONG = regex.compile(r"(\*\*|__)(?=\S)([^\n]{1,2000}?)(?<=\S)\1")
_MD_EMPHASIS = regex.compile(r"^(\s*)_(?=\S)([^\n]{1,2000}?)(?<=\S)_\s*$")  # a whole line in italics (a caption)
_MD_QUOTE = regex.compile(r"^\s{0,3}>\s?")

# A screen reader's words, copied with the page's text: a role before a line's text ("लिंक होम", "बटन खोजें",
# "शीर्षक स्तर 2 …", "link Home"), and lines that are only the reader's ("सूची 5 आइटम", "सूची से बाहर", "मुख्य
# लैंडमार्क", "छवि: <the picture's alt text>").
_SR_ROLE = regex.compile(r"^\s*(?:(?:विज़िट किया गया|विजिट किया गया|visited)\s+)?(?:लिंक|बटन|शीर्षक\s+स्तर\s+\d|link|button|"
                         r"heading\s+level\s+\d)\s+(?=\S)", regex.IGNORECASE)
_SR_ONLY = regex.compile(r"^\s*(?:सूची\s+\d+\s+आइटम|सूची\s+से\s+बाहर|लेख(?:\s+से\s+बाहर)?|(?:[\p{L}\p{M}]+\s+){0,3}लैंडमार्क"
                         r"(?:\s+[\p{L}\p{M}]+){0,3}|(?:छवि|ग्राफ़िक|ग्राफिक|image|graphic)\s*:.*|list\s+with\s+\d+\s+items?|"
                         r"out\s+of\s+list|(?:\w+\s+){0,3}landmark(?:\s+\w+){0,3}|out\s+of\s+article)\s*$", regex.IGNORECASE)
MIN_SPOKEN = 5  # lines with a screen reader's words before a page is read as its copy
# A messaging app's marks (WhatsApp, Telegram): a whole line in *bold* or _italics_ ("*मुख्य बातें*").
_CHAT_BOLD = regex.compile(r"^(\s*)\*(?=[^\s*])([^*\n]{1,500}?)(?<=[^\s*])\*(\s*)$")
_CHAT_ITALIC = regex.compile(r"^(\s*)_(?=[^\s_])([^_\n]{1,500}?)(?<=[^\s_])_(\s*)$")
MIN_CHAT = 2

# A news feed (RSS or Atom) printed as text, one "field: value" per line: the story's fields lose their names, and
# the feed's own fields (addresses, ids, categories, counts, the channel's build time) are the tool's lines.
_FEED_TEXT = regex.compile(r"^\s*(?:title|description|summary|content:encoded|content)\s*:\s?", regex.IGNORECASE)
_FEED_META = regex.compile(r"^\s*(?:link|guid|id|comments|slash:comments|wfw:commentrss|category|categories|tags?|lastbuilddate|"
                           r"generator|language|feed|channel|enclosure|media:[a-z]+|atom:link|sy:[a-z]+)\s*:.*$|"
                           r"^\s*-{2,}\s*item\s+\d+(?:\s+of\s+\d+)?\s*-{2,}\s*$|"
                           r"^\s*the\s+post\s+[^\n]{1,500}?\s+appeared\s+first\s+on\s+[^\n]{1,200}$", regex.IGNORECASE)  # (WordPress's)
_FEED_DATE = regex.compile(r"^\s*(?:pubdate|published|updated|dc:date)\s*:", regex.IGNORECASE)
MIN_FEED = 4  # a feed's field names, a title among them, before a page is read as a feed

# How many lines must show a tool's marks before the page is read as that tool's.
MIN_MARKED = 3


def dialect(lines: list[str]) -> str | None:
    """"lynx", "markdown", "news feed", "messaging app", "screen reader" or None (an ordinary page)."""
    lynx = sum(1 for line in lines if _LYNX_LINK.search(line))
    markdown = sum(1 for line in lines if _MD_LINK.search(line) or _MD_HEADING.match(line) and line.strip("# "))
    if lynx >= MIN_MARKED and lynx >= markdown:
        return "lynx"
    if markdown >= MIN_MARKED:
        return "markdown"
    if ":" in "".join(lines[:40]) and _feed(lines):
        return "news feed"
    whole = "\n".join(lines)  # (a plain substring test first: the per-line patterns run on the few pages that can match)
    if "*" in whole and sum(1 for line in lines if _CHAT_BOLD.match(line)) >= MIN_CHAT:
        return "messaging app"
    if any(word in whole for word in _SR_WORDS):
        spoken = sum(1 for line in lines if _SR_ROLE.match(line) or _SR_ONLY.match(line))
        if spoken >= MIN_SPOKEN and sum(1 for line in lines if _SR_ONLY.match(line)) >= MIN_MARKED:
            return "screen reader"
    return None


_SR_WORDS = ("लैंडमार्क", "आइटम", "landmark", "Landmark", "items", "out of list")


def unmark(lines: list[str]) -> tuple[list[str], str | None]:
    """The lines without their tool's marks, and the tool's name (None: the lines unchanged)."""
    tool = dialect(lines)
    if tool == "lynx":
        return [_LYNX_LINK.sub("", _LYNX_FIELD.sub("", line)) for line in lines], tool
    if tool == "markdown":
        return [_markdown_line(line) for line in lines], tool
    if tool == "messaging app":
        return [_CHAT_ITALIC.sub(r"\1\2\3", _CHAT_BOLD.sub(r"\1\2\3", line)) for line in lines], tool
    if tool == "screen reader":
        return [_SR_ROLE.sub("", line) for line in lines], tool
    if tool == "news feed":
        return [_feed_line(line) for line in lines], tool
    return lines, None


def _feed_line(line: str) -> str:
    """A feed's line without its field's name, its HTML escapes ("&quot;", "&nbsp;") undone."""
    line = _FEED_TEXT.sub("", line)
    return normalize(html.unescape(line)) if "&" in line else line


def _feed(lines: list[str]) -> bool:
    """Lines that name a feed's fields: a title, a date and the feed's own fields (a link, an id, categories)."""
    head = lines[:200]
    titles = sum(1 for line in head if _FEED_TEXT.match(line) and line.lstrip()[:1] in "tT")
    dates = sum(1 for line in head if _FEED_DATE.match(line))
    meta = sum(1 for line in head if _FEED_META.match(line))
    return titles >= 1 and dates >= 1 and meta >= MIN_FEED - 2 and titles + dates + meta >= MIN_FEED


_REFERENCE = regex.compile(r"^\s*(?:\d{1,4}\.\s+\S+|(?:Visible|Hidden)\s+links:)\s*$")


def appended(lines: list[str], tool: str | None) -> frozenset[int]:
    """The lines lynx appends under "References" (its numbered list of the links' addresses), or a screen reader's
    own lines (landmarks, list counts, a picture's alt text)."""
    if tool == "screen reader":
        return frozenset(n for n, line in enumerate(lines) if _SR_ONLY.match(line))
    if tool == "news feed":
        return frozenset(n for n, line in enumerate(lines) if _FEED_META.match(line))
    if tool != "lynx":
        return frozenset()
    start = next((n for n in range(len(lines) - 1, -1, -1) if lines[n].strip() == "References"), None)
    if start is None or not all(_REFERENCE.match(line) for line in lines[start + 1 :] if line.strip()):
        return frozenset()
    return frozenset(n for n in range(start, len(lines)) if lines[n].strip())


def _markdown_line(line: str) -> str:
    if "](" in line:
        line = _MD_IMAGE.sub(lambda m: f"[{m.group(1) or 'चित्र'}]", line)
        line = _MD_LINK.sub(r"\1", line)
    line = _MD_HEADING.sub("", line)
    line = _MD_QUOTE.sub("", line)
    if "**" in line or "__" in line:
        line = _MD_STRONG.sub(r"\2", line)
    return _MD_EMPHASIS.sub(r"\1\2", line)
