"""The cleaner on the seed, on the team's own sample pages and on the dev references."""
import json
from pathlib import Path

import pytest

from khabar.eval.cleaning import evaluate, load_references
from khabar.pipeline import analyze_bytes, analyze_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def test_every_seed_line_gets_the_reference_role(shared_dir):
    seed = shared_dir / "seeds" / "000_35a6e6f765ef245d.txt"
    gold = json.loads(seed.with_suffix(".gold.json").read_text())
    a = analyze_file(seed)
    got = {str(line.n): line.role for line in a.lines}
    assert got == gold["line_roles"]
    assert a.page_type == "article"
    assert a.headline == gold["headline"]
    assert a.dateline == "मॉस्को"


def test_seed_reading_time_is_true_and_site_claim_is_kept(shared_dir):
    a = analyze_file(shared_dir / "seeds" / "000_35a6e6f765ef245d.txt")
    assert a.reading_time.site_claim_minutes == 21
    assert 2 <= a.reading_time.minutes <= 5
    assert "Mohan Bhagwat" not in a.text and "Advertisement" not in a.text and "विज्ञापन" not in a.text


def test_text_is_standfirst_subheads_and_body_with_offsets(shared_dir):
    a = analyze_file(shared_dir / "seeds" / "000_35a6e6f765ef245d.txt")
    assert not a.text.startswith(a.headline)
    for p in a.paragraphs:
        assert a.text[p.start : p.end] == a.lines[[line.n for line in a.lines].index(p.line)].text
    for s in a.sentences:
        assert a.text[s.start : s.end].strip() == a.text[s.start : s.end]
    assert [p.role for p in a.paragraphs][0] == "standfirst"
    assert "पुतिन ने क्या कहा?" in a.subheads


@pytest.mark.parametrize("page", sorted(p.name for p in SAMPLES.glob("*.txt")))
def test_sample_pages_keep_exactly_the_article_lines(page):
    path = SAMPLES / page
    gold = json.loads(path.with_suffix(".gold.json").read_text())
    a = analyze_file(path)
    assert a.page_type == gold["page_type"]
    kept = lambda roles: {n for n, r in roles.items() if r in ("headline", "standfirst", "subhead", "body", "body:list-item")}  # noqa: E731
    assert kept({str(line.n): line.role for line in a.lines}) == kept(gold["line_roles"])
    if gold["page_type"] != "article":
        assert a.headline is None


def test_mojibake_sample_is_repaired():
    a = analyze_file(SAMPLES / "mojibake-school.txt")
    assert "р" not in a.text and "ह" in a.text
    assert any("mojibake" in w for w in a.warnings)


def test_dev_set_targets(shared_dir):
    result = evaluate([shared_dir / "data/webcorpus-hi-boilerplate/gold", shared_dir / "seeds"])
    o = result["overall"]
    assert o["F1"] >= 0.97 and o["role_accuracy"] >= 0.90 and o["page_type_accuracy"] >= 0.95
    assert o["F1"] > result["baselines"]["c4_filter"]["F1"] > 0  # baselines are computed in the same run


def test_listing_page_has_no_headline():
    text = "\n".join(
        ["होम", "खेल"]
        + [x for i in range(6) for x in (f"टीम {i} ने मैच जीता, कप्तान ने कहा शानदार जीत", f"{i + 1} घंटे पहले")]
    )
    a = analyze_bytes(text.encode())
    assert a.page_type == "listing" and a.headline is None and a.text == ""


def test_english_page_is_cleaned_and_its_language_said():
    a = analyze_file(SAMPLES / "english-page.txt")
    assert a.language == "en" and a.page_type == "article"
    assert any("not Hindi" in w for w in a.warnings)
    assert "Advertisement" not in a.text
    assert any("no quotes or entities" in w for w in a.warnings)


def test_references_load_from_docs_folder(shared_dir):
    refs = load_references(shared_dir / "data/webcorpus-hi-boilerplate/gold")
    assert len(refs) == 68 and all(path.exists() for _, path in refs)


def test_syndication_notes_desk_credits_and_site_promotions():
    from khabar.clean.shape import shape

    assert shape(0, "यह दैनिक जनपथ अखबार की ऑटोमेटेड न्यूज़ फीड है, इसे जनपथ लाइव की टीम ने संपादित नहीं किया है।").furniture[0] \
        == "boilerplate:legal"
    assert shape(0, "(इस खबर को एनडीटीवी टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से सीधे प्रकाशित की गई है।)").furniture[0] \
        == "boilerplate:legal"
    assert shape(0, "न्यूज डेस्क, प्रभात उजास, लखनऊ Updated Wed, 08 Apr 2026 07:35 PM IST").furniture[0] == "date"
    assert shape(0, "सबसे विश्वसनीय हिंदी न्यूज़ वेबसाइट प्रभात उजास पर पढ़ें लखनऊ की ताज़ा खबरें।").furniture[0] == "boilerplate:share"
    assert shape(0, "राज्य सरकार ने 5 मार्च 2026 को नई नीति प्रकाशित की और सभी जिलों को भेजी।").furniture is None
