"""The ``khabar`` command line. Exit codes: 0 all inputs analyzed; 1 some inputs failed (listed at the end, the
others still written); 2 bad usage; 3 no input found. See docs/CLI.md."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.markup import escape

from . import errors
from .article import Article, json_schema
from .pipeline import analyze_bytes

PAGE_SUFFIXES = (".txt", ".text", "", ".html", ".htm", ".gz")


def _expand(inputs: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for item in inputs:
        p = Path(item)
        if item != "-" and p.is_dir():
            out.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix in PAGE_SUFFIXES and not f.name.startswith(".")
                       and (f.suffix != ".gz" or f.name.endswith((".html.gz", ".htm.gz", ".txt.gz"))))
        else:
            out.append(item)
    return out


def _read(item: str) -> bytes:
    if item == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(item).read_bytes()
    except FileNotFoundError:
        raise errors.InputError("no such file", "not-found") from None
    except IsADirectoryError:
        raise errors.InputError("is a directory", "not-a-file") from None
    except PermissionError:
        raise errors.InputError("permission denied", "permission") from None


@click.group()
@click.version_option(package_name="khabar")
def main() -> None:
    """khabar: Hindi news pages into clean, structured articles."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="Print one Article as JSON (a list when several inputs).")
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Print one Article per line, in input order.")
@click.option("--html/--text", "as_html", default=None, help="Read inputs as HTML / as flattened text (default: by name and content).")
def analyze(inputs: tuple[str, ...], as_json: bool, as_jsonl: bool, as_html: bool | None) -> None:
    """Analyze news pages: FILE..., a DIR of pages (.txt, .html, .html.gz), or - for standard input.

    HTML (.html, .htm, .html.gz, or content that starts like HTML) goes through DOM extraction; everything else is
    read as flattened text."""
    items = _expand(inputs)
    if not items:
        click.echo("khabar: no input files found", err=True)
        sys.exit(errors.EXIT_NO_INPUT)
    failures: list[tuple[str, str]] = []
    articles: list[Article] = []
    show_progress = len(items) > 1 and sys.stderr.isatty()
    from rich.progress import track

    iterator = track(items, description="analyzing", console=_console(stderr=True)) if show_progress else items
    for item in iterator:
        try:
            article = analyze_bytes(_read(item), None if item == "-" else item, html=as_html)
        except errors.KhabarError as err:
            failures.append((item, str(err)))
            continue
        except Exception as err:  # one bad page never stops the batch; the user still gets a clear line
            failures.append((item, f"internal error: {type(err).__name__}: {err}"))
            continue
        if as_jsonl:
            click.echo(article.model_dump_json())
        elif not as_json:
            from .view import show

            show(article, _console())
        articles.append(article)
    if as_json:
        payload = articles[0].model_dump(mode="json") if len(items) == 1 and articles else [a.model_dump(mode="json") for a in articles]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    if failures:
        click.echo(f"khabar: {len(failures)} of {len(items)} input(s) failed:", err=True)
        for item, why in failures:
            click.echo(f"  {item}: {why}", err=True)
        sys.exit(errors.EXIT_FAILED_INPUTS)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default="khabar.db", show_default=True, help="The store (SQLite, created if absent).")
def ingest(paths: tuple[str, ...], db: str) -> None:
    """Analyze pages (files, directories, .jsonl, .gz) and store them; pages already stored are skipped."""
    from rich.progress import Progress

    from .store.db import connect
    from .store.ingest import ingest as run

    missing = [p for p in paths if not Path(p).exists()]
    for p in missing:
        click.echo(f"khabar: {p}: no such file or directory", err=True)
    con = connect(db)
    with Progress(console=_console(stderr=True), transient=True, disable=not sys.stderr.isatty()) as bar:
        task = bar.add_task("ingesting", total=None)
        report = run(con, [p for p in paths if Path(p).exists()], progress=lambda: bar.advance(task))
    con.close()
    click.echo(f"{report.seen} page(s): {report.added} added, {report.skipped} already stored, {len(report.failed)} failed ({db})")
    for source, why in report.failed:
        click.echo(f"  {source}: {why}", err=True)
    if report.failed or missing:
        sys.exit(errors.EXIT_FAILED_INPUTS)


