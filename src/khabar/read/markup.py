"""Pages that an HTML-to-text tool wrote (lynx, w3m, html2text, pandoc): their marks off each line, one line for one.

lynx numbers every link ("[12]होम") and lists the addresses under "References"; html2text and pandoc write Markdown
("# शीर्षक", "**…**", "[होम](https://…)"). The cleaner reads words, so each line loses the marks its tool added
and keeps its place: line n of the output is line n of the input. A page shows its tool by many marks of one kind,
so brackets in an ordinary story are left alone.
"""
from __future__ import annotations

import regex

_LYNX_LINK = regex.compile(r"\[\d{1,4}\](?=\S)")  # "[12]होम"
_LYNX_FIELD = regex.compile(r"\[\d{1,4}\]_{4,}")  # a form's text box: "[4]____________________"
_MD_IMAGE = regex.compile(r"!\[([^\[\]\n]{0,300})\]\([^()\s]{1,2000}(?:\s+\"[^\"\n]{0,200}\")?\)")
_MD_LINK = regex.compile(r"\[([^\[\]\n]{1,500})\]\([^()\s]{1,2000}(?:\s+\"[^\"\n]{0,200}\")?\)")
_MD_HEADING = regex.compile(r"^\s{0,3}#{1,6}\s+")
_MD_STRONG = regex.compile(r"(\*\*|__)(?=\S)([^\n]{1,2000}?)(?<=\S)\1")
_MD_EMPHASIS = regex.compile(r"^(\s*)_(?=\S)([^\n]{1,2000}?)(?<=\S)_\s*$")  # a whole line in italics (a caption)
_MD_QUOTE = regex.compile(r"^\s{0,3}>\s?")

# How many lines must show a tool's marks before the page is read as that tool's.
MIN_MARKED = 3


def dialect(lines: list[str]) -> str | None:
    """"lynx", "markdown" or None (an ordinary page)."""
    lynx = sum(1 for line in lines if _LYNX_LINK.search(line))
    markdown = sum(1 for line in lines if _MD_LINK.search(line) or _MD_HEADING.match(line) and line.strip("# "))
    if lynx >= MIN_MARKED and lynx >= markdown:
        return "lynx"
    if markdown >= MIN_MARKED:
        return "markdown"
    return None


def unmark(lines: list[str]) -> tuple[list[str], str | None]:
    """The lines without their tool's marks, and the tool's name (None: the lines unchanged)."""
    tool = dialect(lines)
    if tool == "lynx":
        return [_LYNX_LINK.sub("", _LYNX_FIELD.sub("", line)) for line in lines], tool
    if tool == "markdown":
        return [_markdown_line(line) for line in lines], tool
    return lines, None


_REFERENCE = regex.compile(r"^\s*(?:\d{1,4}\.\s+\S+|(?:Visible|Hidden)\s+links:)\s*$")


def appended(lines: list[str], tool: str | None) -> frozenset[int]:
    """The lines lynx appends under "References": its numbered list of the links' addresses."""
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
