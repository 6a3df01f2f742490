"""Small loops of the HTML path, in C where the optional extension ``_speed.c`` is built, else in Python; both give
the same answer. The UTF-8 check, word counts and subtree sums have their Python twins here; the furniture marks and
the content finder have theirs beside their callers (``html/blocks.py``, ``html/content.py``).
``KHABAR_PURE_PYTHON=1`` uses the Python ones."""
from __future__ import annotations

import gc
import importlib
import os
from functools import lru_cache

import regex

WORD_RUN = regex.compile(r"[\p{L}\p{M}\p{N}]+")  # a word as the cleaner counts words (joiners already removed)


def extension(name: str):
    """The optional C extension ``khabar.<name>``, or None where it is not built or KHABAR_PURE_PYTHON=1."""
    if os.environ.get("KHABAR_PURE_PYTHON"):
        return None
    try:
        return importlib.import_module(f"khabar.{name}")
    except ImportError:
        return None


C = extension("_speed")  # the extension, or None (not built, or KHABAR_PURE_PYTHON=1)


def settle() -> None:
    """Take every object alive now out of the cyclic garbage collector's reach (``gc.freeze``): modules, compiled
    patterns, lexicons and models live as long as the process, and each full collection would walk them all again
    (about 20 ms with khabar loaded, a few times in every hundred pages). Objects made later are collected as usual.
    ``KHABAR_NO_GC_FREEZE=1`` leaves the collector as it is."""
    if not os.environ.get("KHABAR_NO_GC_FREEZE"):
        gc.freeze()


def utf8_valid_python(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def count_words_python(text: str) -> int:
    return len(WORD_RUN.findall(text))


def subtree_sums_python(parent: list[int], values: list) -> list:
    """Each element's value plus those of every element below it. Elements are numbered in document order, so a
    child's number is above its parent's: one pass from the last element up, whatever the depth."""
    for e in range(len(values) - 1, 0, -1):
        if parent[e] >= 0:
            values[parent[e]] += values[e]
    return values


@lru_cache(maxsize=1)
def _word_table() -> bytes:
    """1 for each code point below 65,536 that WORD_RUN reads as a word character: the regex module's own classes,
    so the C count agrees with it."""
    table = bytearray(65536)
    for m in WORD_RUN.finditer("".join(map(chr, range(65536)))):
        table[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return bytes(table)


def utf8_valid(data: bytes) -> bool:
    """True when ``data`` decodes as UTF-8 (strict)."""
    return C.utf8_valid(data) if C is not None else utf8_valid_python(data)


def count_words(text: str) -> int:
    """Runs of letters, marks and digits in ``text`` (``len(WORD_RUN.findall(text))``)."""
    if C is not None:
        n = C.count_words(text, _word_table())
        if n >= 0:
            return n
    return count_words_python(text)


def subtree_sums(parent: list[int], values: list) -> list:
    return C.subtree_sums(parent, values) if C is not None else subtree_sums_python(parent, values)