@main.command()
@click.argument("query")
@click.option("--db", default="khabar.db", show_default=True)
@click.option("--json", "as_json", is_flag=True, help='Print {"total": N, "hits": [{"id", "headline", "snippet", ...}]}.')
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000))
@click.option("--since", help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", help="Published on or before this date (YYYY-MM-DD).")
@click.option("--site", help="Only this site (its name as stored).")
@click.option("--person", help="Only articles with this person among their entities.")
@click.option("--place", help="Only articles with this place among their entities.")
def search(query: str, db: str, as_json: bool, limit: int, since, until, site, person, place) -> None:
    """Search the store: whole words ("पिता" never finds "पुतिन"), "quoted phrases", BM25 ranking."""
    from .store.db import connect
    from .store.search import QueryError, search as run

    _need_store(db)
    try:
        result = run(connect(db), query, limit=limit, since=since, until=until, site=site, person=person, place=place)
    except QueryError as err:
        click.echo(f"khabar: {err}", err=True)
        sys.exit(errors.EXIT_USAGE)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    console = _console()
    console.print(f"{result['total']} article(s)")
    for hit in result["hits"]:
        console.print(f"[bold]{hit['id']}[/bold] {escape(hit['headline'] or '(no headline)')} [dim]{hit['published'] or ''} {escape(hit['source'] or '')}[/dim]")
        pieces = hit["snippet"].replace("]]", "[[").split("[[")  # even pieces: plain text; odd: the hits
        console.print("   " + "".join(escape(t) if k % 2 == 0 else f"[reverse]{escape(t)}[/reverse]" for k, t in enumerate(pieces)))


@main.command()
@click.option("--db", default="khabar.db", show_default=True)
@click.option("--threshold", default=0.25, show_default=True, type=click.FloatRange(0.1, 1.0), help="Jaccard of 5-word shingles.")
@click.option("--json", "as_json", is_flag=True, help="Print the pairs and the number of stories as JSON.")
def stories(db: str, threshold: float, as_json: bool) -> None:
    """Find near-duplicate articles (MinHash + LSH) and group the store's articles into stories."""
    from .store.db import connect
    from .store.stories import build_stories

    _need_store(db)
    con = connect(db)
    result = build_stories(con, threshold)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    heads = dict(con.execute("SELECT id, coalesce(headline, '') FROM articles"))
    sources = dict(con.execute("SELECT id, coalesce(source, '') FROM pages"))
    click.echo(f"{result['articles']} article(s), {len(result['pairs'])} near-duplicate pair(s), "
               f"{result['stories_with_copies']} story(ies) printed more than once")
    for a, b, j in result["pairs"][:50]:
        click.echo(f"  {j:.2f}  {a} {sources.get(a, '')} | {b} {sources.get(b, '')}  {heads.get(a, '')[:60]}")


@main.command()
@click.argument("name", required=False)
@click.option("--db", default="khabar.db", show_default=True)
@click.option("--json", "as_json", is_flag=True)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000))
def people(name: str | None, db: str, as_json: bool, limit: int) -> None:
    """Who is quoted most; with NAME, everything that person said, who is named with them, and when."""
    from .store.db import connect
    from .store.people import most_quoted, person

    _need_store(db)
    con = connect(db)
    result = person(con, name, limit) if name else most_quoted(con, limit)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    elif name:
        click.echo(f"{result['name']}: {result['articles']} article(s), {len(result['quotes'])} quote(s)")
        for q in result["quotes"]:
            click.echo(f"  {q['published'] or '?'} {q['paper'] or ''} [{q['kind']}] {q['text'][:100]}")
        click.echo("named with: " + ", ".join(f"{m['name']} ({m['articles']})" for m in result["mentioned_with"]))
    else:
        for row in result:
            click.echo(f"{row['quotes']:5d} quote(s) in {row['articles']:4d} article(s)  {row['name']}")


