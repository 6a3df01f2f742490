"""``khabar eval extraction DIR``: main text and metadata of HTML pages against fundus-style references.

A reference is ``<name>.html.gz`` beside ``<name>.gold.json`` (``title``, ``authors``, ``publishing_date``,
``body: {summary, sections: [{headline, paragraphs}]}``). The gold body is the summary, the section headlines and
the paragraphs, as khabar's ``text`` is standfirst, subheads and body. Body tokens are ``[\\p{L}\\p{M}\\p{N}]+`` of the
NFC, lower-cased text, compared as bags. In the same run, on the same pages: trafilatura (default and
``favor_precision``), readability-lxml and resiliparse when they are installed (``pip install -e '.[eval]'``),
each timed over the whole path from bytes to text, so every figure is a ratio on the same machine. Every system
first reads every page once untimed (that pass is the one scored), then all are timed over ``REPEAT`` more passes,
page by page in turn (khabar, then each baseline, on the same page), so that a change in the shared machine's load
touches every system alike and the ratios hold. khabar is timed twice: the whole ``analyze`` path (quotes and entities included, for the pages in Hindi) and the
extraction steps alone (what the other systems do: text and metadata).
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Callable

import regex

from ..pipeline import HTML_STEPS, analyze_bytes

TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]+")
REPEAT = 3
# A system maps the page's raw bytes to (body text, title, published ISO or None, authors).
System = Callable[[bytes], tuple[str, str | None, str | None, list[str]]]


def load_pages(folder: Path) -> list[dict]:
    pages = []
    for html in sorted(folder.rglob("*.html.gz")):
        gold = html.with_name(html.name.removesuffix(".html.gz") + ".gold.json")
        if gold.exists():
            pages.append({"name": str(html.relative_to(folder)), "data": html.read_bytes(), "gold": json.loads(gold.read_text("utf-8"))})
    return pages


def _texts(value) -> list[str]:
    """A reference field as a list of texts: fundus writes lists, hand-written references often a plain string."""
    if isinstance(value, str):
        return [value] if value else []
    return [v for v in value or [] if isinstance(v, str)]


def gold_body(gold: dict) -> str:
    body = gold.get("body") or {}
    parts = _texts(body.get("summary"))
    for section in body.get("sections") or []:
        parts += _texts(section.get("headline")) + _texts(section.get("paragraphs"))
    return "\n".join(parts)


def tokens(text: str) -> Counter:
    return Counter(TOKEN.findall(unicodedata.normalize("NFC", text or "").lower()))


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    p, g = tokens(predicted), tokens(gold)
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _same_text(a: str | None, b: str | None) -> bool:
    norm = lambda s: " ".join(unicodedata.normalize("NFC", s or "").split())  # noqa: E731
    return bool(a) and norm(a) == norm(b)


def _parse(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None


def same_time(predicted: str | None, gold: str | None) -> bool:
    """Right to the minute; when the reference has a UTC offset, the same offset too."""
    p, g = _parse(predicted), _parse(gold)
    if p is None or g is None:
        return False
    if p.replace(second=0, microsecond=0, tzinfo=None) != g.replace(second=0, microsecond=0, tzinfo=None):
        return False
    return g.utcoffset() is None or p.utcoffset() == g.utcoffset()


def khabar_system(data: bytes) -> tuple[str, str | None, str | None, list[str]]:
    a = analyze_bytes(data, html=True)
    return a.text, a.headline, a.published, a.authors


def extraction_only(data: bytes) -> tuple[str, str | None, str | None, list[str]]:
    """The same Article without the quote and entity steps: what the other systems do (text and metadata)."""
    a = analyze_bytes(data, html=True, steps=[s for s in HTML_STEPS if s.__name__ not in ("quotes", "entities")])
    return a.text, a.headline, a.published, a.authors


def baselines() -> dict[str, System]:
    """The other extractors that are installed, by name."""
    found: dict[str, System] = {}
    try:
        import trafilatura

        def traf(precision: bool) -> System:
            def run(data: bytes):
                doc = trafilatura.bare_extraction(data, favor_precision=precision, with_metadata=True)
                if doc is None:
                    return "", None, None, []
                d = doc if isinstance(doc, dict) else doc.as_dict()
                authors = [x.strip() for x in (d.get("author") or "").split(";") if x.strip()]
                return d.get("text") or "", d.get("title"), d.get("date"), authors
            return run

        found["trafilatura"] = traf(False)
        found["trafilatura_precision"] = traf(True)
    except ImportError:
        pass
    try:
        import logging

        from readability import Document

        logging.getLogger("readability").setLevel(logging.CRITICAL)  # it logs a traceback for pages it cannot read

        def readability_run(data: bytes):
            from lxml import html as lxml_html

            doc = Document(data)
            text = lxml_html.fromstring(doc.summary()).text_content()
            return text, doc.short_title(), None, []

        found["readability"] = readability_run
    except ImportError:
        pass
    try:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.encoding import bytes_to_str, detect_encoding

        def resiliparse_run(data: bytes):
            html = bytes_to_str(data, detect_encoding(data))
            return extract_plain_text(html, main_content=True), None, None, []

        found["resiliparse"] = resiliparse_run
    except ImportError:
        pass
    return found


def _run(system: System, data: bytes) -> tuple:
    try:
        return system(data)
    except Exception as err:  # a baseline that fails on a page scores zero there
        return "", None, None, [f"error: {err}"]


def speeds(systems: dict[str, System], raw: list[bytes], repeat: int = REPEAT) -> dict[str, float]:
    """Pages per second of each system over ``repeat`` passes, the systems taking turns on each page. Run after every
    system has read every page once, so that none is timed while it loads its models and fills its caches."""
    seconds = dict.fromkeys(systems, 0.0)
    for _ in range(repeat):
        for data in raw:
            for name, system in systems.items():
                start = time.perf_counter()
                _run(system, data)
                seconds[name] += time.perf_counter() - start
    return {name: round(repeat * len(raw) / s, 1) if s else 0.0 for name, s in seconds.items()}


def score(pages: list[dict], system: System, raw: list[bytes]) -> dict:
    """Scores of one pass over the pages (``pages_per_s`` is filled in by ``speeds``)."""
    rows = []
    outputs = [_run(system, data) for data in raw]
    for page, (text, title, published, authors) in zip(pages, outputs):
        gold = page["gold"]
        p, r, f = prf(text, gold_body(gold))
        row = {"page": page["name"], "body_P": round(p, 4), "body_R": round(r, 4), "body_F1": round(f, 4),
               "title_exact": _same_text(title, gold.get("title"))}
        if gold.get("publishing_date"):
            row["date_right"] = same_time(published, gold["publishing_date"])
        if gold.get("authors"):
            row["authors_right"] = {a.casefold() for a in authors} == {a.casefold() for a in gold["authors"]}
        rows.append(row)
    mean = lambda key: round(sum(r[key] for r in rows) / len(rows), 4) if rows else 0.0  # noqa: E731
    share = lambda key: round(sum(r[key] for r in rows if key in r) / max(1, sum(1 for r in rows if key in r)), 4)  # noqa: E731
    overall = {"body_P": mean("body_P"), "body_R": mean("body_R"), "body_F1": mean("body_F1"),
               "title_exact": share("title_exact"), "date_accuracy": share("date_right"),
               "author_accuracy": share("authors_right"), "pages": len(rows), "pages_per_s": 0.0}
    return {"overall": overall, "pages": rows}


def evaluate(folder: Path, with_baselines: bool = True) -> dict:
    pages = load_pages(folder)
    raw = [gzip.decompress(p["data"]) for p in pages]  # every system starts from the page's bytes
    systems = {"khabar": khabar_system, "khabar_extraction": extraction_only}
    result = score(pages, khabar_system, raw)
    score(pages, extraction_only, raw)  # its first, untimed pass
    groups: dict[str, list[float]] = {}
    for row in result["pages"]:
        groups.setdefault(row["page"].split("/")[0] if "/" in row["page"] else ".", []).append(row["body_F1"])
    result["by_folder"] = {k: round(sum(v) / len(v), 4) for k, v in groups.items()}
    if with_baselines:
        found = baselines()
        result["baselines"] = {name: score(pages, system, raw)["overall"] for name, system in found.items()}
        systems.update(found)
    speed = speeds(systems, raw)
    o = result["overall"]
    o["pages_per_s"], o["pages_per_s_extraction_steps"] = speed["khabar"], speed["khabar_extraction"]
    for name, row in result.get("baselines", {}).items():
        row["pages_per_s"] = speed[name]
    traf = speed.get("trafilatura")
    if traf:
        o["speed_vs_trafilatura"] = round(o["pages_per_s"] / traf, 1)
        o["extraction_speed_vs_trafilatura"] = round(o["pages_per_s_extraction_steps"] / traf, 1)
    return result
