"""The terminal view of an Article and of evaluation scores (rich)."""
from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .article import KEPT_ROLES, Article


def show(a: Article, console: Console) -> None:
    """Headline, metadata, clean text and the removed lines with their reasons."""
    console.rule(escape(a.source or "page"))
    if a.headline:
        console.print(f"[bold]{escape(a.headline)}[/bold]")
    meta = {
        "page type": a.page_type, "language": a.language, "dateline": a.dateline, "byline": a.byline,
        "published": a.published, "updated": a.updated, "authors": ", ".join(a.authors), "section": a.section,
        "site": a.site_name, "caption": a.caption,
    }
    if a.reading_time:
        rt = a.reading_time
        claim = f" (the page claims {rt.site_claim_minutes:g} min)" if rt.site_claim_minutes is not None else ""
        meta["reading time"] = f"{rt.minutes:g} min, {rt.words} words at {rt.words_per_minute} wpm{claim}"
    for key, value in meta.items():
        if value:
            console.print(f"[dim]{key}:[/dim] {escape(str(value))}")
    for w in a.warnings:
        console.print(f"[yellow]warning:[/yellow] {escape(w)}")
    if a.text:
        console.print()
        for p in a.paragraphs:
            body = escape(a.text[p.start : p.end])
            console.print(f"[bold]{body}[/bold]" if p.role == "subhead" else (f"[italic]{body}[/italic]" if p.role == "standfirst" else body))
            console.print()
    if a.quotes:
        table = Table(title="who said what", expand=True)
        table.add_column("speaker", ratio=1)
        table.add_column("kind", no_wrap=True)
        table.add_column("words", ratio=3)
        table.add_column("cue", ratio=1)
        for q in a.quotes:
            who = q.speaker.name if q.speaker else f"({q.speaker_description or 'not said'})"
            if q.addressee:
                who += f" → {q.addressee}"
            table.add_row(escape(who), q.kind, escape(q.text), escape(q.cue))
        console.print(table)
    if a.sources:
        console.print("[dim]sources:[/dim] " + escape("; ".join(f"{s.name} ({s.cue})" for s in a.sources)))
    removed = [line for line in (a.lines or a.blocks or []) if line.role not in KEPT_ROLES]
    if removed:
        table = Table(title="removed lines" if a.lines else "removed blocks", show_lines=False, expand=True)
        table.add_column("line" if a.lines else "block", justify="right")
        table.add_column("role", no_wrap=True)
        table.add_column("text", overflow="ellipsis", no_wrap=True, ratio=2)
        table.add_column("why", ratio=1)
        for line in removed:
            table.add_row(str(line.n), line.role.replace("boilerplate:", ""), escape(line.text), escape(line.reason))
        console.print(table)


def show_scores(result: dict, console: Console, keys: tuple[str, ...]) -> None:
    table = Table(title="scores")
    table.add_column("system")
    for k in keys:
        table.add_column(k, justify="right")
    rows = {"khabar": result["overall"], **result.get("baselines", {})}
    for name, scores in rows.items():
        table.add_row(name, *(f"{scores.get(k, float('nan')):.4f}" if k != "pages_per_s" else f"{scores.get(k, 0):.1f}" for k in keys))
    console.print(table)
    o = result["overall"]
    console.print(f"{o['documents']} documents, {o['lines']} lines" if "documents" in o else f"{o.get('pages')} pages")
