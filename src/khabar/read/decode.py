"""Bytes to text: encoding detection, and repair of Hindi that was once decoded with the wrong code page.

Real flattened pages come as UTF-8, UTF-16 with a BOM, legacy 8-bit encodings, and UTF-8 that someone decoded as
cp866 (DOS Cyrillic) and saved again: "рд╕рд▓рдорд╛рди" for "सलमान". ftfy repairs the Windows-1252/Latin-1 kind but not
cp866, so that one is undone here line by line; a line is only changed when the repair yields Devanagari.
"""
from __future__ import annotations

import codecs

import charset_normalizer
import regex

from ..errors import InputError

MAX_BYTES = 20 * 1024 * 1024  # inputs above this are refused: a news page is well under 5 MB of text
# Devanagari UTF-8 lead byte E0 followed by A4/A5, read as cp866, is "р" followed by "д" or "е".
_CP866_MOJIBAKE = regex.compile(r"р[де]")
# The same bytes read as Windows-1252 / Latin-1: "à¤" / "à¥".
_LATIN1_MOJIBAKE = regex.compile(r"à[¤¥]")
_DEVANAGARI = regex.compile(r"\p{Devanagari}")


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode page bytes; returns ``(text, encoding, warnings)`` or raises :class:`InputError`.

    >>> decode("सलमान".encode())[0]
    'सलमान'
    """
    if len(data) > MAX_BYTES:
        raise InputError(f"file is {len(data) / 2**20:.0f} MB; the limit is {MAX_BYTES // 2**20} MB", "too-large")
    if not data.strip():
        raise InputError("file is empty" if not data else "file holds only whitespace", "empty")
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16"), "utf-16", warnings
    if b"\x00" in data[:4096] or _control_ratio(data[:4096]) > 0.1:
        raise InputError("file is binary, not text (NUL or control bytes)", "binary")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as err:
        best = charset_normalizer.from_bytes(data[:200_000]).best()
        if best is None or best.encoding in ("utf_8",):
            raise InputError(f"file is not UTF-8 (bad byte at offset {err.start}) and its encoding could not be detected", "encoding") from None
        encoding = best.encoding
        text = data.decode(encoding, errors="replace")
        warnings.append(f"not UTF-8: decoded as {encoding}")
    text, repaired = repair_mojibake(text)
    if repaired:
        warnings.append(f"repaired mojibake on {repaired} line(s)")
    return text, encoding, warnings


def _control_ratio(data: bytes) -> float:
    controls = sum(1 for b in data if b < 9 or 13 < b < 32)
    return controls / max(1, len(data))


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo cp866 and Windows-1252 mojibake line by line; returns the text and the number of lines changed.

    >>> repair_mojibake("सलमान".encode().decode("cp866"))
    ('सलमान', 1)
    """
    if not (_CP866_MOJIBAKE.search(text) or _LATIN1_MOJIBAKE.search(text)):
        return text, 0
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        fixed = _repair_line(line)
        if fixed != line:
            lines[i] = fixed
            changed += 1
    return "\n".join(lines), changed


def _repair_line(line: str) -> str:
    if len(_CP866_MOJIBAKE.findall(line)) >= 2:
        fixed = _recode(line, "cp866")
        if fixed is not None:
            return fixed
    if len(_LATIN1_MOJIBAKE.findall(line)) >= 2:
        import ftfy  # only pages that need it pay for the import

        return ftfy.fix_text(line)
    return line


def _recode(line: str, wrong: str) -> str | None:
    try:
        raw = line.encode(wrong)
    except UnicodeEncodeError:
        # Mixed line: recode only the runs that the wrong code page can encode.
        parts = regex.split(r"([^\x00-\x7f]+)", line)
        out = []
        for part in parts:
            try:
                out.append(part.encode(wrong).decode("utf-8", errors="replace").replace("\ufffd", " ") if part and not part.isascii() else part)
            except UnicodeEncodeError:
                out.append(part)
        fixed = "".join(out)
    else:
        fixed = raw.decode("utf-8", errors="replace").replace("\ufffd", " ")
    return fixed if len(_DEVANAGARI.findall(fixed)) >= 2 else None
