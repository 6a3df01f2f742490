"""Step ``clean``: every line gets its role; the article text is built from the kept lines."""
from __future__ import annotations

import regex
from pydantic import TypeAdapter

from ..article import TEXT_ROLES, Line, Paragraph
from ..clean.furniture import site_claim_minutes
from ..clean.page import classify
from ..page import Page
from ..text.dates import find_date, published_in

PARAGRAPH_BREAK = "\n\n"
PARAGRAPHS, LINES = TypeAdapter(list[Paragraph]), TypeAdapter(list[Line])  # one validation call per list


def clean(page: Page) -> None:
    tool = page.tool_lines
    verdict = classify([("" if n in tool else line) for n, line in enumerate(page.lines)] if tool else page.lines)
    for n in tool:
        verdict.roles[n] = ("boilerplate:other", "a line of the tool that wrote the text (a text browser's list of link "
                                                 "addresses, a screen reader's landmarks, list counts and alt texts)")
    page.verdict = verdict
    a = page.article
    a.page_type = verdict.page_type
    a.lines = LINES.validate_python([{"n": n, "role": role, "reason": reason, "text": page.lines[n].strip()}
                                     for n, (role, reason) in sorted(verdict.roles.items())])
    fill(page, a.lines, "line")
    a.dateline = verdict.dateline or (lede_dateline(a.lines) if a.page_type == "article" else None)


# A Hindi lede that opens with its place: "बेंगलुरु: ...", "नई दिल्ली (भाषा)। ...", "हरगांव (सीतापुर): ...".
_DATELINE = regex.compile(r"^\s*(\p{Devanagari}+(?:[ -]\p{Devanagari}+){0,2})\s*(?:\([^()]{1,40}\))?\s*[:।|ः]\s*\S")


def lede_dateline(items: list) -> str | None:
    """The place that opens the story's first body paragraph, when no line of its own gives one."""
    lede = next((item for item in items if item.role == "body"), None)
    m = _DATELINE.match(lede.text) if lede else None
    return m.group(1) if m else None


DAY_ONLY = len("2033-09-14")


def fill(page: Page, items: list, key: str) -> None:
    """Fields and clean text from classified lines or blocks (``items`` have n, role, text; ``key`` names n)."""
    a = page.article
    by_role: dict[str, list] = {}
    for item in items:
        by_role.setdefault(item.role, []).append(item)
    first = lambda role: by_role[role][0].text if role in by_role else None  # noqa: E731
    a.headline = first("headline")
    a.standfirst = first("standfirst")
    a.caption = first("caption")
    a.byline = first("byline")
    a.subheads = [item.text for item in by_role.get("subhead", [])]
    a.published = published_in([item.text for item in by_role.get("date", [])])
    if (a.published is None or len(a.published) == DAY_ONLY) and a.byline:
        # (a dated byline gives the time of the day a date strip shows alone: "बुधवार, १४ सितंबर २०३३" above,
        # "लेखक: … | १४ सितंबर २०३३, १८:४५" under the title)
        found = find_date(a.byline)
        if found is not None and (a.published is None or found.has_time and found.iso[:DAY_ONLY] == a.published):
            a.published = found.iso
    for item in by_role.get("boilerplate:read-time", []):
        if (claim := site_claim_minutes(item.text)) is not None:
            page.site_claim = claim
            break
    parts, paragraphs, offset = [], [], 0
    words = {s.n: s.words for s in page.verdict.shapes} if page.verdict else {}
    joined = (getattr(page.verdict, "joined", None) or {}) if key == "line" else {}
    counted, last = 0, None
    for item in items:
        if item.role not in TEXT_ROLES:
            continue
        counted = counted + words[item.n] if counted is not None and item.n in words else None
        if parts and item.n in joined and joined.get(last, last) == joined[item.n] and item.role == paragraphs[-1]["role"]:
            # a wrapped line of the paragraph above (a printed column's, a phone's): one paragraph again
            glue = parts[-1].endswith("-")
            parts[-1] = (parts[-1][:-1] if glue else parts[-1] + " ") + item.text
            offset += len(item.text) + (-1 if glue else 1)
            paragraphs[-1]["end"] = offset
            last = item.n
            continue
        last = item.n
        if parts:
            offset += len(PARAGRAPH_BREAK)
        paragraphs.append({"start": offset, "end": offset + len(item.text), "role": item.role, key: item.n})
        parts.append(item.text)
        offset += len(item.text)
    a.paragraphs.extend(PARAGRAPHS.validate_python(paragraphs))
    a.text = PARAGRAPH_BREAK.join(parts)
    page.text_words = counted  # the cleaner counted each kept line's words already: reading time needs no second pass
    if a.page_type != "article":
        a.headline = a.standfirst = a.caption = None