@main.command()
@click.option("--db", default="khabar.db", show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--ingest-token", envvar="KHABAR_INGEST_TOKEN", default=None,
              help="Allow POST /api/ingest with 'Authorization: Bearer TOKEN' (default: read-only; or $KHABAR_INGEST_TOKEN).")
def serve(db: str, host: str, port: int, ingest_token: str | None) -> None:
    """Serve the store: a read-only JSON API (OpenAPI at /openapi.json) and the web UI."""
    import uvicorn

    from .web.app import create_app

    _need_store(db)
    click.echo(f"khabar: serving {db} at http://{host}:{port}/ (API docs at /docs)")
    uvicorn.run(create_app(db, ingest_token), host=host, port=port, log_level="warning")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", required=True, type=click.Path(file_okay=False), help="Folder for the Parquet shards.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: this machine's cores (multiprocessing); ray: Ray tasks, local or on a cluster (--address).")
@click.option("--workers", type=click.IntRange(1, 256), default=None, help="Processes or Ray CPUs (default: the number of cores).")
@click.option("--address", default=None, help="An existing Ray cluster, e.g. ray://head:10001 (--engine ray).")
def batch(inputs: tuple[str, ...], out: str, engine: str, workers: int | None, address: str | None) -> None:
    """Analyze crawls (WARC, WARC.gz, JSONL, page folders) into Parquet, one file per input shard, resumable."""
    import os

    from .batch.engines import run_local, run_ray

    missing = [p for p in inputs if not Path(p).exists()]
    if missing:
        for p in missing:
            click.echo(f"khabar: {p}: no such file or directory", err=True)
        sys.exit(errors.EXIT_NO_INPUT)
    if engine == "ray":
        stats = run_ray(list(inputs), Path(out), address=address, workers=workers or os.cpu_count() or 1)
    else:
        stats = run_local(list(inputs), Path(out), workers or os.cpu_count() or 1)
    click.echo(json.dumps(stats.as_dict(), ensure_ascii=False))
    if stats.failed:
        click.echo(f"khabar: {stats.failed} record(s) failed; see {out}/*.dead.jsonl", err=True)


@main.command()
def schema() -> None:
    """Print the JSON Schema of the Article format."""
    click.echo(json.dumps(json_schema(), ensure_ascii=False, indent=2))


@main.group(name="eval")
def eval_group() -> None:
    """Score khabar against reference files."""


@eval_group.command("cleaning")
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object; 'overall' holds the headline scores.")
def eval_cleaning(folders: tuple[str, ...], as_json: bool) -> None:
    """Line roles and page types against ANNOTATION.md references (FOLDER holds *.gold.json)."""
    from .eval.cleaning import evaluate

    result = evaluate([Path(f) for f in folders])
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    from .view import show_scores

    show_scores(result, _console(), keys=("P", "R", "F1", "role_accuracy", "page_type_accuracy"))


@eval_group.command("extraction")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object; 'overall' holds body_P, body_R, body_F1, title_exact, date_accuracy, pages_per_s.")
@click.option("--no-baselines", is_flag=True, help="Score khabar alone (skip trafilatura, readability, resiliparse).")
def eval_extraction(folder: str, as_json: bool, no_baselines: bool) -> None:
    """HTML main text and metadata against fundus-style references (*.html.gz beside *.gold.json)."""
    from .eval.extraction import evaluate

    result = evaluate(Path(folder), with_baselines=not no_baselines)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    from .view import show_scores

    show_scores(result, _console(), keys=("body_P", "body_R", "body_F1", "title_exact", "date_accuracy", "author_accuracy", "pages_per_s"))
    click.echo("mean body F1 by folder: " + ", ".join(f"{k} {v:.4f}" for k, v in result["by_folder"].items()))


