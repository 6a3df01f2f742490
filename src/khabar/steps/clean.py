"""Step ``clean``: every line gets its role; the article text is built from the kept lines."""
from __future__ import annotations

from ..article import TEXT_ROLES, Line, Paragraph
from ..clean.furniture import site_claim_minutes
from ..clean.page import classify
from ..page import Page
from ..text.dates import find_date

PARAGRAPH_BREAK = "\n\n"


def clean(page: Page) -> None:
    verdict = classify(page.lines)
    page.verdict = verdict
    a = page.article
    a.page_type = verdict.page_type
    a.dateline = verdict.dateline
    a.lines = [Line(n=n, role=role, reason=reason, text=page.lines[n].strip()) for n, (role, reason) in sorted(verdict.roles.items())]
    by_role: dict[str, list[Line]] = {}
    for line in a.lines:
        by_role.setdefault(line.role, []).append(line)
    first = lambda role: by_role[role][0].text if role in by_role else None  # noqa: E731
    a.headline = first("headline")
    a.standfirst = first("standfirst")
    a.caption = first("caption")
    a.byline = first("byline")
    a.subheads = [line.text for line in by_role.get("subhead", [])]
    for line in by_role.get("date", []):
        found = find_date(line.text)
        if found:
            a.published = found.iso
            break
    if a.published is None and a.byline:
        found = find_date(a.byline)
        a.published = found.iso if found else None
    for line in by_role.get("boilerplate:read-time", []):
        if (claim := site_claim_minutes(line.text)) is not None:
            page.site_claim = claim
            break
    parts, offset = [], 0
    for line in a.lines:
        if line.role not in TEXT_ROLES:
            continue
        if parts:
            offset += len(PARAGRAPH_BREAK)
        a.paragraphs.append(Paragraph(start=offset, end=offset + len(line.text), role=line.role, line=line.n))
        parts.append(line.text)
        offset += len(line.text)
    a.text = PARAGRAPH_BREAK.join(parts)
    if a.page_type != "article":
        a.headline = a.standfirst = a.caption = None
