"""The UI's HTML, rendered on the server. Everything that comes from a page is escaped (``e``), so a page holding
``<script>`` or ``onerror=`` shows it as text and never runs it."""
from __future__ import annotations

from html import escape
from urllib.parse import quote

STYLE = """
@font-face{font-family:"Noto Sans Devanagari";font-weight:400;font-display:swap;
src:url(/static/noto-sans-devanagari-devanagari-400-normal.woff2) format("woff2")}
@font-face{font-family:"Noto Sans Devanagari";font-weight:600 700;font-display:swap;
src:url(/static/noto-sans-devanagari-devanagari-600-normal.woff2) format("woff2")}
body{font-family:"Noto Sans Devanagari","Noto Sans","Mangal",system-ui,sans-serif;line-height:1.75;margin:0;
color:#1c1c1c;background:#fafafa}main{max-width:46rem;margin:auto;padding:1rem}a{color:#0b57d0}
header{background:#222;color:#fff;padding:.6rem 1rem}header a{color:#fff;text-decoration:none;font-weight:600}
form{display:flex;gap:.5rem;margin:1rem 0}input[type=search]{flex:1;font-size:1.1rem;padding:.4rem}
button{font-size:1rem}.hit{margin:1rem 0;padding-bottom:.5rem;border-bottom:1px solid #ddd}.meta{color:#666;font-size:.9rem}
mark{background:#ffe58a}.quote{background:#eef4ff;border-left:3px solid #0b57d0}.speaker{font-weight:600}
.entity{border-bottom:2px solid #999}.entity.person{border-color:#0b57d0}.entity.place{border-color:#188038}
.entity.organisation{border-color:#b06000}
p{margin:.8rem 0}.removed{color:#777;font-size:.9rem}.bar{display:inline-block;background:#0b57d0;height:.8rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;text-align:left;vertical-align:top}
@media (max-width:30rem){main{padding:.5rem}body{font-size:1.05rem}}
"""


def e(value) -> str:
    return escape("" if value is None else str(value), quote=True)


def layout(title: str, body: str) -> str:
    return (f'<!doctype html><html lang="hi"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{e(title)} · khabar</title>'
            f"<style>{STYLE}</style></head><body><header><a href=\"/\">khabar · खबर</a></header><main>{body}</main></body></html>")


def marked(snippet: str) -> str:
    """A search snippet with its [[hits]] as <mark>, everything else escaped."""
    pieces = snippet.replace("]]", "[[").split("[[")
    return "".join(e(t) if k % 2 == 0 else f"<mark>{e(t)}</mark>" for k, t in enumerate(pieces))


def search_page(query: str, result: dict | None, error: str | None = None) -> str:
    body = (f'<form action="/" method="get"><input type="search" name="q" value="{e(query)}" '
            f'placeholder="खोजें: पिता, &quot;स्वास्थ्य मंत्रालय&quot;" maxlength="500" aria-label="search">'
            f"<button>खोजें</button></form>")
    if error:
        body += f'<p role="alert">{e(error)}</p>'
    if result is not None:
        body += f'<p class="meta">{result["total"]} लेख</p>'
        for hit in result["hits"]:
            body += (f'<div class="hit"><a href="/article/{int(hit["id"])}">{e(hit["headline"] or "(शीर्षक नहीं)")}</a>'
                     f'<div class="meta">{e(hit["published"] or "")} {e(hit["site"] or hit["source"] or "")}</div>'
                     f"<div>{marked(hit['snippet'])}</div></div>")
    return layout(query or "खोज", body)