@eval_group.command("quotes")
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object; 'overall' holds quote_F1, quote_speaker_F1, source_F1 and their P and R.")
def eval_quotes(folders: tuple[str, ...], as_json: bool) -> None:
    """Quotes, speakers and sources against ANNOTATION.md references (*.gold.json beside their pages)."""
    from .eval.quotes import evaluate

    result = evaluate([Path(f) for f in folders])
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    o = result["overall"]
    click.echo(" ".join(f"{k}={v}" for k, v in o.items()))


@eval_group.command("ner")
@click.argument("conll", type=click.Path(exists=True, dir_okay=False))
@click.option("--held-out", is_flag=True, help="Score only the HiNER blocks held back from training.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object; 'overall' holds micro P, R, F1; 'per_type' the rest.")
def eval_ner(conll: str, held_out: bool, as_json: bool) -> None:
    """Entity-level exact-span scores of the NER tagger on an IL-NER or HiNER file (person, place, organisation)."""
    from .eval.ner import evaluate

    result = evaluate(conll, held_out=held_out)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    _print_scores(result)
    click.echo("confusions: " + ", ".join(f"{k} {v}" for k, v in result["confusions"].items()))


@eval_group.command("entities")
@click.argument("folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object; 'overall' holds micro P, R, F1; 'per_type' the rest.")
def eval_entities(folders: tuple[str, ...], as_json: bool) -> None:
    """Article-level entity sets against ANNOTATION.md §3 references (*.gold.json beside their pages)."""
    from .eval.entities import evaluate

    result = evaluate([Path(f) for f in folders])
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    _print_scores(result)


@main.group(name="train")
def train_group() -> None:
    """Train the models khabar ships."""


@train_group.command("ner")
@click.option("--il-ner", "il_ner", type=click.Path(exists=True, file_okay=False), default="../shared/data/il-ner-hindi", show_default=True)
@click.option("--hiner", type=click.Path(exists=True, dir_okay=False), default="../shared/data/hiner-validation/hiner-collapsed-validation-dev.conll", show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), default="src/khabar/models/ner-hi.crfsuite", show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--iterations", type=int, default=None, help="L-BFGS iterations (default: the model's own setting).")
def train_ner(il_ner: str, hiner: str, out: str, seed: int, iterations: int | None) -> None:
    """Train the CRF NER tagger on IL-NER + the HiNER dev half (a fifth held back) and write the model."""
    from .ner.train import train

    click.echo(json.dumps(train(Path(il_ner), Path(hiner), Path(out), seed=seed, iterations=iterations), ensure_ascii=False))


@eval_group.command("sentences")
@click.argument("conllu", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object; 'overall' holds P, R, F1.")
def eval_sentences(conllu: str, as_json: bool) -> None:
    """Sentence splitting against the gold sentences of a CoNLL-U treebank (e.g. UD Hindi PUD)."""
    from .eval.sentences import eval_ud

    result = eval_ud(conllu)
    overall = {k: result[k] for k in ("P", "R", "F1", "documents", "sentences")}
    payload = {"overall": overall, "boundary": result.get("boundary"), "errors": result.get("errors", [])}
    if as_json:
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        click.echo(" ".join(f"{k}={v}" for k, v in overall.items()))


def _need_store(db: str) -> None:
    """Exit with a clear message when the store does not exist yet."""
    if not Path(db).exists():
        click.echo(f"khabar: no store at {db} (run khabar ingest first)", err=True)
        sys.exit(errors.EXIT_NO_INPUT)


def _print_scores(result: dict) -> None:
    """Micro scores, then one line per type."""
    click.echo("micro " + " ".join(f"{k}={v}" for k, v in result["overall"].items()))
    for name, scores in result["per_type"].items():
        click.echo(f"{name} " + " ".join(f"{k}={v}" for k, v in scores.items()))


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


if __name__ == "__main__":
    main()
