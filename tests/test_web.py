"""The API and the UI: search, article, person pages; everything from a page escaped; bad requests are 4xx."""
from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from khabar.store.db import connect
from khabar.store.ingest import ingest
from khabar.web.app import create_app

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
EVIL = ("शहर में जलभराव से लोग परेशान <script>alert(1)</script>\n\n"
        "नई दिल्ली: शहर में जलभराव से लोग परेशान हैं <img src=x onerror=alert(2)> और नगर निगम ने कहा कि पंप लगाए जा रहे हैं। "
        "शहर के कई इलाकों में जलभराव की वजह से लोग घरों में रहे और दफ्तर नहीं जा पाए।\n")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pages")
    (folder / "evil.txt").write_text(EVIL, "utf-8")
    db = folder / "k.db"
    report = ingest(connect(db), [str(SAMPLES), str(folder)])
    assert report.added >= 7
    return TestClient(create_app(str(db)))


def test_search_api_and_page(client):
    r = client.get("/api/search", params={"q": "गंगा"})
    assert r.status_code == 200 and r.json()["total"] >= 1
    hit = r.json()["hits"][0]
    page = client.get("/", params={"q": "गंगा"})
    assert page.status_code == 200 and "<mark>गंगा</mark>" in page.text and f'/article/{hit["id"]}' in page.text


def test_article_and_person_pages(client):
    hits = client.get("/api/search", params={"q": "चंद्रयान"}).json()["hits"]
    page = client.get(f"/article/{hits[0]['id']}")
    assert page.status_code == 200 and "हटाई गई पंक्तियाँ" in page.text and "विज्ञापन" in page.text
    assert 'class="entity' in page.text  # entity mentions are marked in the text
    a = client.get(f"/api/articles/{hits[0]['id']}").json()
    assert a["headline"].startswith("चंद्रयान-5")
    people = client.get("/api/people").json()
    assert people and {"name", "quotes", "articles"} <= set(people[0])
    p = client.get(f"/person/{people[0]['name']}")
    assert p.status_code == 200 and people[0]["name"] in p.text


def test_story_of_copies(tmp_path):
    from khabar.store.stories import build_stories

    agency = ("देश में संक्रमित लोगों की संख्या बढ़कर 173 हो गई है। इनमें 25 विदेशी नागरिक हैं। महाराष्ट्र में सबसे ज्यादा "
              "47 मामले आए हैं, केरल में 27 और उत्तर प्रदेश में 17 मामलों की पुष्टि हुई है। दिल्ली, पंजाब, महाराष्ट्र और "
              "कर्नाटक में एक-एक व्यक्ति की मौत हुई है। स्वास्थ्य मंत्रालय ने लोगों से घर में रहने की अपील की है।")
    for n, lead in ((1, "सूरत में दो नए मरीज मिले।"), (2, "पंजाब में चौथी मौत दर्ज की गई।")):
        (tmp_path / f"{n}.txt").write_text(f"कोरोना के मामले बढ़े\n\n{lead} {agency}\n", "utf-8")
    db = tmp_path / "k.db"
    ingest(connect(db), [str(tmp_path)])
    build_stories(connect(db))
    c = TestClient(create_app(str(db)))
    first = c.get("/api/search", params={"q": "सूरत"}).json()["hits"][0]["id"]
    other = c.get(f"/api/articles/{first}/story").json()
    assert len(other) == 1 and other[0]["id"] != first
    assert f'/article/{other[0]["id"]}' in c.get(f"/article/{first}").text
    assert f'/article/{other[0]["id"]}' in c.get(f"/story/{first}").text


def test_everything_from_a_page_is_escaped(client):
    hits = client.get("/api/search", params={"q": "जलभराव"}).json()["hits"]
    page = client.get(f"/article/{hits[0]['id']}").text
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page or "&lt;script&gt;" in page
    listing = client.get("/", params={"q": "जलभराव"}).text
    assert "<script>alert" not in listing


def test_bad_requests_are_4xx(client):
    assert client.get("/api/search", params={"q": '"पुतिन'}).status_code == 422  # an unbalanced quote
    empty = client.get("/api/search", params={"q": '""'})
    assert empty.status_code == 200 and empty.json()["total"] == 0 and empty.json()["note"] == "query has no words"
    assert client.get("/api/search", params={"q": "गंगा*"}).status_code == 422  # FTS syntax is not part of a query
    assert client.get("/api/search", params={"q": "NEAR(गंगा"}).status_code == 422
    assert client.get("/api/search", params={"q": "गंगा OR NOT"}).status_code == 200  # operator words are plain words
    assert client.get("/api/search", params={"q": "x" * 600}).status_code == 422
    assert client.get("/api/search", params={"q": "गंगा", "limit": 0}).status_code == 422
    assert client.get("/api/articles/999999").status_code == 404
    assert client.get("/api/articles/abc").status_code == 422
    assert client.get("/", params={"q": '"'}).status_code == 200  # the UI explains instead
    assert client.get("/openapi.json").json()["info"]["title"] == "khabar"
    font = client.get("/static/noto-sans-devanagari-devanagari-400-normal.woff2")
    assert font.status_code == 200 and font.content[:4] == b"wOF2"
    assert client.get("/static/..%2F..%2Fpyproject.toml").status_code == 404  # only the shipped files, by name


def test_ingest_needs_the_token(tmp_path):
    db = tmp_path / "k.db"
    connect(db)
    body = (SAMPLES / "varanasi-ghat-cleanup.txt").read_bytes()
    read_only = TestClient(create_app(str(db)))
    assert read_only.post("/api/ingest", content=body).status_code == 403
    c = TestClient(create_app(str(db), ingest_token="s3cret"))
    assert c.post("/api/ingest", content=body).status_code == 401
    assert c.post("/api/ingest", content=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    ok = c.post("/api/ingest", content=body, params={"source": "v.txt"}, headers={"Authorization": "Bearer s3cret"})
    assert ok.status_code == 200 and ok.json()["added"] == 1
    again = c.post("/api/ingest", content=body, headers={"Authorization": "Bearer s3cret"})
    assert again.json() == {"added": 0, "already_stored": 1, "failed": []}
    assert c.get("/api/search", params={"q": "गंगा"}).json()["total"] == 1
