"""The store: ingest once per page, search whole Devanagari words, variants, phrases, filters, bad input."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.store.db import connect
from khabar.store.ingest import ingest
from khabar.store.search import QueryError, search

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def page(headline: str, body: str) -> str:
    lede = f"नई दिल्ली: {headline}। {body} यह जानकारी अधिकारियों ने बुधवार को एक बयान में दी और आगे की योजना भी बताई।"
    return f"{headline}\n\n{lede}\n\n{body} इस बारे में पूरी जानकारी जल्द दी जाएगी, अधिकारियों ने कहा।\n"


@pytest.fixture()
def store(tmp_path):
    (tmp_path / "a.txt").write_text(page("पुतिन ने किम से मुलाकात की", "रूस के राष्ट्रपति पुतिन ने उत्तर कोरिया के नेता से लंबी बातचीत की।"), "utf-8")
    (tmp_path / "b.txt").write_text(page("किसान के बेटे ने परीक्षा में पहला स्थान पाया", "उसके पिता खेती करते हैं और मां घर संभालती हैं।"), "utf-8")
    # ज़िला with a precomposed nukta letter (U+095B) in the page; searched below without the nukta
    (tmp_path / "c.txt").write_text(page("ज़िला अस्पताल में नई मशीन लगी", "ज़िला प्रशासन ने अस्पताल को नई जांच मशीन दी है।"), "utf-8")
    con = connect(tmp_path / "k.db")
    report = ingest(con, [str(tmp_path)])
    assert report.added == 3 and not report.failed
    return con, tmp_path


def test_whole_words_never_fragments(store):
    con, _ = store
    assert [h["headline"] for h in search(con, "पिता")["hits"]] == ["किसान के बेटे ने परीक्षा में पहला स्थान पाया"]
    assert search(con, "पुतिन")["total"] == 1
    assert search(con, "पि")["total"] == 0  # a fragment is not a word


def test_nukta_variants_and_phrases(store):
    con, _ = store
    assert search(con, "जिला")["total"] == 1  # no nukta in the query, nukta in the page
    assert search(con, "\u095bिला")["total"] == 1  # precomposed nukta letter in the query
    assert search(con, '"उत्तर कोरिया"')["total"] == 1
    assert search(con, '"कोरिया उत्तर"')["total"] == 0
    hit = search(con, "पिता")["hits"][0]
    assert "[[पिता]]" in hit["snippet"]


def test_joiner_variants_match(tmp_path):
    (tmp_path / "z.txt").write_text(page("क्\u200dष मिसाइल का परीक्षण सफल रहा", "सेना ने क्\u200dष मिसाइल का परीक्षण किया।"), "utf-8")
    con = connect(tmp_path / "k.db")
    ingest(con, [str(tmp_path)])
    assert search(con, "क्ष")["total"] == 1 and search(con, "क्\u200dष")["total"] == 1  # with and without the ZWJ


def test_interrupted_ingest_completes_without_doubles(tmp_path):
    for n in range(6):
        (tmp_path / f"{n}.txt").write_text(page(f"नगर निगम की बैठक संख्या {n} में बजट पास", f"बैठक {n} में पार्षदों ने बजट पर चर्चा की।"), "utf-8")
    con = connect(tmp_path / "k.db")
    calls = []

    def killed_after_three():
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt  # the ingest dies between two pages

    with pytest.raises(KeyboardInterrupt):
        ingest(con, [str(tmp_path)], progress=killed_after_three)
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 3  # consistent: whole pages only
    report = ingest(connect(tmp_path / "k.db"), [str(tmp_path)])
    assert report.added == 3 and report.skipped == 3
    assert con.execute("SELECT count(*) FROM pages").fetchone()[0] == 6


def test_ingest_is_idempotent_and_records_failures(store):
    con, folder = store
    (folder / "empty.txt").write_bytes(b"")
    (folder / "bin.txt").write_bytes(b"\x00\x01" * 50)
    report = ingest(con, [str(folder)])
    assert report.added == 0 and report.skipped == 3 and len(report.failed) == 2
    again = ingest(con, [str(folder)])
    assert again.added == 0 and not again.failed and again.skipped == 5  # failures are recorded once
    assert con.execute("SELECT count(*) FROM pages WHERE status = 'failed'").fetchone()[0] == 2


def test_jsonl_and_gz_inputs(tmp_path):
    rows = [{"url": "https://example.org/1", "html": (SAMPLES / "html" / "hi-chandrayaan-vigyan.html").read_text("utf-8")},
            {"url": "https://example.org/2", "text": page("बारिश से सड़कें डूबीं", "शहर में रात भर बारिश हुई और कई इलाकों में पानी भर गया।")},
            "not json"]
    f = tmp_path / "crawl.jsonl.gz"
    with gzip.open(f, "wt", encoding="utf-8") as out:
        for r in rows:
            out.write((json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r) + "\n")
    con = connect(tmp_path / "k.db")
    report = ingest(con, [str(f)])
    assert report.added == 2 and len(report.failed) == 1
    hit = search(con, "चंद्रयान")["hits"][0]
    assert hit["source"] == "https://example.org/1"


def test_filters_and_bad_queries(store):
    con, _ = store
    assert search(con, "पुतिन", person="पुतिन")["total"] in (0, 1)  # runs; the tagger decides the entity
    assert search(con, "पुतिन", since="2999-01-01")["total"] == 0
    for bad in ["", '"', "  ", "x" * 600]:
        with pytest.raises(QueryError):
            search(con, bad)
    assert search(con, "AND OR NOT")["total"] == 0  # FTS operators are words here, not syntax
    assert search(con, 'पुतिन" OR "पिता')["total"] == 0  # operators and stray quotes are text, never syntax


def test_cli_ingest_and_search_json(tmp_path):
    db = str(tmp_path / "k.db")
    r = CliRunner().invoke(main, ["ingest", str(SAMPLES), "--db", db])
    assert r.exit_code == 0, r.output
    out = CliRunner().invoke(main, ["search", "गंगा", "--db", db, "--json"])
    data = json.loads(out.output)
    assert data["total"] >= 1 and {"id", "headline", "snippet"} <= set(data["hits"][0])
    bad = CliRunner().invoke(main, ["search", '"', "--db", db])
    assert bad.exit_code == 2


def test_stories_group_agency_copies_and_keep_unrelated_apart(tmp_path):
    from khabar.store.stories import build_stories, find_pairs

    agency = ("देश में संक्रमित लोगों की संख्या बढ़कर 173 हो गई है। इनमें 25 विदेशी नागरिक हैं। महाराष्ट्र में सबसे ज्यादा "
              "47 मामले आए हैं, केरल में 27 और उत्तर प्रदेश में 17 मामलों की पुष्टि हुई है। दिल्ली, पंजाब, महाराष्ट्र और "
              "कर्नाटक में एक-एक व्यक्ति की मौत हुई है। स्वास्थ्य मंत्रालय ने लोगों से घर में रहने की अपील की है।")
    texts = {
        1: "सूरत में दो नए मरीज मिले। " + agency,
        2: "पंजाब में चौथी मौत दर्ज की गई। " + agency.replace("अपील की है", "अपील की"),
        3: (SAMPLES / "varanasi-ghat-cleanup.txt").read_text("utf-8"),
        4: (SAMPLES / "html" / "hi-chandrayaan-vigyan.html").read_text("utf-8"),
    }
    pairs = find_pairs(texts)
    assert [(a, b) for a, b, _ in pairs] == [(1, 2)]
    db = tmp_path / "k.db"
    con = connect(db)
    for n, t in texts.items():
        (tmp_path / f"{n}.txt").write_text("एक शीर्षक यहां है\n\n" + t if n < 4 else t, "utf-8")
    ingest(con, [str(tmp_path)])
    result = build_stories(con)
    story = {Path(src).stem: st for src, st in con.execute(
        "SELECT p.source, s.story FROM stories s JOIN pages p ON p.id = s.article_id")}
    assert story["1"] == story["2"] and story["3"] != story["1"] and story["4"] != story["1"]
    assert result["stories_with_copies"] == 1
