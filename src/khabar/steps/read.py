"""Step ``read``: bytes to normalized lines (encoding detected, mojibake repaired, NFC policy applied)."""
from __future__ import annotations

from ..page import Page
from ..read.decode import decode
from ..read.markup import appended, unmark
from ..text.normalize import normalize


def read(page: Page) -> None:
    text, _encoding, warnings = decode(page.data)
    page.article.warnings.extend(warnings)
    # Split before normalizing so line numbers stay those of text.split("\n") on the input.
    raw_lines = text.replace("\r\n", "\n").split("\n")
    page.lines, tool = unmark([normalize(line.replace("\r", " ")) for line in raw_lines])
    page.tool_lines = appended(page.lines, tool)
    if tool:
        page.article.warnings.append(f"text written by an HTML-to-text tool ({tool}): its marks were taken off")
    page.text = "\n".join(page.lines)
