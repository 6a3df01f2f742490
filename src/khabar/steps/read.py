"""Step ``read``: bytes to normalized lines (encoding detected, mojibake repaired, NFC policy applied)."""
from __future__ import annotations

from ..page import Page
from ..read.decode import decode
from ..text.normalize import normalize


def read(page: Page) -> None:
    text, _encoding, warnings = decode(page.data)
    page.article.warnings.extend(warnings)
    # Split before normalizing so line numbers stay those of text.split("\n") on the input.
    raw_lines = text.replace("\r\n", "\n").split("\n")
    page.lines = [normalize(line.replace("\r", " ")) for line in raw_lines]
    page.text = "\n".join(page.lines)
