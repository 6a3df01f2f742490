"""HTML bytes to text: gzip, sniffing, and the charset (the bytes win over a wrong declaration)."""
from __future__ import annotations

import codecs
import gzip
import zlib

import charset_normalizer
import regex

from ..errors import InputError
from ..speed import utf8_valid

MAX_HTML_BYTES = 64 * 1024 * 1024  # a 30 MB page is parsed; above this it is refused
_SNIFF = regex.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|script)\b",
                       regex.IGNORECASE | regex.DOTALL)
_TAGS = regex.compile(rb"</?(?:html|head|body|div|p|span|a|meta|script|title|article|section)\b", regex.IGNORECASE)
_DECLARED = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:-]{2,40})""", regex.IGNORECASE)


def gunzip(data: bytes) -> bytes:
    """Decompress a .gz page, reading at most the size limit (a gzip bomb stops there)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, MAX_HTML_BYTES + 1)
    except zlib.error as err:
        raise InputError(f"corrupt gzip data ({err})", "gzip") from None
    if not d.eof and len(out) <= MAX_HTML_BYTES:
        raise InputError("gzip data is cut short (truncated file)", "gzip")
    if len(out) > MAX_HTML_BYTES:
        raise InputError(f"page is over {MAX_HTML_BYTES // 2**20} MB once decompressed", "too-large")
    if not out:
        raise InputError("gzip data holds nothing", "empty")
    return out


def is_gzip(data: bytes) -> bool:
    return data[:2] == b"\x1f\x8b"


def looks_like_html(data: bytes) -> bool:
    """True for a page that starts like HTML or holds many tags near its start."""
    head = data[:4096].lstrip(codecs.BOM_UTF8)
    return bool(_SNIFF.match(head)) or len(_TAGS.findall(head)) >= 5


_DOCUMENT = regex.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", regex.IGNORECASE | regex.DOTALL)


def starts_like_html(data: bytes) -> bool:
    """True for a whole HTML document: it opens with a doctype, <html>, <head> or <body> (a scrape's text may open with
    a leftover "<div …>")."""
    return bool(_DOCUMENT.match(data[:4096].lstrip(codecs.BOM_UTF8)))


def decode_html(data: bytes) -> tuple[str | None, bool, list[str]]:
    """The page as text, whether its bytes are UTF-8, and any warnings. Valid UTF-8 is UTF-8 whatever the page
    declares; otherwise the declared charset, then detection. The text is None for UTF-8 bytes: the parser reads
    them as they are, and decoding a whole page costs more than checking it."""
    if len(data) > MAX_HTML_BYTES:
        raise InputError(f"page is {len(data) / 2**20:.0f} MB; the limit is {MAX_HTML_BYTES // 2**20} MB", "too-large")
    if not data.strip():
        raise InputError("file is empty" if not data else "file holds only whitespace", "empty")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), False, []
    if b"\x00" in data[:4096]:
        raise InputError("file is binary, not HTML (NUL bytes)", "binary")
    m = _DECLARED.search(data[:8192])
    declared = m.group(1).decode("ascii", "replace").lower() if m else None
    if utf8_valid(data):
        warn = [f"page declares charset {declared} but its bytes are UTF-8; read as UTF-8"] if declared and _codec(declared) not in (None, "utf-8") else []
        return None, True, warn
    codec = _codec(declared) if declared else None
    if codec and codec != "utf-8":
        return data.decode(codec, errors="replace"), False, []
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding.startswith(("cp125", "iso8859", "latin")) and _decodes(data, "cp1252"):
        encoding = "cp1252"  # the web's default single-byte charset (WHATWG); detectors confuse its neighbours
    note = f"page declares charset {declared} but is not valid UTF-8" if declared else "page is not UTF-8 and declares no charset"
    return data.decode(encoding, errors="replace"), False, [f"{note}; decoded as {encoding}"]


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def _codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name.replace("_", "-")
    except LookupError:
        return None
