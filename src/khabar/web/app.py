"""The FastAPI app: JSON under /api (read-only; OpenAPI at /openapi.json, docs at /docs) and the UI pages."""
from __future__ import annotations

import hmac
from importlib import resources
import sqlite3
import threading

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, Response

from ..store.db import connect, unpack
from ..store.ingest import ingest_records
from ..store.people import most_quoted, person
from ..store.search import MAX_QUERY, QueryError, search
from ..store.stories import same_story
from . import pages


ARTICLE_ID = PathParam(..., ge=1, le=2**62, description="an article's id in the store")


# Noto Sans Devanagari (SIL Open Font License; static/OFL-NotoSansDevanagari.txt), so Hindi reads well everywhere.
STATIC = frozenset({"noto-sans-devanagari-devanagari-400-normal.woff2", "noto-sans-devanagari-devanagari-600-normal.woff2"})
# A query is words and "phrases": its double quotes come in pairs, and FTS syntax (* ^ : ( ) { } [ ]) is not part of
# it; anything else is a malformed query: 422.
BALANCED_QUOTES = r'^[^"*^:(){}\[\]]*("[^"*^:(){}\[\]]*"[^"*^:(){}\[\]]*)*$'
MAX_UPLOAD = 20 * 1024 * 1024  # bytes of one page sent to /api/ingest
MAX_NAME = 200  # characters of a person's name in /api/people/{name}


def create_app(db: str, ingest_token: str | None = None) -> FastAPI:
    app = FastAPI(title="khabar", description="Hindi news, analyzed: search, articles, people and their quotes.",
                  version="1")

    local = threading.local()  # one connection per server thread, opened once

    def con() -> sqlite3.Connection:
        if getattr(local, "con", None) is None:
            local.con = connect(db)
        return local.con

    def article(aid: int) -> dict:
        row = con().execute("SELECT article FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None:
            raise HTTPException(404, "no such article")
        return unpack(row[0])

    def run_search(q: str, limit: int, offset: int, since, until, site, person_, place) -> dict:
        try:
            return search(con(), q, limit=limit, offset=offset, since=since, until=until, site=site, person=person_, place=place)
        except QueryError as err:  # a query with no words finds nothing, and says why
            return {"total": 0, "hits": [], "note": str(err)}

    errors_404 = {404: {"description": "No such article"}}

    @app.get("/api/search", summary="Search the articles (a query with no words finds nothing, with a note)")
    def api_search(q: str = Query(..., min_length=1, max_length=MAX_QUERY, pattern=BALANCED_QUOTES,
                                  description='words, and "phrases" in double quotes (balanced); operators are plain words'), limit: int = Query(10, ge=1, le=100),
                   offset: int = Query(0, ge=0, le=10_000), since: str | None = Query(None, max_length=32),
                   until: str | None = Query(None, max_length=32), site: str | None = Query(None, max_length=200),
                   person_: str | None = Query(None, alias="person", max_length=200),
                   place: str | None = Query(None, max_length=200)) -> dict:
        return run_search(q, limit, offset, since, until, site, person_, place)

    @app.get("/api/articles/{aid}", summary="One article as its Article JSON", responses=errors_404)
    def api_article(aid: int = ARTICLE_ID) -> dict:
        return article(aid)

    @app.get("/api/articles/{aid}/story", summary="The other articles of the same story (near-duplicates)", responses=errors_404)
    def api_story(aid: int = ARTICLE_ID) -> list[dict]:
        article(aid)
        return same_story(con(), aid)

    @app.get("/api/people", summary="Who is quoted most")
    def api_people(limit: int = Query(20, ge=1, le=500)) -> list[dict]:
        return most_quoted(con(), limit)

    @app.get("/api/people/{name}", summary="Everything one person said, who is named with them, and when")
    def api_person(name: str = PathParam(..., max_length=MAX_NAME)) -> dict:  # (longer: 422, as the schema says)
        return person(con(), name)

    @app.post("/api/ingest", summary="Analyze and store one page (only when the server was started with an ingest token)",
              responses={401: {"description": "No or wrong token"}, 403: {"description": "The server is read-only"},
                         413: {"description": "Page too large"}})
    async def api_ingest(request: Request, source: str = Query("api", max_length=500),
                         html: bool | None = Query(None)) -> dict:
        if not ingest_token:
            raise HTTPException(403, "read-only: start khabar serve with --ingest-token to allow ingesting")
        given = request.headers.get("authorization", "")
        if not hmac.compare_digest(given.encode(), f"Bearer {ingest_token}".encode()):
            raise HTTPException(401, "wrong or missing token")
        if int(request.headers.get("content-length") or 0) > MAX_UPLOAD:
            raise HTTPException(413, "page too large")
        data = await request.body()
        if len(data) > MAX_UPLOAD:
            raise HTTPException(413, "page too large")
        report = ingest_records(con(), [(source, data, html)])
        return {"added": report.added, "already_stored": report.skipped,
                "failed": [why for _, why in report.failed]}

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> Response:
        # Only the files the package ships, looked up by name: a request never names a path on the disk.
        if name not in STATIC:
            raise HTTPException(404, "no such file")
        data = (resources.files("khabar.web") / "static" / name).read_bytes()
        return Response(data, media_type="font/woff2", headers={"Cache-Control": "public, max-age=604800"})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def ui_search(q: str = Query("", max_length=MAX_QUERY)) -> str:
        if not q.strip():
            return pages.search_page("", None)
        try:
            return pages.search_page(q, search(con(), q, limit=20))
        except QueryError as err:
            return pages.search_page(q, None, str(err))

    @app.get("/article/{aid}", response_class=HTMLResponse, include_in_schema=False)
    def ui_article(aid: int = ARTICLE_ID) -> str:
        return pages.article_page(aid, article(aid), same_story(con(), aid))

    @app.get("/story/{aid}", response_class=HTMLResponse, include_in_schema=False)
    def ui_story(aid: int = ARTICLE_ID) -> str:
        return pages.story_page(aid, article(aid).get("headline"), same_story(con(), aid))

    @app.get("/person/{name}", response_class=HTMLResponse, include_in_schema=False)
    def ui_person(name: str) -> str:
        if len(name) > MAX_NAME:
            raise HTTPException(400, "name too long")
        return pages.person_page(person(con(), name))

    return app