def article_page(aid: int, a: dict, story: list[dict] | None = None) -> str:
    """The clean text with quotes highlighted and attributed, the entities, and the removed lines behind a toggle."""
    text = a["text"]
    people = {x["id"]: x for x in a.get("entities", [])}
    quoted = [(p["start"], p["end"], ("quote", q)) for q in a.get("quotes", []) for p in q["places"] if p["field"] == "text"]
    named = [(m["start"], m["end"], ("entity", x)) for x in people.values() for m in x["mentions"] if m["field"] == "text"
             and not any(s < m["end"] and m["start"] < t for s, t, _ in quoted)]
    spans = sorted(quoted + named, key=lambda x: (x[0], -x[1]))
    paragraphs = []
    for para in a.get("paragraphs", []):
        out, at = [], para["start"]
        for s, t, (kind, item) in spans:
            if s < at or t > para["end"]:
                continue
            out.append(e(text[at:s]))
            if kind == "entity":
                out.append(f'<span class="entity {e(item["type"])}" title="{e(item["type"])}: {e(item["latin"])}">{e(text[s:t])}</span>')
            else:
                who = item["speaker"]["name"] if item.get("speaker") else (item.get("speaker_description") or "?")
                link = f'<a class="speaker" href="/person/{quote(who)}">{e(who)}</a>' if item.get("speaker") else e(who)
                out.append(f'<span class="quote" title="{e(item["kind"])}">{e(text[s:t])}</span> <small>— {link}</small>')
            at = t
        out.append(e(text[at : para["end"]]))
        tag = "h2" if para["role"] == "subhead" else "p"
        paragraphs.append(f"<{tag}>{''.join(out)}</{tag}>")
    meta = " · ".join(e(x) for x in (a.get("published"), a.get("dateline"), a.get("site_name"), a.get("byline")) if x)
    entities = "".join(
        f'<tr><td>{e(x["type"])}</td><td>'
        + (f'<a href="/person/{quote(x["name"])}">{e(x["name"])}</a>' if x["type"] == "person" else e(x["name"]))
        + f'</td><td>{e(x.get("latin"))}</td><td>{e(", ".join(x.get("aliases", [])))}</td></tr>'
        for x in people.values())
    removed = "".join(f'<li class="removed"><b>{e(r["role"])}</b> {e(r["text"])} <i>({e(r["reason"])})</i></li>'
                      for r in (a.get("lines") or a.get("blocks") or []) if r["role"].startswith("boilerplate"))
    copies = "".join(f'<li><a href="/article/{int(x["id"])}">{e(x["headline"] or "(शीर्षक नहीं)")}</a> '
                     f'<span class="meta">{e(x["published"] or "")} {e(x["paper"] or "")}</span></li>' for x in story or [])
    same = f"<h2>यही ख़बर और जगह (the same story elsewhere)</h2><ul>{copies}</ul>" if copies else ""
    body = (f"<h1>{e(a.get('headline') or '(शीर्षक नहीं)')}</h1><div class=\"meta\">{meta}</div>"
            f"{''.join(paragraphs)}{same}<h2>लोग, जगहें, संगठन</h2><table>{entities}</table>"
            f"<details><summary>हटाई गई पंक्तियाँ (removed boilerplate)</summary><ul>{removed}</ul></details>")
    return layout(a.get("headline") or f"article {aid}", body)


def story_page(aid: int, headline: str | None, others: list[dict]) -> str:
    rows = "".join(f'<li><a href="/article/{int(x["id"])}">{e(x["headline"] or "(शीर्षक नहीं)")}</a> '
                   f'<span class="meta">{e(x["published"] or "")} {e(x["paper"] or "")}</span></li>' for x in others)
    body = (f'<h1>{e(headline or "(शीर्षक नहीं)")}</h1><p class="meta">यही ख़बर {len(others)} और जगह (near-duplicates)</p>'
            f'<p><a href="/article/{int(aid)}">← लेख</a></p><ul>{rows}</ul>')
    return layout(headline or "story", body)


def person_page(p: dict) -> str:
    quotes = "".join(
        f'<tr><td class="meta">{e(q["published"] or "")}<br>{e(q["paper"] or "")}</td><td>{e(q["text"])} '
        f'<a href="/article/{int(q["article"])}">→</a></td></tr>' for q in p["quotes"])
    together = ", ".join(f'{e(m["name"])} ({int(m["articles"])})' for m in p["mentioned_with"])
    top = max(p["mentions_by_month"].values(), default=1)
    timeline = "".join(f'<div><span class="meta">{e(month)}</span> <span class="bar" style="width:{int(160 * n / top)}px"></span> {int(n)}</div>'
                       for month, n in p["mentions_by_month"].items())
    body = (f"<h1>{e(p['name'])}</h1><p class=\"meta\">{int(p['articles'])} लेख · {len(p['quotes'])} उद्धरण</p>"
            f"<h2>कहा</h2><table>{quotes}</table><h2>साथ में</h2><p>{together}</p><h2>समय</h2>{timeline}")
    return layout(p["name"], body)
