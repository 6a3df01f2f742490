"""HTML pages: main content through the same cleaner, metadata with evidence, and bad HTML that never crashes."""
from __future__ import annotations

import gzip
import json
import os
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from khabar.cli import main
from khabar.errors import InputError
from khabar.html.meta import authors_only, iso_date
from khabar.pipeline import analyze_bytes

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "html" / "hi-chandrayaan-vigyan.html"


@pytest.fixture(scope="module")
def sample():
    return analyze_bytes(SAMPLE.read_bytes(), str(SAMPLE))


def test_sample_fields(sample):
    a = sample
    assert a.input_format == "html" and a.page_type == "article" and a.language == "hi"
    assert a.headline == "चंद्रयान-5 का प्रक्षेपण मार्च में होगा: इसरो प्रमुख"
    assert a.published == "2026-01-14T18:45:00+05:30"  # the visible Hindi date line, IST = +05:30
    assert a.evidence["published"] == "visible date line"
    assert a.authors == ["सुमन वर्मा"]  # the publisher named as a second author is dropped
    assert a.section == "विज्ञान" and a.topics == ["इसरो", "चंद्रयान", "अंतरिक्ष"]
    assert a.canonical_url == "https://example.org/vigyan/chandrayaan-5-march"
    assert a.site_name == "समाचार दर्पण"
    assert a.image.url.endswith("chandrayaan5.jpg") and a.image.caption.startswith("श्रीहरिकोटा")
    assert a.reading_time.site_claim_minutes == 12
    assert a.dateline == "बेंगलुरु"
    assert a.evidence["headline"] == "json-ld headline" and a.evidence["image"] == "meta og:image"


def test_sample_furniture_inside_content_is_removed(sample):
    a = sample
    for leak in ("विज्ञापन", "Read Time", "गगनयान", "शेयर करें", "सर्वाधिकार", "होम", "मौसम विभाग", "यह भी पढ़ें"):
        assert leak not in a.text, leak
    roles = {b.text: b.role for b in a.blocks}
    assert roles["विज्ञापन"] == "boilerplate:ad-marker"
    assert roles["Read Time: 12 mins"] == "boilerplate:read-time"
    assert roles["गगनयान की पहली परीक्षण उड़ान सफल"] == "boilerplate:related-story"
    assert roles["नमूने धरती पर लौटेंगे"] == "subhead"
    assert a.subheads == ["नमूने धरती पर लौटेंगे"]
    assert a.text.startswith("बेंगलुरु: भारतीय अंतरिक्ष")
    assert a.text.endswith("तय समय से चल रहा है।")
    assert len(a.paragraphs) == 5 and all(p.block is not None for p in a.paragraphs)
    assert "headline" not in {a.span_text(p) for p in a.paragraphs}


def test_gzipped_and_stdin_html_give_the_same_article(tmp_path, sample):
    gz = tmp_path / "page.html.gz"
    gz.write_bytes(gzip.compress(SAMPLE.read_bytes()))
    assert analyze_bytes(gz.read_bytes(), str(gz)).text == sample.text
    result = CliRunner().invoke(main, ["analyze", "-", "--html", "--json"], input=SAMPLE.read_bytes())
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["text"] == sample.text and out["blocks"] and out["lines"] is None


def test_meta_helpers():
    assert iso_date("2024-09-03T20:46:01+05:30") == "2024-09-03T20:46:01+05:30"
    assert iso_date("2024-09-03") == "2024-09-03"  # a day stays a day
    assert iso_date("2024") is None  # never a year dressed as a date
    assert iso_date("बुधवार, 14 सितंबर 2023, 18:45 IST") == "2023-09-14T18:45:00+05:30"
    assert authors_only(["दैनिक भास्कर", "बुधवार", "Monday", "राम कुमार"], "दैनिक भास्कर") == ["राम कुमार"]
    assert authors_only(["Trine Jørgensen og Tôrtia Reimer-Johansen"], None) == ["Trine Jørgensen", "Tôrtia Reimer-Johansen"]
    assert authors_only(["Elena Oberholzer (obe)"], None) == ["Elena Oberholzer"]


def test_byline_element_gives_authors_when_metadata_has_none():
    story = "<p>" + "The council met on Monday to discuss the new budget for schools and roads in the district. " * 3 + "</p>"
    page = _page(f'<article><h1>Budget talks</h1><div class="article-byline"><span>By Jane Doe</span>'
                 f'<span>Ravi Kumar</span></div>{story}{story}</article>', '<meta property="og:site_name" content="Daily Example">')
    a = analyze_bytes(page, "x.html")
    assert a.authors == ["Jane Doe", "Ravi Kumar"] and a.evidence["authors"].startswith("byline element")


def test_headline_sources_that_agree_win_over_the_json_ld_headline():
    import json as _json

    def head(ld: dict, og: str, title: str) -> str:
        return (f'<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>'
                f'<meta property="og:title" content="{og}"><title>{title}</title>')

    body = "<h1>{}</h1>" + PARA * 2
    # The JSON-LD names the story twice; og:title repeats its "name": the shorter "headline" is a display line.
    full, short = "विधानसभा चुनाव 2027: बारिश के बीच 62 प्रतिशत मतदान", "बारिश के बीच भारी मतदान"
    ld = {"@type": "NewsArticle", "headline": short, "name": full}
    a = analyze_bytes(_page(body.format(short), head(ld, full, full + " – चुनाव")), "x.html")
    assert a.headline == full and a.evidence["headline"].startswith("json-ld name")
    # Only quotation marks differ and the <title> has none: the <title>'s reading.
    quoted, plain = "&quot;हम लौटेंगे&quot; — कप्तान ने हार के बाद कहा", "हम लौटेंगे — कप्तान ने हार के बाद कहा"
    ld = {"@type": "NewsArticle", "headline": quoted}
    a = analyze_bytes(_page(body.format(quoted), head(ld, plain, plain + " - खेल समाचार")), "x.html")
    assert a.headline == plain and a.evidence["headline"].startswith("og:title")
    # Different wording (an og:title written for sharing) leaves the JSON-LD headline in place.
    ld = {"@type": "NewsArticle", "headline": full}
    a = analyze_bytes(_page(body.format(full), head(ld, short, short + " | खबर")), "x.html")
    assert a.headline == full and a.evidence["headline"] == "json-ld headline"


def _page(body: str, head: str = "") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


PARA = "<p>" + "राज्य सरकार ने बुधवार को नई शिक्षा नीति के तहत सभी जिलों में नए विद्यालय खोलने की घोषणा की। " * 3 + "</p>"


def test_bad_html_never_crashes():
    nested = ("<div>" * 100_000 + PARA + "</div>" * 100_000).encode()
    big = _page(PARA * 60_000)  # about 30 MB
    assert len(big) > 29 * 2**20
    cases = {
        "truncated": SAMPLE.read_bytes()[: len(SAMPLE.read_bytes()) // 2],
        "no body": b"<html><head><title>x</title></head></html>",
        "nested": nested,
        # Nested elements that each hold a line and a <br>, under an <h1> and with no <p>: the region reads each
        # holder's own text, not its whole subtree (that was quadratic: 16 s for 20,000, minutes for these 50,000).
        "nested lines": _page("<h1>शीर्षक</h1>" + "<div>पंक्ति यहाँ है और कुछ और शब्द<br>" * 50_000 + "</div>" * 50_000),
        "30 MB": big,
        "cp1252 labelled utf-8": _page("<p>caf\xe9 na\xefve r\xe9sum\xe9 " * 20 + "</p>", '<meta charset="utf-8">').replace(b"\\xe9", b"") ,
        "not html": b"just a line of text, no tags at all",
    }
    for name, data in cases.items():
        t = time.perf_counter()
        a = analyze_bytes(data, "page.html")
        assert time.perf_counter() - t < 60, name
        assert a.page_type in ("article", "listing", "other"), name
    assert "no <body> text" in " ".join(analyze_bytes(cases["no body"], "x.html").warnings)
    assert "नई शिक्षा नीति" in analyze_bytes(nested, "x.html").text


def test_wrong_declared_charset_both_ways():
    text = "Café crème: le résumé du ministère, publié mercredi après la réunion du conseil des ministres. " * 4
    cp1252 = _page(f"<p>{text}</p>", '<meta charset="utf-8">').replace(text.encode(), text.encode("cp1252"))
    a = analyze_bytes(cp1252, "x.html")
    assert "ministère" in a.text and any("not valid UTF-8" in w for w in a.warnings)
    utf8 = _page(f"<p>{text}</p>", '<meta charset="windows-1252">')
    b = analyze_bytes(utf8, "x.html")
    assert "ministère" in b.text and any("bytes are UTF-8" in w for w in b.warnings)


def test_corrupt_gzip_and_binary_are_clear_errors(tmp_path):
    with pytest.raises(InputError, match="gzip"):
        analyze_bytes(gzip.compress(SAMPLE.read_bytes())[:200], "x.html.gz")
    with pytest.raises(InputError, match="binary"):
        analyze_bytes(b"\x00\x01\x02" * 100, "x.html")
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"\x1f\x8b\x08\x00garbage")
    result = CliRunner().invoke(main, ["analyze", str(bad), str(SAMPLE), "--jsonl"])
    assert result.exit_code == 1
    lines = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == 1 and lines[0]["headline"].startswith("चंद्रयान-5")  # the good page is still written
    assert "bad.html.gz" in result.stderr and "gzip" in result.stderr


def test_fundus_pages(shared_dir):
    from khabar.eval.extraction import evaluate

    result = evaluate(shared_dir / "data" / "fundus-news-html", with_baselines=False)
    o = result["overall"]
    # Measured 2026-11-26: body F1 0.9605, Hindi 0.963, dates 1.0 (BENCHMARKS.md); the issue's target is 0.97.
    assert o["body_F1"] >= 0.955 and o["date_accuracy"] == 1.0 and o["title_exact"] >= 0.95
    assert result["by_folder"]["hi"] >= 0.95 and result["by_folder"]["en-in"] >= 0.97
    for page in (shared_dir / "data" / "fundus-news-html").rglob("*.html.gz"):
        a = analyze_bytes(page.read_bytes(), str(page))
        for name in a.authors:  # never a weekday or the site's name
            assert name.casefold() not in {"monday", "बुधवार", (a.site_name or "").casefold()}


def test_hindi_steps_skip_other_languages(shared_dir):
    """The quote lexicon and the NER model are Hindi: on a German page they would tag sentence pieces as names."""
    page = shared_dir / "data/fundus-news-html"
    a = analyze_bytes(next(page.rglob("DerStandard_*.html.gz")).read_bytes(), html=True)
    assert a.language == "de" and a.page_type == "article" and len(a.text) > 1000
    assert a.entities == [] and a.quotes == []
    assert any("no quotes or entities" in w for w in a.warnings)


def _story_page(story_outside: str = "") -> str:
    para = "<p>{} नगर निगम ने कहा कि सफाई अभियान हर महीने चलेगा और इसमें छात्र भी शामिल होंगे।</p>"
    menu = "".join(f"<li><a href='/s{i}'>खंड {i}</a></li>" for i in range(40))
    return (f"<html><body><nav><ul>{menu}</ul></nav><div class='page'><div class='wrap'><div class='col'>"
            f"<div class='main'><div class='story'><h1>घाटों पर सफाई अभियान</h1><div class='body'>"
            f"{''.join(para.format(i) for i in range(6))}</div></div></div></div><aside><ul>{menu}</ul></aside></div>"
            f"</div>{story_outside}<footer>© 2026</footer></body></html>")


def test_content_region_walks_less_and_changes_nothing(monkeypatch):
    from selectolax.lexbor import LexborHTMLParser

    import khabar.steps.html as steps
    from khabar.html.blocks import walk
    from khabar.html.region import content_region

    body = LexborHTMLParser(_story_page()).body
    region = content_region(body)
    assert region is not body and len(walk(region).tags) < len(walk(body).tags) / 2  # menu and sidebar not walked
    a = analyze_bytes(_story_page().encode(), html=True)
    monkeypatch.setattr(steps, "content_region", lambda body, marked=None: body)
    assert analyze_bytes(_story_page().encode(), html=True) == a  # the same article as walking every node
    # A third of the story's paragraphs outside that element: the whole body is walked.
    outside = "".join(f"<p>{i} बाद में महापौर ने घाटों का दौरा किया और नाविक संघ से भी बात की थी।</p>" for i in range(4))
    body = LexborHTMLParser(_story_page(outside)).body
    assert content_region(body) is body


def _set_scores(name: str) -> dict:
    from khabar.eval.extraction import evaluate

    return evaluate(Path(__file__).resolve().parents[1] / "samples" / name, with_baselines=False)["overall"]


def test_independent_fictional_pages():
    """samples/html-eval: six fictional pages in the layouts of Indian Hindi sites, with references written by a
    helper who never saw khabar's code (div-and-br bodies, a story split around an ad, a live blog, an agency byline)."""
    o = _set_scores("html-eval")
    assert o["pages"] == 6 and o["body_F1"] >= 0.97 and o["title_exact"] == 1.0
    assert o["date_accuracy"] == 1.0  # "09:10 AM (IST)" included
    # samples/html-eval2: an AMP page, a photo gallery, a labelled og:title, an explainer with a list and an FAQ, a
    # table layout with a <title>-only headline, an opinion column with a pull quote (first run: titles 3/6).
    o = _set_scores("html-eval2")
    assert o["pages"] == 6 and o["body_F1"] >= 0.97 and o["title_exact"] == 1.0 and o["date_accuracy"] == 1.0
    # samples/html-eval3: an endless page with the next story appended, JSON-LD quirks, two <h1>s, a video story,
    # <div> paragraphs with a zone-less date, a bilingual page (first run: body F1 0.949, dates 5/6).
    o = _set_scores("html-eval3")
    assert o["pages"] == 6 and o["body_F1"] >= 0.97 and o["title_exact"] == 1.0 and o["date_accuracy"] == 1.0
    # samples/html-eval4: a Jagran-style page, a BBC-like page, embedded tweets, a poll, a live blog, a <span> story
    # (first run: body F1 0.958, dates 4/6; the live blog's highlights and a UTC-only date are still missed).
    o = _set_scores("html-eval4")
    assert o["pages"] == 6 and o["body_F1"] >= 0.98 and o["title_exact"] == 1.0 and o["date_accuracy"] >= 0.8
    # samples/html-eval5: pages in the habits of six families of Hindi sites (first run: body F1 0.987, all titles,
    # dates and authors right; a syndicated-feed note, a desk credit beside its time and a site promotion leaked).
    o = _set_scores("html-eval5")
    assert o["pages"] == 6 and o["body_F1"] >= 0.99 and o["title_exact"] == 1.0 and o["date_accuracy"] == 1.0
    # samples/html-eval6: a UTC-only date, inline ad slots, a live blog's key points, an AMP gallery, an English page,
    # a <title> that agrees with the <h1> (first run: body F1 0.985, titles 5/6, dates 5/6).
    o = _set_scores("html-eval6")
    assert o["pages"] == 6 and o["body_F1"] >= 0.99 and o["title_exact"] == 1.0 and o["date_accuracy"] == 1.0
    # samples/html-eval7: nested wrappers with "सार" points, a WordPress blog with comments, an e-paper table, an FAQ
    # explainer, a Bengali page, a paywalled English page (first run: body F1 0.928, trafilatura 0.916).
    o = _set_scores("html-eval7")
    assert o["pages"] == 6 and o["body_F1"] >= 0.99 and o["title_exact"] == 1.0 and o["date_accuracy"] >= 0.8
    # samples/html-eval8: a Next.js page with no <p>, page 1 of 3, a header outside <article> and an <aside> of top
    # stories, a Q&A interview, an Urdu page, an obituary (first run: body F1 0.972, titles 5/6, dates 5/6).
    o = _set_scores("html-eval8")
    assert o["pages"] == 6 and o["body_F1"] >= 0.99 and o["title_exact"] == 1.0 and o["date_accuracy"] >= 0.8


def test_visible_byline_lists_people_not_desk_or_city():
    from khabar.steps.html import _byline_names

    assert _byline_names("द्वारा: रीना कश्यप, संदीप तोमर, जनमत ब्यूरो, लखनऊ", None) == ["रीना कश्यप", "संदीप तोमर"]
    assert _byline_names("Reported By: नेहा गोखले, आदित्य पवार | मुंबई", None) == ["नेहा गोखले", "आदित्य पवार"]
    assert _byline_names("By एजेंसी | रांची", None) == []


def test_layouts_of_the_second_independent_set():
    """Rules found on samples/html-eval2 (written by a helper who never saw the code), each on a small page."""
    story = "<p>" + "जिला प्रशासन ने बुधवार को शहर के सभी वार्डों में पानी की नई पाइपलाइन बिछाने का काम शुरू किया। " * 3 + "</p>"
    pull = "शहर की हर यात्रा कहीं न कहीं पैदल ही शुरू और ख़त्म होती है।"
    page = _page(
        f'<article><h1>पटना में बनेगा नया जल शोधन संयंत्र</h1>{story}'
        f'<p>लोग कहते हैं कि {pull} इसलिए फुटपाथ ज़रूरी हैं और उन्हें खाली रखना होगा।</p>'
        f'<blockquote class="pullquote"><p>{pull}</p></blockquote>{story}'
        '<p>गांधी मैदान में लगी प्रदर्शनी। फोटो: जनमत</p><p>(डिस्क्लेमर: ये लेखक के निजी विचार हैं)</p></article>',
        '<meta property="og:title" content="Bihar News: पटना में बनेगा नया जल शोधन संयंत्र">')
    a = analyze_bytes(page, "x.html")
    assert a.headline == "पटना में बनेगा नया जल शोधन संयंत्र"  # the label before the <h1>'s words is not the title
    roles = {b.text: b.role for b in a.blocks}
    assert roles[pull] == "boilerplate:repeat" and a.text.count(pull) == 1  # a pull quote is not more text
    assert roles["गांधी मैदान में लगी प्रदर्शनी। फोटो: जनमत"] == "caption"
    assert roles["(डिस्क्लेमर: ये लेखक के निजी विचार हैं)"].startswith("boilerplate")
    # No <h1>, no metadata: the part of the <title> shown above the story, and a "date | views" line.
    old = ("<html><head><title>पूर्वांचल प्रहरी :: गोरखपुर :: ताल पर पहुंचे रिकॉर्ड प्रवासी पक्षी</title></head><body>"
           "<table><tr><td><a href='/'>मुख्य पृष्ठ</a> &gt; <a href='/g'>गोरखपुर</a></td></tr>"
           "<tr><td><b>ताल पर पहुंचे रिकॉर्ड प्रवासी पक्षी</b></td></tr>"
           "<tr><td><b>रिपोर्ट: रामप्रकाश त्रिपाठी | गोरखपुर</b><br>दिनांक: 05-03-2026 | पढ़ा गया: 1,284 बार</td></tr>"
           f"<tr><td>{story}{story}</td></tr></table></body></html>").encode()
    a = analyze_bytes(old, "x.html")
    assert a.headline == "ताल पर पहुंचे रिकॉर्ड प्रवासी पक्षी" and a.published == "2026-03-05"
    assert a.authors == ["रामप्रकाश त्रिपाठी"]


def test_layouts_of_the_fourth_independent_set():
    """Rules found on samples/html-eval4: polls and embedded posts are not the story, a live blog's time stamps do not
    end it, the "published" label wins over "updated", and a shown time takes the zone of the page's metadata."""
    para = "<p>" + "नगर निगम ने सोमवार से रात दस बजे के बाद डीजे बजाने पर रोक लगा दी है और टीमें तैनात की हैं। " * 2 + "</p>"
    page = _page(
        f'<article><h1>रात दस बजे के बाद डीजे पर रोक</h1><div class="dates">अपडेटेड: 03 अप्रैल, 2026 05:40 PM '
        f'</div><div class="dates">प्रकाशित: 03 अप्रैल, 2026 04:10 PM</div>{para * 3}'
        '<div class="poll-box"><p>क्या आप इस फैसले से सहमत हैं?</p><p>हां नहीं कह नहीं सकते</p></div>'
        '<blockquote class="twitter-tweet"><p>शानदार फैसला, अब रातें शांत होंगी और बुजुर्गों को आराम मिलेगा।</p></blockquote>'
        f'{para}</article>',
        '<meta property="article:modified_time" content="2026-04-03T17:40:00+05:30">')
    a = analyze_bytes(page, "x.html")
    assert a.published == "2026-04-03T16:10:00+05:30"
    assert "सहमत" not in a.text and "शानदार फैसला" not in a.text
    update = "<p>" + "तूफान के कारण तटीय जिलों में तेज बारिश हो रही है और राहत दल तैनात हैं। " * 2 + "</p>"
    furniture = "<div>Facebook X WhatsApp</div><div>वीडियो</div><p>देखें: तट पर लहरों का वीडियो</p><div>विज्ञापन</div>"
    live = _page(f"<article><h1>चक्रवात LIVE: तट से टकराया तूफान</h1>{update * 4}" +
                 "".join(f"{furniture}<div>{h}:15 AM16 मई 2026</div><h3>अपडेट {h}</h3>{update}" for h in (9, 8, 7)) +
                 "</article>")
    assert analyze_bytes(live, "x.html").text.count("तूफान के कारण") == 14  # all 7 paragraphs, the last updates too


def test_layouts_of_the_sixth_independent_set():
    """Rules found on samples/html-eval6, each on a small page: key points as the summary, a caption in a <span>, a
    credit inside a dated line, a gallery's heading, a UTC time in the zone the page shows, a desk is no author, and
    the <h1> that the <title> repeats wins over a search title."""
    story = "<p>" + "नगर निगम ने बुधवार को शहर की सभी सड़कों पर नई बसें चलाने की योजना को मंजूरी दे दी है। " * 3 + "</p>"
    ld = ('{"@type": "NewsArticle", "headline": "Indore News: शहर में चलेंगी नई बसें, निगम ने दी मंजूरी", '
          '"datePublished": "2026-05-02T04:30:00Z", "author": {"@type": "Person", "name": "Pravah News Desk"}}')
    page = _page(
        "<article><h1>शहर में नई बसें चलेंगी</h1><div class='key'><h2>मुख्य बातें</h2><ul><li>पहले चरण में 60 बसें</li>"
        "<li>तीन रूट पर शुरुआत</li></ul></div><div class='meta'><span>प्रवाह ब्यूरो, इंदौर</span> <span>Published by: "
        "<a href='/a'>अंकित वर्मा</a></span> <span>02 मई 2026, 10:00 AM</span></div>"
        "<div class='img'><img src='a.jpg'><span class='imgCaption'>नई बस का मॉडल। प्रवाह</span></div>"
        f"{story}<div class='photo-gallery'><div>तस्वीरों में देखें नई बसें</div></div>{story}</article>",
        f'<script type="application/ld+json">{ld}</script><title>शहर में नई बसें चलेंगी - प्रवाह</title>'
        '<meta property="og:site_name" content="प्रवाह">')
    a = analyze_bytes(page, "x.html")
    roles = {b.text: (b.role, b.kind) for b in a.blocks}
    assert roles["पहले चरण में 60 बसें"][0] == roles["तीन रूट पर शुरुआत"][0] == "standfirst"
    assert roles["मुख्य बातें"][0].startswith("boilerplate")
    assert roles["नई बस का मॉडल। प्रवाह"] == ("caption", "caption")
    assert "तस्वीरों में देखें" not in a.text and "Published by" not in a.text
    assert a.published == "2026-05-02T10:00:00+05:30" and a.authors == []
    assert a.headline == "शहर में नई बसें चलेंगी" and a.evidence["headline"].startswith("h1")
    # Beside a standfirst of its own, the key points repeat it: not text.
    page2 = _page("<article><h1>शहर में नई बसें चलेंगी</h1><h2>नगर निगम ने शहर में साठ नई बसें चलाने का फैसला किया है</h2>"
                  f"<h3>मुख्य बातें</h3><ul><li>पहले चरण में 60 बसें</li></ul>{story}{story}</article>")
    a = analyze_bytes(page2, "x.html")
    assert "पहले चरण" not in a.text and a.text.startswith("नगर निगम ने शहर में साठ")
    # A credit line naming a desk and the reporter is no standfirst: the key points below it are still the summary.
    page3 = _page("<article><h1>शहर में नई बसें चलेंगी</h1><div>न्यूज डेस्क, प्रवाह समाचार, इंदौर | अंकित वर्मा</div>"
                  f"<h3>सार</h3><ul><li>पहले चरण में 60 बसें</li><li>तीन रूट पर शुरुआत</li></ul>{story}{story}</article>")
    a = analyze_bytes(page3, "x.html")
    roles = {b.text: b.role for b in a.blocks}
    assert roles["पहले चरण में 60 बसें"] == roles["तीन रूट पर शुरुआत"] == "standfirst"
    assert roles["न्यूज डेस्क, प्रवाह समाचार, इंदौर | अंकित वर्मा"] == "byline"


def _walk_cases() -> list[bytes]:
    """Pages whose trees the C walk must read exactly as the Python walk does."""
    root = Path(__file__).resolve().parents[1] / "samples"
    pages = [gzip.decompress(p.read_bytes()) for p in sorted(root.glob("html*/*.html.gz"))]
    pages += [p.read_bytes() for p in sorted(root.glob("html*/*.html"))]
    pages += [
        "<div class='caption x' id=' y '>क<b>ख</b><br>ग<a href=#>घ  ङ</a></div><my-Card hidden>च</my-Card>".encode(),
        b"<p>\xe0\xa4 broken \xff bytes <span class=credit>\xc3</span> and\xc2\xa0nbsp\xe3\x80\x80</p>",
        "<section aria-hidden=true><p aria-hidden=true>x</p><div style='display: none'>y</div></section>".encode(),
        ("<div>" * 5_000 + "गहरा पाठ" + "</div>" * 5_000).encode(),
        "<figure><span class=imgCaption>फ़ोटो<i>:</i> एजेंसी</span></figure><svg><text>no</text></svg>".encode(),
        "<div><img src=a><!-- c --> <div>The buses will run.</div> </div><div><p>x</p><img src=a><div>not</div></div>"
        "<div><img src=a><div>cap</div><div>more</div></div><section><iframe></iframe>\n<div>t</div></section>".encode(),
        "<img src=pixel><div id=wrapper><div>मास्टहेड</div><p>पूरी खबर यहां है।</p></div>".encode(),
    ]
    return pages


def test_c_walk_reads_every_tree_as_the_python_walk():
    from khabar.html import blocks
    from khabar.html.blocks import parse, walk_python

    if blocks._C_WALK is None:
        if os.environ.get("KHABAR_EXPECT_C_WALK"):  # CI has a compiler: the walk is built, and used with its selectolax
            import importlib.util

            import selectolax

            assert importlib.util.find_spec("khabar.html._walk") is not None, "the C walk was not built"
            assert selectolax.__version__ != blocks._C_LAYOUT, "the C walk fits this selectolax but failed its probe"
        pytest.skip("the C walk is not built here (no compiler) or this selectolax is not the one it was written for")
    for data in _walk_cases():
        tree = parse(data)
        for root in (tree.body, tree.root):
            found = blocks._C_WALK.walk(root.mem_id, root.tag or "body", blocks.SKIP, blocks.INLINE, blocks.BLOCK,
                                        blocks._name_kind, blocks._hidden_style)
            assert found is not None and blocks._dom_of(*found) == walk_python(root), data[:80]


def test_layouts_of_the_seventh_independent_set():
    """Rules found on samples/html-eval7: a blog's comments, likes, author box and related posts are not the story,
    nor is a paywall; long key points are the summary; credits inside a line, a table's source and a line of numbers
    are not text."""
    para = "<p>" + "झील के किनारे बने नालों का पानी सीधे झील में गिर रहा है और इस पर कोई निगरानी नहीं है। " * 2 + "</p>"
    blog = _page(
        "<main class='site-main'><article class='post type-post'><h1>हमारी झीलें शहर की साँस हैं</h1>"
        "<div class='entry-meta'><span>11 मई 2026</span> <span>लेखक: <a href='/a'>सुधा तिवारी</a></span></div>"
        f"<div class='entry-content'>{para * 4}<p>(ये लेखिका के निजी विचार हैं।)</p></div>"
        "<div class='sharedaddy sd-like'><h3>इसे पसंद करें:</h3><div>पसंद करें लोड हो रहा है...</div></div>"
        "<div class='author-box'><h4>सुधा तिवारी</h4><div>सुधा तिवारी भोपाल में रहकर पर्यावरण और शहरी नियोजन पर लिखती हैं और "
        "पिछले पंद्रह वर्षों से झीलों पर काम कर रही हैं।</div></div>"
        "<div class='jp-relatedposts'><h3>संबंधित पोस्ट</h3><a href='/x'><h4>पुराने कुएँ और बावड़ियाँ</h4></a></div></article>"
        "<div class='comments-area'><ol class='comment-list'><li><article class='comment-body'><div class='comment-content'>"
        "<p>बहुत सही लिखा है। मैं भी कोहेफ़िज़ा में रहता हूँ और हमारे मोहल्ले का नाला सीधे झील की तरफ़ जाता है, इस पर कोई "
        "कुछ नहीं करता।</p></div></article></li></ol></div></main>")
    a = analyze_bytes(blog, "x.html")
    assert a.text.count("झील के किनारे") == 8 and "कोहेफ़िज़ा" not in a.text and "निजी विचार" not in a.text
    assert "पसंद करें" not in a.text and "पर्यावरण और शहरी" not in a.text and "बावड़ियाँ" not in a.text
    assert a.byline and "सुधा तिवारी" in a.byline
    story = "<p>" + "The company raised funds to build a new cell plant near Pune, its chief executive said on Tuesday. " * 2 + "</p>"
    paywalled = _page(
        "<article><h1>Kalpa Cells raises money for a plant</h1><section><h2>Key Takeaways</h2><ul>"
        "<li>Kalpa Cells raised ₹1,150 crore in a Series C round led by Singapore-based Meridian Growth Partners.</li>"
        "<li>The money will fund a 5 GWh cell plant at Chakan, due to start production next year.</li></ul></section>"
        f"{story * 3}<div class='paywall'><h3>Subscribe to continue reading</h3><p>This is a Premium story. Get unlimited "
        "access to in-depth reporting and market analysis.</p></div><p>Catch all the Business News, Market News and Latest "
        "News Updates on The Rupee Ledger. Download The Rupee Ledger App to get daily market updates.</p></article>")
    a = analyze_bytes(paywalled, "x.html")
    role = lambda start: next(b.role for b in a.blocks if b.text.startswith(start))  # noqa: E731
    assert role("Kalpa Cells raised") == role("The money will fund") == "standfirst"
    assert "Premium" not in a.text and "Catch all" not in a.text and "Subscribe" not in a.text
    hindi = _page(
        "<article><h1>खेल सामान कारीगरों के लिए बनेगा केंद्र</h1><div>सार</div><ul>"
        "<li>सूरजकुंड रोड स्थित पुराने औद्योगिक आस्थान में दो एकड़ में बनेगा केंद्र</li><li>क्रिकेट बैट, फुटबॉल और बॉक्सिंग "
        "ग्लव्स बनाने वाली 300 से ज्यादा छोटी इकाइयों को मिलेगा फायदा</li></ul>"
        "<div class='auth-line'>संवाद न्यूज एजेंसी, मेरठ | Published by: <a href='/a'>आकाश दुबे</a></div>"
        f"{para * 3}<table><tr><td>दर</td></tr></table><p>स्रोत: लखनऊ नगर निगम</p>{para}"
        "<div class='follow-txt'>उदय भारती की खबरें सबसे पहले पाने के लिए हमें फॉलो करें</div></article>")
    a = analyze_bytes(hindi, "x.html")
    assert role("सूरजकुंड रोड") == role("क्रिकेट बैट") == "standfirst"  # the points under "सार"
    assert role("संवाद न्यूज एजेंसी") == "byline" and "स्रोत" not in a.text and "फॉलो" not in a.text
    dates = _page("<article><h1>গরমে স্বস্তি দিতে শহরে ছাউনি বসাচ্ছে পুরসভা</h1><div>প্রকাশিত: ১২ মে ২০২৬ ০৭:৫৫ শেষ আপডেট: ১২ মে "
                  f"২০২৬ ০৯:৪০</div>{para * 3}</article>")
    assert analyze_bytes(dates, "x.html").standfirst is None  # a line of numbers is no summary


def test_layouts_of_the_eighth_independent_set():
    """Rules found on samples/html-eval8: an <aside> is beside the story, a metadata title that is the first clause of
    the <h1> gives way to it, a "date • reading time" line and a line of page facts with a time are not text."""
    para = "<p>" + "कोटा में सिटी बसें अब रात 11 बजे तक चलेंगी और हॉस्टल इलाकों में छह नए रूट शुरू होंगे। " * 2 + "</p>"
    teaser = "<p>" + "नगर निगम ने दावा किया था कि सभी बड़े नालों की सफाई पूरी हो जाएगी, लेकिन कई वार्डों में काम अधूरा है। " + "</p>"
    page = _page(
        "<main><article><h1>कोटा में रात 11 बजे तक चलेंगी सिटी बसें, हॉस्टल इलाकों में छह नए रूट</h1>"
        f"<div>4 जून 2026 • 4 मिनट में पढ़ें</div>{para * 4}<div>سید فرحان علی | اشاعت: 05 جون 2026، 07:45 PM IST | "
        f"آخری اپ ڈیٹ: 05 جون 2026، 09:05 PM IST</div></article><aside><h2>टॉप स्टोरीज़</h2>{teaser * 4}</aside></main>",
        '<meta property="og:title" content="कोटा में रात 11 बजे तक चलेंगी सिटी बसें">')
    a = analyze_bytes(page, "x.html")
    assert a.headline == "कोटा में रात 11 बजे तक चलेंगी सिटी बसें, हॉस्टल इलाकों में छह नए रूट"
    assert "नालों" not in a.text and "मिनट में पढ़ें" not in a.text and "اشاعت" not in a.text


def test_layouts_of_the_ninth_independent_set():
    """Rules found on samples/html-eval9: a Hindi page's metadata title that opens with Latin search keywords gives
    way to its <h1>; an author typed as an organisation is no person; a story written as <br>-separated text counts
    as prose (so a sidebar of teasers is not the page's wrapper); a reading-time claim run together with other page
    facts, and a video's labelled title, are not text."""
    import json as _json

    h1 = "आगरा के पेठा कारखानों में बुझीं कोयले की भट्ठियां, 310 इकाइयां पीएनजी पर शिफ्ट"
    seo = "Agra Petha News: आगरा के पेठा कारखानों में बुझीं कोयले की भट्ठियां, 310 इकाइयां गैस पर"
    ld = {"@type": "NewsArticle", "headline": seo, "author": {"@type": "Organization", "name": "भाषा"}}
    head = f'<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>'
    body = (f"<article><h1>{h1}</h1><div>जयपुरअपडेटेड 2 घंटे पहले3 मिनट में पढ़ें</div>{PARA * 2}"
            "<p>वीडियो: नई व्यवस्था पर क्या बोले ई-रिक्शा चालक</p>" + PARA + "</article>")
    a = analyze_bytes(_page(body, head), "x.html")
    assert a.headline == h1 and a.evidence["headline"].startswith("h1 (the metadata title opens with a search label")
    assert a.authors == []
    assert "पढ़ें" not in a.text and "वीडियो" not in a.text and a.text.count("नई शिक्षा नीति") == 9
    assert a.reading_time.site_claim_minutes == 3.0
    # A line that also gives the date stays the date line; the story after a video's title is still text.
    b = analyze_bytes(_page(f"<article><h1>{h1}</h1><div>4 जून 2026 • 4 मिनट में पढ़ें</div>{PARA * 2}</article>"), "x.html")
    assert b.published == "2026-06-04"
    # The same label on a page in Latin letters is the title (NRK: "OL i Paris 2024: …" over a shorter <h1>).
    latin = "OL i Paris 2024: Tårene rant for stavhopper Lene Retzius – så kom sjokkvendingen"
    ld = {"@type": "NewsArticle", "headline": latin}
    c = analyze_bytes(_page("<h1>Tårene rant for norsk OL-håp – så kom sjokkvendingen</h1>" + PARA * 2,
                            f'<script type="application/ld+json">{_json.dumps(ld, ensure_ascii=False)}</script>'), "x.html")
    assert c.headline == latin
    # An e-paper clip: the story in <br>-separated text, a sidebar of teasers with their own datelines.
    story = "<br><br>".join(["बांदा। शजर पत्थर के कारीगरों के लिए केन नदी के किनारे हुनर हाट बनेगा, जिसमें चालीस दुकानें होंगी।"
                             " जिला प्रशासन ने इसके लिए ज़मीन चिह्नित कर ली है और काम दिसंबर तक पूरा करने का लक्ष्य है।"] * 5)
    teasers = "".join(f"<li><a href=/c{i}><strong>अतर्रा में गन्ना तौल शुरू</strong></a><p>अतर्रा। गन्ना क्रय केंद्र पर "
                      f"मंगलवार से तौल शुरू हो गई। पहले दिन आसपास के गांवों से {i}० किसान अपनी उपज लेकर पहुंचे...</p></li>"
                      for i in range(1, 6))
    d = analyze_bytes(_page(f"<div class=clip><h1>शजर पत्थर के कारीगरों को मिलेगा अपना हुनर हाट</h1><div>{story}</div></div>"
                            f"<aside class=side><section><h3>इस पेज की अन्य ख़बरें</h3><ul>{teasers}</ul></section></aside>"), "x.html")
    assert "शजर पत्थर" in d.text and "गन्ना" not in d.text


def test_layouts_of_the_tenth_independent_set():
    """Rules found on samples/html-eval10: the <time> marked as the publication (not the "Last Updated" one); a
    date-only JSON-LD time gives way to the same day's full time; with no <h1>, a shown title whose words hold all
    of the (shorter) metadata title is the headline; a byline's "संवाददाता:" label and its "town (district)" are no
    author; a time after "समय:" belongs to its date; a zone-less time on a Hindi page is IST."""
    import json as _json

    times = ('<div>Last Updated: <time datetime="2026-04-07T18:20:00+05:30">Apr 7, 18:20 IST</time> '
             'Published: <time datetime="2026-04-07T12:05:00+05:30" pubdate>Apr 7, 12:05 IST</time></div>')
    a = analyze_bytes(_page("<article><h1>Residents adopt canal stretches before monsoon in Kochi</h1>" + times + PARA * 2
                            + "</article>"), "x.html")
    assert a.published == "2026-04-07T12:05:00+05:30"
    lds = [{"@type": "ClaimReview", "datePublished": "2026-04-03"},
           {"@type": "NewsArticle", "headline": "फैक्ट चेक: छुट्टी का नोटिस फ़र्ज़ी", "datePublished": "2026-04-03T17:05:00+05:30"}]
    head = "".join(f'<script type="application/ld+json">{_json.dumps(x, ensure_ascii=False)}</script>' for x in lds)
    assert analyze_bytes(_page("<h1>फैक्ट चेक: छुट्टी का नोटिस फ़र्ज़ी</h1>" + PARA * 2, head), "x.html").published \
        == "2026-04-03T17:05:00+05:30"
    title = "हमीरपुर में 12 करोड़ से बनेगा नया बस अड्डा, 18 महीने में पूरा होगा निर्माण"
    old_cms = (f"<table><tr><td><font size=5><b>{title}</b></font></td></tr><tr><td><font>संवाददाता: <b>निर्मल कंवर</b>, "
               "हमीरपुर | दिनांक: 05-03-2026 समय: 10:32</font></td></tr><tr><td>" + PARA * 3 + "</td></tr></table>")
    b = analyze_bytes(_page(old_cms, '<meta property="og:title" content="हमीरपुर में बनेगा नया बस अड्डा">'), "x.html")
    assert b.headline == title and b.authors == ["निर्मल कंवर"]
    assert b.published == "2026-03-05T10:32:00+05:30" and "IST" in b.evidence["published"]
    assert authors_only(["सुधीर पांडेय", "जमालपुर (मुंगेर)"], None) == ["सुधीर पांडेय"]
    # An English page gives no zone and says nothing of India: its time keeps no offset.
    c = analyze_bytes(_page("<h1>Council approves new cycle lanes</h1><p>Updated: 05 March 2026 10:32</p>"
                            "<p>" + "The council approved twelve kilometres of new cycle lanes on Tuesday evening. " * 4
                            + "</p>"), "x.html")
    assert c.published == "2026-03-05T10:32:00"


def test_layouts_of_the_eleventh_independent_set():
    """Rules found on samples/html-eval11: a UTC time on an Indian page is written in IST (not on other pages); a
    date marked with microdata on an <abbr>; a note about the writer and an agency/uploader credit are not text."""
    import json as _json

    def ld(when: str) -> str:
        return f'<script type="application/ld+json">{_json.dumps({"@type": "NewsArticle", "datePublished": when})}</script>'

    body = ("<h1>दिन में सस्ती, शाम को महंगी बिजली</h1><div>एजेंसी: समाचार सेवा भारती (एसएसबी) | अपलोडेड बाय: जनमंच डेस्क</div>"
            + PARA * 2 + "<p>(लेखिका लोक संगीत पर शोध करती हैं और बुंदेली लोक गायकों पर दो किताबें लिख चुकी हैं।)</p>")
    a = analyze_bytes(_page(body, ld("2026-03-30T00:30:00Z")), "x.html")
    assert a.published == "2026-03-30T06:00:00+05:30" and "IST" in a.evidence["published"]
    assert "एजेंसी" not in a.text and "लेखिका" not in a.text and a.byline and "एसएसबी" in a.byline
    english = "<h1>Council approves new cycle lanes</h1>" + "<p>" + "The council approved new cycle lanes on Tuesday. " * 5 + "</p>"
    assert analyze_bytes(_page(english, ld("2026-03-30T00:30:00Z")), "x.html").published == "2026-03-30T00:30:00+00:00"
    assert analyze_bytes(_page(english.replace("<html>", ""), ld("2026-03-30T00:30:00Z")).replace(b"<html>", b'<html lang="en-IN">'),
                         "x.html").published == "2026-03-30T06:00:00+05:30"
    blog = ("<h1>बुंदेलखंड डायरी</h1><h3>नहीं रहे आल्हा सम्राट</h3><span><abbr class='published' itemprop='datePublished' "
            "title='2026-02-21T19:40:00+05:30'>7:40 pm</abbr></span>" + PARA * 2)
    assert analyze_bytes(_page(blog), "x.html").published == "2026-02-21T19:40:00+05:30"


def test_layouts_of_the_twelfth_independent_set():
    """Rules found on samples/html-eval12: a match report's scorecard and live commentary below it are not the story;
    a long ticker strip is furniture; a Latin search label over a title in another script gives way to an <h1> of a
    headline's length even when the two share few words."""
    report = "<p>" + "कानपुर। शिवानी यादव की नाबाद 71 रन की पारी के दम पर कानपुर कॉमेट्स ने फाइनल जीत लिया। " * 3 + "</p>"
    commentary = "".join(f"<p>नंदिनी पाल से शिवानी यादव, चौका! ऑफ़ स्टंप के बाहर फुल गेंद और कवर के ऊपर से शानदार शॉट, गेंद {i}।</p>"
                         for i in range(12))
    page = _page("<article><h1>कानपुर कॉमेट्स ने जीता महिला टी20 लीग का फाइनल</h1><h2>मैच रिपोर्ट</h2>" + report * 3
                 + "<h2>लाइव कमेंट्री</h2>" + commentary + "</article>")
    a = analyze_bytes(page, "x.html")
    assert "कानपुर कॉमेट्स ने फाइनल" in a.text and "चौका" not in a.text
    ticker = "<div>Sensex 81,245.12 ▲ 342.80 (0.42%)Nifty 50 24,688.35 ▲ 101.15 (0.41%)Nifty Bank 53,912.70 ▼ 48.20 (0.09%)</div>"
    b = analyze_bytes(_page("<article><h1>Cold chain IPO subscribed 25 times on the final day</h1>" + ticker
                            + "<p>" + "The issue drew bids for many times the shares on offer on the last day. " * 4 + "</p></article>"), "x.html")
    assert "Sensex" not in b.text
    h1 = "ঘূর্ণির মৃৎশিল্পীদের জন্য তৈরি হবে সাধারণ চুল্লি ও শুকোনোর ঘর, বর্ষায় আর নষ্ট হবে না পুতুল"
    c = analyze_bytes(_page(f"<h1>{h1}</h1>" + "<p>" + "ঘূর্ণিতে মৃৎশিল্পীদের জন্য নতুন চুল্লি তৈরি হবে বলে জানানো হয়েছে। " * 4 + "</p>",
                            '<meta property="og:title" content="Krishnanagar Clay Dolls: ঘূর্ণিতে ২.৪ কোটির গ্যাস চুল্লি">'), "x.html")
    assert c.headline == h1


def test_the_byline_that_names_people_gives_the_authors():
    """samples/html-eval13: a desk's byline in the header and the reporter's in the story's first line: the authors
    come from the first byline that names people."""
    page = _page("<article><h1>जबलपुर में सराफा कारोबारी के कर्मचारी ने की चोरी</h1><div>द्वारा न्यूज़ डेस्क</div>"
                 "<div class=entry-content><p>रिपोर्ट: सौरभ तिवारी | जबलपुर</p>" + PARA * 2 + "</div></article>")
    assert analyze_bytes(page, "x.html").authors == ["सौरभ तिवारी"]


def test_a_box_of_live_updates_above_the_story_is_not_the_story():
    updates = "".join(f"<li>0{i}:10 PM</li><p>बजट बैठक में पार्षदों ने {i} बार हंगामा किया और कार्यवाही कुछ देर के लिए रोकनी पड़ी।</p>"
                      for i in range(1, 5))
    page = _page(f"<div class=live><h3>नगर निगम बजट बैठक: पल-पल की अपडेट</h3><ul>{updates}</ul></div>"
                 "<article><h1>पटना नगर निगम की बजट बैठक में हंगामा, होल्डिंग टैक्स पर विरोध</h1>" + PARA * 3 + "</article>",
                 '<meta property="og:title" content="पटना नगर निगम की बजट बैठक में हंगामा, होल्डिंग टैक्स पर विरोध">')
    a = analyze_bytes(page, "x.html")
    assert "नई शिक्षा नीति" in a.text and "हंगामा किया" not in a.text


def test_layouts_of_the_fifteenth_independent_set():
    """Rules found on samples/html-eval15: a metadata title that rewords one word of a heading a third longer gives way
    to the heading; with no date elsewhere, a date line in a byline box among the story's blocks is the date; the short
    cells of a data table, a pull quote and a disclaimer box are not the story (a layout table's lone subhead is)."""
    from khabar.html.meta import shortened

    assert shortened("Vardhan Agro Foods shares jump 9% on Rs 420-crore export order",
                     "Vardhan Agro Foods shares jump 9% after company bags Rs 420-crore export order from West Asia")
    assert not shortened("Vardhan Agro Foods shares jump 9% on Rs 420-crore export order",
                         "Vardhan Agro Foods shares jump 9% after a Rs 420-crore export order")  # not a third longer
    assert not shortened("बाजार में जोरदार तेजी", "शेयर बाजार में भारी तेजी लौटी, निवेशक खुश")  # too short to reword a word
    h1 = "सोलर रूफटॉप पर नई सब्सिडी: किसे मिलेगा फायदा और कैसे करें आवेदन"
    table = ("<table><caption>सिस्टम के हिसाब से सब्सिडी</caption><tr><th>सिस्टम क्षमता</th><th>राज्य की अतिरिक्त सब्सिडी</th></tr>"
             "<tr><td>1 किलोवाट</td><td>5,000 रुपये</td></tr></table>")
    page = _page(f"<article><h1>{h1}</h1><p class=summary>" + "राज्य सरकार ने सोलर योजना शुरू की है और लोगों को मदद मिलेगी। " * 2
                 + "</p><div class=byline-box><a>दीपिका शर्मा</a><br><span>प्रकाशित: रविवार, ८ मार्च २०२६, ११:२० AM</span></div>"
                 + PARA * 2 + table + PARA + "<blockquote class=sh-pullquote><p>धूप बाढ़ की तरह नहीं आती, हमारी योजनाएं भी ऐसी न हों।</p></blockquote>"
                 + PARA + "<p class=jm-disclaimer>(यह जानकारी निगम के दिशा-निर्देशों पर आधारित है और बदल भी सकती है।)</p></article>")
    a = analyze_bytes(page, "x.html")
    assert a.published == "2026-03-08T11:20:00+05:30"
    assert "नई शिक्षा नीति" in a.text
    assert "अतिरिक्त सब्सिडी" not in a.text and "5,000" not in a.text
    assert "धूप बाढ़" not in a.text and "दिशा-निर्देशों" not in a.text
    layout = _page(f"<table><tr><td><h1>{h1}</h1></td></tr><tr><td>{PARA}</td></tr>"
                   f"<tr><td>किसानों ने कहा, समय पर मिले किस्त</td></tr><tr><td>{PARA * 3}</td></tr></table>")
    assert "किसानों ने कहा, समय पर मिले किस्त" in analyze_bytes(layout, "x.html").text
    # The set itself (first run: body F1 0.985, titles 6/8, dates 7/8, authors 7/7; trafilatura 0.926).
    o = _set_scores("html-eval15")
    assert o["pages"] == 8 and o["body_F1"] >= 0.99 and o["title_exact"] == 1.0 and o["date_accuracy"] == 1.0


def test_layouts_of_the_sixteenth_independent_set():
    """Rules found on samples/html-eval16: a <title> that is the <h1> followed by the site's name outvotes a reworded
    og:title; a credit line naming a desk is a byline, and the site's name in the other script is no author; a video's
    title after a symbol and its length and view count are the video block's."""
    h1 = "चंबल पेयजल लाइन में रिसाव, 42 कॉलोनियों में दो दिन नहीं आएगा पानी"
    head = (f"<title>{h1} - पर्वत प्रहरी ई-पेपर | Parvat Prahari Epaper</title>"
            '<meta property="og:title" content="कोटा: चंबल पाइपलाइन में रिसाव, दो दिन पानी नहीं | ई-पेपर क्लिप">'
            '<meta property="og:site_name" content="Parvat Prahari">')
    page = _page(f"<article><h1>{h1}</h1><div>न्यूज डेस्क, पर्वत प्रहरी, कोटा | गौरव रावत</div>" + PARA * 2
                 + "<div>▶ वीडियो: देखिए, बड़े तालाब किनारे कैसा दिखेगा नया साइकिल ट्रैक</div><div>02:14 12K बार देखा गया</div>"
                 + PARA + "</article>", head)
    a = analyze_bytes(page, "x.html")
    assert a.headline == h1 and a.authors == ["गौरव रावत"]
    assert "वीडियो" not in a.text and "देखा गया" not in a.text
    from khabar.steps.html import _date_passed_over

    # An e-paper clip's date and time in two cells above its title are one date line.
    assert _date_passed_over(["दिनांक: 14/03/2026", "समय: 18:20", "पृष्ठ: 3"]) == "2026-03-14T18:20:00"
    o = _set_scores("html-eval16")  # first run: body F1 0.982, titles 7/8, dates 7/8, authors 5/7 (trafilatura 0.913)
    assert o["pages"] == 8 and o["body_F1"] >= 0.98 and o["title_exact"] == 1.0 and o["author_accuracy"] >= 0.85
    assert o["date_accuracy"] == 1.0


def test_layouts_of_the_seventeenth_independent_set():
    """Rules found on samples/html-eval17, each on a small page: the note about the writer closes a column (a newsletter
    box and letters below it are not the column's); a long caption above the story is no prose of it, so the key points
    under it stay a box; the byline's Devanagari names win over the metadata's Latin spellings of the same people; a
    CMS account ("admin") is nobody; "name, place" beside the date line is the byline."""
    col = "<p>" + "Heat is now the most dangerous thing on an Indian street in April and May, and we count only cars. " * 3 + "</p>"
    page = _page(f"<main><h1>Our cities need shade maps</h1>{col}{col}<p>The writer teaches urban design in Pune and leads a "
                 "walking survey. Views are personal.</p><h3>The Opinion Letter</h3><p>The week's sharpest arguments, in "
                 "your inbox every Saturday, from our editors.</p><h3>Letters to the Editor</h3><p>Your editorial on the "
                 "budget missed the point that most of the money goes to roads.</p></main>")
    a = analyze_bytes(page, "x.html")
    assert "The writer teaches" not in a.text and "Opinion Letter" not in a.text and "Your editorial" not in a.text
    assert a.text.count("Heat is now") == 6
    story = "<p>" + "नगर निगम ने नर्मदा के पांच घाटों पर तैरते कचरा अवरोधक लगाने की योजना को बुधवार को मंजूरी दे दी। " * 3 + "</p>"
    ld = ('{"@type": "NewsArticle", "headline": "नर्मदा के घाटों पर लगेंगे कचरा अवरोधक", "author": [{"@type": "Person", '
          '"name": "Neha Tiwari"}, {"@type": "Person", "name": "Satyam Dubey"}]}')
    page = _page("<article><h1>नर्मदा के घाटों पर लगेंगे कचरा अवरोधक</h1><h2>नगर निगम ने 4.2 करोड़ रुपये की योजना को दी मंजूरी, "
                 "मई के अंत तक काम पूरा करने का लक्ष्य</h2><div>रिपोर्ट: नेहा तिवारी, सत्यम दुबे</div><figure><img src=a.jpg>"
                 "<figcaption>ग्वारीघाट पर नाले के पास किनारे जमा प्लास्टिक कचरा। निगम का दावा है कि अवरोधक लगने के बाद यह कचरा "
                 "नदी में नहीं जाएगा।</figcaption></figure><h3>मुख्य बातें</h3><ul><li>पांच घाटों पर लगेंगे अवरोधक</li>"
                 f"<li>मानसून से पहले पहला चरण</li></ul>{story}{story}</article>",
                 f'<script type="application/ld+json">{ld}</script>')
    a = analyze_bytes(page, "x.html")
    assert "पांच घाटों पर लगेंगे अवरोधक" not in a.text and a.authors == ["नेहा तिवारी", "सत्यम दुबे"]
    page = _page(f"<h1>गंगा पार के गांवों के लिए नाव एम्बुलेंस</h1><div>महेंद्र सिंह चौहान, ग्वालियर</div>"
                 f"<div>प्रकाशित: बुधवार, 11 मार्च 2026, 18:45 IST</div>{story}{story}",
                 '<meta name="author" content="admin">')
    a = analyze_bytes(page, "x.html")
    assert a.authors == ["महेंद्र सिंह चौहान"] and "ग्वालियर" not in a.text.split("।")[0][:20]
    page = _page(f"<h1>गंगा पार के गांवों के लिए नाव एम्बुलेंस</h1><div>हरिप्रसाद जांगिड़ | कोटा</div>{story}{story}")
    assert analyze_bytes(page, "x.html").authors == ["हरिप्रसाद जांगिड़"]  # right under the title: the e-paper's byline
    # html-eval34 (Punjabi): the place may come with its district in brackets
    page = _page(f"<h1>गंगा पार के गांवों के लिए नाव एम्बुलेंस</h1><div>गुरप्रीत सिंह संधू, समराला (लुधियाना)</div>"
                 f"<div>प्रकाशित: बुधवार, 11 मार्च 2026, 18:45 IST</div>{story}{story}")
    a = analyze_bytes(page, "x.html")
    assert a.byline == "गुरप्रीत सिंह संधू, समराला (लुधियाना)" and "समराला" not in a.text


def test_layouts_of_the_eighteenth_independent_set():
    """Rules found on samples/html-eval18: a quote cut short by an ellipsis inside the metadata title gives way to the
    <h1>; the editor named in a byline is no author; a byline box between the story's blocks still shows the names the
    metadata spells in Latin letters (one more there is the editor); a masthead's date above the title and comments'
    dates below the story are not the story's; a link to the story's next page ends what this page holds of it; a
    recording with its length is an audio player."""
    story = "<p>" + "झाबुआ के तीरंदाजी कोच ने बताया कि गांव के बच्चे बचपन से तीर-कमान चलाते हैं और सही दिशा मिलते ही आगे बढ़ते हैं। " * 3 + "</p>"
    ld = ('{"@type": "NewsArticle", "headline": "‘तीर-कमान हमारे खून में है…’: तीरंदाजी कोच का इंटरव्यू", '
          '"author": [{"@type": "Person", "name": "Saumya Rawat"}, {"@type": "Person", "name": "Nitin Joshi"}]}')
    h1 = "‘तीर-कमान हमारे खून में है, बस सही दिशा चाहिए थी’: झाबुआ के तीरंदाजी कोच से खास बातचीत"
    page = _page(f"<div>गुरुवार, 12 मार्च 2026</div><article><h1>{h1}</h1>{story}<div>लेखक: सौम्या रावत | संपादन: नितिन जोशी</div>"
                 f"<div>प्रकाशित: 11 मार्च 2026, 09:55 AM</div>{story}<p>सुनिए: कोच की आवाज़ में गांव के तीरंदाजों की कहानी "
                 f"(2021 की रिकॉर्डिंग) 06:42</p>{story}<div>अगले पेज पर जारी</div><p>यह पोर्टल पाठकों के सहयोग से चलता है और "
                 "हर हफ्ते ऐसी कहानियां लाता है, आप भी हमारा साथ दें और सदस्य बनें।</p></article><div>टिप्पणियां</div>"
                 "<div>गीता चौधरी 13 मार्च 2026</div><p>बहुत अच्छी कहानी है, कोच को शुभकामनाएं।</p>",
                 f'<script type="application/ld+json">{ld}</script>')
    a = analyze_bytes(page, "x.html")
    assert a.headline == h1 and a.authors == ["सौम्या रावत"]
    assert a.published == "2026-03-11T09:55:00+05:30"
    assert "सुनिए" not in a.text and "पाठकों के सहयोग" not in a.text
    from khabar.steps.html import _byline_names

    assert _byline_names("By Farah Siddiqui · Edited by Aditya Menon", None) == ["Farah Siddiqui"]
    assert _byline_names("लेखक: अभिनव त्रिवेदीप्रकाशित: १३ मार्च २०२६, ०९:५५ AM", None) == ["अभिनव त्रिवेदी"]


def test_layouts_of_the_nineteenth_independent_set():
    """Rules found on samples/html-eval19: the site's name with a desk's word after it ("Patli Prawah Digital") is the
    outlet; on a Hindi page whose metadata spells the authors in Latin letters the byline element's Devanagari names
    are given; a table inside the story does not close it; a metadata title cut short gives way to the heading that
    holds it whole (a blog's post title under the blog's own <h1>)."""
    from khabar.html.meta import authors_only

    assert authors_only(["Patli Prawah Digital"], "Patli Prawah") == []
    assert authors_only(["Le Figaro et AFP"], "Le Figaro") == ["Le Figaro et AFP"]
    story = "<p>" + "जिले में गेहूं की फसल पर पीला रतुआ रोग का असर दिखने लगा है और कृषि विभाग ने किसानों को दवा छिड़कने की सलाह दी है। " * 3 + "</p>"
    ld = ('{"@type": "NewsArticle", "headline": "गेहूं की फसल पर पीला रतुआ रोग का असर, कृषि विभाग ने दी दवा छिड़कने की...", '
          '"author": {"@type": "Person", "name": "Akanksha Mishra"}}')
    table = "<table class='scorecard'>" + "<tr><td>बल्लेबाज</td><td>रन</td></tr>" * 4 + "</table>"
    page = _page(f"<h1>बिजनौर खबरनामा</h1><h3>गेहूं की फसल पर पीला रतुआ रोग का असर, कृषि विभाग ने दी दवा छिड़कने की सलाह</h3>"
                 f"<div class='author-name'>आकांक्षा मिश्रा</div>{story}{table}{table}{story}"
                 "<p>कृषि अधिकारी ने कहा कि किसान घबराएं नहीं, समय पर दवा छिड़कने से फसल बच जाएगी और पैदावार पर असर नहीं होगा।</p>",
                 f'<script type="application/ld+json">{ld}</script>')
    a = analyze_bytes(page, "x.html")
    assert a.headline.endswith("दवा छिड़कने की सलाह") and a.authors == ["आकांक्षा मिश्रा"]
    assert "किसान घबराएं नहीं" in a.text


def test_a_teasers_summary_between_links_to_other_stories():
    """html-eval19: under a list of other stories, each link's one-line summary between two links is the list's too."""
    story = "<p>" + "हिसार के तीन गांवों की महिलाओं ने देसी बाजरे और ग्वार की पुरानी किस्मों को बचाने के लिए बीज बैंक बनाया है। " * 3 + "</p>"
    teasers = "".join(f"<div><a href='/n{i}'>खेती की खबर संख्या {i}: गेहूं की फसल पर नया अपडेट</a></div>"
                      f"<div>कृषि विभाग ने किसानों को फसल की देखभाल के लिए नई सलाह {i} जारी की है।</div>" for i in range(4))
    a = analyze_bytes(_page(f"<article><h1>महिलाओं ने बनाया बीज बैंक</h1>{story}{story}<h3>खेती-बाड़ी</h3>{teasers}</article>"), "x.html")
    assert "नई सलाह 1" not in a.text and "नई सलाह 2" not in a.text and a.text.count("बीज बैंक बनाया") == 6
    # html-eval34 (Bengali): a story's paragraph with somebody's words in quotation marks, between two "also read" links
    # inside the story, is the story's, not a teaser's summary.
    quoted = "<p>पुरानी किताबों के विक्रेता हरिधन दास ने कहा, “बहुत लोग फोन करके पूछते हैं कि कोई किताब है या नहीं। अब वे खुद ऐप पर देख लेंगे।”</p>"
    links = [f"<p><a href='/n{i}'>पुस्तक मेले की तैयारी शुरू, इस बार {i}00 स्टॉल लगेंगे</a></p>" for i in range(2)]
    a = analyze_bytes(_page(f"<article><h1>महिलाओं ने बनाया बीज बैंक</h1>{story}{links[0]}{quoted}{links[1]}{story}</article>"), "x.html")
    assert "हरिधन दास ने कहा" in a.text and "पुस्तक मेले" not in a.text


def test_layouts_of_the_twentieth_independent_set():
    """Rules found on samples/html-eval20: an agency is no author ("PTI" as a JSON-LD Person, "By: PTI | Pune"); the
    "Published By :" byline names the writer, "सिंह" matching "Singh"; a metadata time with no zone on a page that shows
    its times in IST is in IST; an <h1> with the same words in other quotation marks is the title as shown."""
    from khabar.html.meta import authors_only, same_people
    from khabar.steps.html import _byline_names

    assert authors_only(["PTI", "IANS"], None) == [] and _byline_names("By: PTI | Pune | Updated: March 14, 2026", None) == []
    assert _byline_names("Published By : अनुराधा सिंह | Updated: 14 मार्च 2026, 18:45 IST", None) == ["अनुराधा सिंह"]
    assert same_people(["Anuradha Singh"], ["अनुराधा सिंह"])
    story = "<p>" + "Researchers found a new bush frog species in a sacred grove near Ratnagiri during a monsoon survey. " * 3 + "</p>"
    ld = """{"@type": "NewsArticle", "headline": "New bush frog found in Ratnagiri's sacred grove",
             "datePublished": "2026-03-14T17:58:00"}"""
    page = _page(f"<article><h1>New bush frog found in Ratnagiri’s sacred grove</h1><div>By: PTI | Pune | Updated: March 14, "
                 f"2026 18:45 IST</div>{story}{story}</article>", f'<script type="application/ld+json">{ld}</script>')
    a = analyze_bytes(page, "x.html")
    assert a.headline == "New bush frog found in Ratnagiri’s sacred grove" and a.authors == []
    assert a.published == "2026-03-14T17:58:00+05:30"


def test_authors_of_the_twenty_third_independent_set():
    """Rules found on samples/html-eval23: a byline element's designation is no name ("अमित व्यास, वरिष्ठ संवाददाता"),
    so the Devanagari name wins over the metadata's "Amit Vyas"; a meta author that is the site's name in Latin letters
    ("Chhotanagpur Samvad" of "छोटानागपुर संवाद") is no author; Blogger's "प्रस्तुतकर्ता <blog>" names the blog, which the
    <title> sets beside the post's headline."""
    from khabar.html.meta import authors_only

    assert authors_only(["Chhotanagpur Samvad"], "छोटानागपुर संवाद") == []
    story = "<p>" + "कंपनी का तिमाही मुनाफा सोने की ऊंची कीमतों और गोल्ड लोन की बढ़ती मांग से 34 प्रतिशत बढ़ गया है। " * 3 + "</p>"
    head = ('<meta property="og:title" content="कंपनी का मुनाफा 34% बढ़ा">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "कंपनी का मुनाफा 34% बढ़ा", '
            '"author": {"@type": "Person", "name": "Amit Vyas"}}</script>')
    byline = ('<div class="vp-byline"><a class="vp-byline__name" href="/author/amit-vyas">अमित व्यास</a>, '
              '<span class="vp-byline__desig">वरिष्ठ संवाददाता</span> | मुंबई</div>')
    a = analyze_bytes(_page(f"<article><h1>कंपनी का मुनाफा 34% बढ़ा</h1>{byline}{story}{story}</article>", head), "x.html")
    assert a.authors == ["अमित व्यास"]
    blog = ('<title>सरयू संदेश लाइव: मेले में बदला रहेगा यातायात</title>'
            '<meta property="og:title" content="मेले में बदला रहेगा यातायात">')
    post = ("<h1>सरयू संदेश लाइव</h1><h3 class='post-title'>मेले में बदला रहेगा यातायात</h3>"
            "<div><b>संवाददाता: दिनेश चंद्र पांडेय</b></div>" + story.replace("कंपनी का तिमाही मुनाफा", "मेले में यातायात") * 2 +
            "<span class='post-author vcard'>प्रस्तुतकर्ता <span class='fn' itemprop='author'>सरयू संदेश लाइव</span></span>")
    b = analyze_bytes(_page(post, blog), "x.html")
    assert b.site_name == "सरयू संदेश लाइव" and "सरयू संदेश लाइव" not in b.authors


def test_a_byline_cell_with_the_reporters_place():
    """samples/html-eval24: an old table layout's "<td class="byline"><b>रिपोर्ट: मनोज कुमार झा, सहरसा</b></td>" names the
    reporter (the place after the comma is not a name); html-eval9's "रिपोर्ट: आलोक मिश्रा | नई दिल्ली" keeps one name."""
    from khabar.html.blocks import parse
    from khabar.html.meta import _dom_authors

    tree = parse('<table><tr><td class="byline"><b>रिपोर्ट: मनोज कुमार झा, सहरसा</b></td></tr></table>')
    assert _dom_authors(tree) == ["मनोज कुमार झा"]
    tree = parse('<span class="byline">रिपोर्ट: <a rel="author" href="/a">आलोक मिश्रा</a> | नई दिल्ली</span>')
    assert _dom_authors(tree) == ["आलोक मिश्रा"]


def test_an_agencys_inputs_and_a_place_in_the_author_field_are_no_authors():
    """samples/html-eval25: "Sambit Mohanty with ECNS inputs" names one writer; an e-paper clip whose metadata author is
    its dateline's town ("महराजगंज", under a "निज संवाददाता" byline) names none."""
    from khabar.html.meta import authors_only

    assert authors_only(["Sambit Mohanty with ECNS inputs", "Asha Rao (with inputs from PTI)", "रीना शर्मा (इनपुट: भाषा)"],
                        None) == ["Sambit Mohanty", "Asha Rao", "रीना शर्मा"]
    story = "<p>महराजगंज। " + "जिले की सहकारी समितियों पर यूरिया नहीं पहुंचने से किसानों की लंबी कतारें लग रही हैं और बुवाई पिछड़ रही है। " * 3 + "</p>"
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "यूरिया के लिए किसानों की लंबी कतारें", '
            '"author": {"@type": "Person", "name": "महराजगंज"}}</script>')
    a = analyze_bytes(_page(f"<article><h1>यूरिया के लिए किसानों की लंबी कतारें</h1><p>निज संवाददाता</p>{story}{story}</article>", head), "x.html")
    assert a.dateline == "महराजगंज" and a.authors == []


def test_authors_and_titles_of_the_twenty_sixth_independent_set():
    """samples/html-eval26: a reader's name in the comments is no author, a "reporter" field names the writer, a news
    service is a desk; when the search title, the social card's title and the heading all differ, the heading is
    the title; a byline "Text by … · Photographs by …" names the writer."""
    story = "<p>" + "जिले के सभी परीक्षा केंद्रों पर इस बार हर कमरे में सीसीटीवी कैमरे लगाए जाएंगे और प्रश्नपत्रों पर क्यूआर कोड होगा। " * 3 + "</p>"
    page = (f"<article><h1>बोर्ड परीक्षा में क्यूआर कोड</h1><div class='field--name-field-reporter'>ओमप्रकाश साहू, रायपुर</div>"
            f"{story}{story}</article><section id='comments'><div class='comment'><span class='comment__author'>रेखा वर्मा</span>"
            "<p>बहुत अच्छी खबर।</p></div></section>")
    assert analyze_bytes(_page(page), "x.html").authors == ["ओमप्रकाश साहू"]
    text = "<p>" + "The civic body will install automatic rain gauges in every ward before the northeast monsoon sets in. " * 3 + "</p>"
    head = ('<title>Chennai rain gauges: GCC to install 1,200 gauges | The Herald</title>'
            '<meta property="og:title" content="1,200 rain gauges for Chennai">'
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Chennai rain gauges: GCC to install 1,200 gauges", '
            '"author": {"@type": "Person", "name": "CH News Service"}}</script>')
    body = ("<article><h1>Chennai to get 1,200 automatic rain gauges before the northeast monsoon</h1>"
            "<div class='byline'>Text by Kavya Raghunathan · Photographs by Arjun Pillai</div>" + text * 2 + "</article>")
    a = analyze_bytes(_page(body, head), "x.html")
    assert a.headline == "Chennai to get 1,200 automatic rain gauges before the northeast monsoon"
    assert a.authors == ["Kavya Raghunathan"]


def test_a_video_players_title_and_a_live_box_inside_the_story_are_furniture():
    """samples/html-eval26: the title under an embedded video player and a "LIVE अपडेट्स" box between the story's
    paragraphs are not the story; neither are "more_stories" teasers."""
    story = "<p>" + "राजधानी दिल्ली और आसपास के इलाकों में शुक्रवार दोपहर अचानक तेज बारिश शुरू हो गई और कई जगह पानी भर गया। " * 3 + "</p>"
    body = ("<article><h1>दिल्ली-NCR में सितंबर की सबसे भारी बारिश</h1>"
            "<div class='video-player-wrap'><video></video><div class='video-title'>देखें मिंटो ब्रिज से ग्राउंड रिपोर्ट, कई इलाके पानी-पानी</div></div>"
            f"<div class='story-body'>{story}<div class='live-box'><span>LIVE अपडेट्स</span><ul><li><p>नोएडा के स्कूलों को "
            f"शनिवार को बंद रखने का आदेश जारी किया गया</p></li></ul></div>{story}"
            "<div class='more_stories'><h3>ये खबर भी पढ़ें...</h3><p>मुंगेर में गंगा किनारे के नौ गांव टापू बने, नाव ही एकमात्र सहारा</p></div>"
            "</div></article>")
    text = analyze_bytes(_page(body), "x.html").text
    assert "ग्राउंड रिपोर्ट" not in text and "नोएडा के स्कूलों" not in text and "मुंगेर" not in text
    assert "तेज बारिश शुरू हो गई" in text


def test_a_latin_search_title_over_a_hindi_heading_gives_the_heading():
    """samples/html-eval27: "Mumbai AC Local: Western Railway To Add 12 AC Services …" in the metadata, the Hindi
    heading on the page: the reader's title is the heading."""
    h1 = "मुंबई लोकल में 12 और एसी सेवाएं, 29 नवंबर से चर्चगेट-विरार रूट पर बढ़ेंगे फेरे"
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
            '"Mumbai AC Local: Western Railway To Add 12 AC Services On Churchgate-Virar Route"}</script>')
    a = analyze_bytes(_page(f"<article><h1>{h1}</h1>{PARA}{PARA}</article>", head), "x.html")
    assert a.headline == h1


def test_a_facebook_embed_a_newsletter_box_and_a_live_entrys_time_are_furniture():
    """samples/html-eval31: a Facebook post's text inside the story, a newsletter box read as one line, and a live
    blog's "7:40 PM (1 घंटा पहले)" above each entry."""
    story = "<p>" + "कानपुर मेट्रो के दूसरे कॉरिडोर पर शुक्रवार को ट्रायल रन हुआ और अधिकारियों ने स्टेशनों का निरीक्षण किया। " * 3 + "</p>"
    body = (f"<article><h1>कानपुर मेट्रो के दूसरे कॉरिडोर पर ट्रायल रन</h1>{story}"
            "<div class='fb-post-embed'><div class='fb-post'><blockquote class='fb-xfbml-parse-ignore'><p>Trial run of our new "
            "9-metre e-bus on the Hinjewadi loop today. Feeder services coming soon!</p></blockquote></div></div>"
            "<div class='nl-box'><p>न्यूजलेटर हर सुबह अपने शहर की बड़ी खबरें ईमेल पर पाएं साइन अप करें</p></div>"
            f"<p>7:40 PM (1 घंटा पहले)</p>{story}</article>")
    text = analyze_bytes(_page(body), "x.html").text
    assert "Trial run" not in text and "न्यूजलेटर" not in text and "7:40 PM" not in text
    assert "ट्रायल रन हुआ" in text


def test_an_outlets_regional_edition_is_no_author():
    """samples/html-eval32: `<meta name="author" content="Giro PR">` on a page of the publisher "Giro" (its Paraná
    edition) names no person; a person whose name starts like the outlet's stays."""
    from khabar.html.meta import authors_only

    assert authors_only(["Giro PR", "Giro Prakash", "Mariana Tavares"], "Giro") == ["Giro Prakash", "Mariana Tavares"]


def test_a_logo_heading_names_the_site_and_a_site_name_may_hold_a_hyphen():
    """samples/html-eval33: a WordPress theme's logo in an `<h1>` that the `<title>` and og:title both end with is the
    site's name ("… रोक - गंगा समाचार"), and "… | दैनिक लोकमंच ई-पेपर" loses the whole name, hyphen and all."""
    from khabar.html.meta import _strip_site

    title = "छठ से पहले पटना के 14 गंगा घाट खतरनाक घोषित, इन घाटों पर अर्घ्य देने पर रोक"
    head = (f'<title>{title} – गंगा समाचार</title><meta property="og:title" content="{title} - गंगा समाचार">')
    body = f"<header><h1 class='logo'>गंगा समाचार</h1></header><article><h2>{title}</h2>{PARA}{PARA}</article>"
    a = analyze_bytes(_page(body, head), "x.html")
    assert a.headline == title and a.site_name == "गंगा समाचार"
    assert _strip_site("मेले में ऑनलाइन मिलेंगी दुकानें | दैनिक लोकमंच ई-पेपर", "दैनिक लोकमंच ई-पेपर") == "मेले में ऑनलाइन मिलेंगी दुकानें"


def test_a_caption_the_json_ld_names_and_a_next_pages_teaser():
    """samples/html-eval36: a picture's caption written in a plain <span> under the picture (hashed class names) is a
    caption when the JSON-LD image gives it; "पेज 2 पर पढ़िए: …" under page 1 of a paginated story is the link to the
    next page, not the story."""
    ld = """{"@type": "NewsArticle", "headline": "बड़े तालाब के कैचमेंट में 412 अवैध निर्माण",
             "image": [{"@type": "ImageObject", "url": "https://x.in/a.jpg", "caption": "तालाब के किनारे बने फार्म हाउस। सर्वे टीम ने ड्रोन से तस्वीरें ली हैं।"}]}"""
    body = (f"<article><h1>बड़े तालाब के कैचमेंट में 412 अवैध निर्माण</h1>{PARA}<div><picture><img src='a.jpg'></picture></div>"
            "<div class='f46ba790'><span>तालाब के किनारे बने फार्म हाउस। सर्वे टीम ने ड्रोन से तस्वीरें ली हैं।</span></div>"
            f"{PARA}{PARA}<div class='aage'><p>पेज 2 पर पढ़िए: होटल कारोबारियों ने नई व्यवस्था पर क्या कहा</p></div></article>")
    a = analyze_bytes(_page(body, f'<script type="application/ld+json">{ld}</script>'), "x.html")
    assert "ड्रोन से तस्वीरें" not in a.text and a.caption and a.caption.startswith("तालाब के किनारे")
    assert "होटल कारोबारियों" not in a.text


def test_a_themes_row_of_post_facts_gives_the_date():
    """samples/html-eval37 (a WordPress news theme): the post's meta row read as one line, "कमलेश जांगिड़ 16 दिसम्बर 2027,
    4:20 अपराह्न सीकर, शिक्षा 2 टिप्पणियाँ 2,377 व्यूज 3 मिनट में पढ़ें", is a byline with the story's date, not its text."""
    meta = ("<div class='post-meta'><span>कमलेश जांगिड़</span> <span>16 दिसम्बर 2027, 4:20 अपराह्न</span> <span>सीकर, शिक्षा"
            "</span> <span>2 टिप्पणियाँ</span> <span>2,377 व्यूज</span> <span>3 मिनट में पढ़ें</span></div>")
    a = analyze_bytes(_page(f"<article><h1>सीकर के 48 सरकारी स्कूलों की छतों पर लगेंगे सोलर पैनल</h1>{meta}{PARA}{PARA}</article>"),
                      "x.html")
    assert a.published == "2027-12-16T16:20:00+05:30" and "व्यूज" not in a.text


_STORY = ("कारीगरों ने बताया कि इस बार मेले में उनके खिलौने खूब बिके और कई लोगों ने अगले साल के लिए पहले से ऑर्डर दिए। "
          "जिला उद्योग केंद्र ने कहा है कि अगले महीने से प्रशिक्षण शुरू होगा।")


def test_table_layout_title_byline_and_site_meta_author():
    # No <h1>, no metadata title: "Site :: headline" in <title>, the headline in a <font> in the story's own cell, the
    # site (with its town) as the meta author, and the reporter only in "… से … की रिपोर्ट".
    page = f"""<html lang="hi"><head><title>दर्पण समाचार :: रीवा के कारीगरों को मेले में मिला अलग स्टॉल</title>
    <meta name="Author" content="दर्पण समाचार, रीवा"></head><body><table><tr><td>
    <font size="5"><b>रीवा के कारीगरों को मेले में मिला अलग स्टॉल</b></font><br>
    <font size="2">प्रकाशित: 12 मार्च 2028, 4:15 अपराह्न</font><br>
    <font size="2"><b>रीवा से रामकिशोर पाण्डेय की रिपोर्ट</b></font><br>
    <font size="3">{_STORY}<br><br>{_STORY}<br><br>{_STORY}</font></td></tr></table></body></html>"""
    a = analyze_bytes(page.encode(), "page.html")
    assert a.headline == "रीवा के कारीगरों को मेले में मिला अलग स्टॉल"
    assert a.site_name == "दर्पण समाचार"
    assert a.authors == ["रामकिशोर पाण्डेय"] and a.evidence["authors"] == "visible byline"
    roles = {b.text: b.role for b in a.blocks}
    assert roles["रीवा के कारीगरों को मेले में मिला अलग स्टॉल"] == "headline"
    assert roles["रीवा से रामकिशोर पाण्डेय की रिपोर्ट"] == "byline"
    assert not a.text.startswith("रीवा के कारीगरों")


def test_blog_description_above_the_post_title_and_posted_by_label():
    page = f"""<html lang="hi"><head><title>कोसी की आवाज़: बांस का पुल</title></head><body>
    <div class="header"><h1>कोसी की आवाज़</h1><p>सहरसा के गांवों की खबरें, गांव वालों की जुबानी। एक शिक्षक का ब्लॉग।</p></div>
    <div class="post"><h3 class="post-title">बांस का पुल</h3><div class="post-body"><p>{_STORY}</p><p>{_STORY}</p>
    <p>(सभी तस्वीरें और वीडियो: रमाकांत मंडल)</p></div>
    <span class="post-author vcard">द्वारा प्रकाशित <span class="fn" itemprop="author"><a rel="author" href="#">
    <span itemprop="name">रमाकांत मंडल</span></a></span></span></div></body></html>"""
    a = analyze_bytes(page.encode(), "page.html")
    assert a.headline == "बांस का पुल"
    assert a.authors == ["रमाकांत मंडल"]  # not "प्रकाशित रमाकांत मंडल"
    roles = {b.text: b.role for b in a.blocks}
    assert roles["सहरसा के गांवों की खबरें, गांव वालों की जुबानी। एक शिक्षक का ब्लॉग।"] != "body"
    assert roles["(सभी तस्वीरें और वीडियो: रमाकांत मंडल)"] == "caption"
    assert "ब्लॉग" not in a.text and "तस्वीरें" not in a.text


def test_a_related_storys_time_is_not_the_pages_and_an_indic_byline_as_shown():
    story = "".join(f"<p>સુરતમાં તાપી નદીના કિનારે સફાઈ અભિયાન ચાલ્યું અને હજારો લોકો જોડાયા. વાક્ય {n}.</p>" for n in range(4))
    page = f"""<html lang="gu"><head><title>તાપી સફાઈ અભિયાન</title>
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "તાપી સફાઈ અભિયાન",
    "author": {{"@type": "Person", "name": "Hemal Desai"}}}}</script></head><body><article><h1>તાપી સફાઈ અભિયાન</h1>
    <div class="author-name"><a href="/a/hemal">હેમલ દેસાઈ, સુરત</a></div>
    <div class="story">{story}</div></article>
    <div class="related-stories"><div><a href="/x">બીજા સમાચાર</a><time datetime="2028-02-01T08:00:00+05:30">1 ફેબ્રુ.</time>
    </div></div></body></html>"""
    a = analyze_bytes(page.encode(), "page.html")
    assert a.published is None or not a.published.startswith("2028-02-01")  # the related story's date
    assert a.authors == ["હેમલ દેસાઈ"]  # the metadata's "Hemal Desai", as the page shows him


def test_an_english_page_that_shows_ist_writes_a_utc_time_in_ist():
    story = "".join(f"<p>The railways will add new coaches to 40 trains from next month, officials said. Line {n}.</p>"
                    for n in range(4))
    page = f"""<html lang="en"><head><title>Railways to add coaches</title>
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Railways to add coaches",
    "datePublished": "2028-11-03T07:05:00Z"}}</script></head><body><article><h1>Railways to add coaches</h1>
    <div class="date">Updated: Nov 3, 2028, 14:22 IST</div>{story}</article></body></html>"""
    assert analyze_bytes(page.encode(), "page.html").published == "2028-11-03T12:35:00+05:30"  # the same moment
    other = page.replace(", 14:22 IST", ", 14:22")  # no sign of an Indian page: the zone it was given
    assert analyze_bytes(other.encode(), "page.html").published == "2028-11-03T07:05:00+00:00"


def test_teaser_cards_with_a_summary_and_a_time_inside_the_story_are_not_body():
    story = "<p>गंजाम जिले के तट पर ओलिव रिडले कछुओं का सामूहिक अंडा देना शुरू हो गया है, वन विभाग ने तट को घेर दिया है।</p>"
    cards = "".join(f'<div class="card"><h3><a href="/s/{k}">दूसरी खबर नंबर {k}: शहर में नई योजना शुरू होगी</a></h3>'
                    f"<p>नगर निगम ने यह फैसला लिया है और योजना अगले महीने से लागू होगी, अधिकारियों ने बताया।</p>"
                    f"<span>{k} घंटे पहले</span></div>" for k in range(1, 5))
    page = f"""<html lang="hi"><head><title>कछुओं का अंडा देना शुरू</title></head><body><article>
    <h1>कछुओं का अंडा देना शुरू</h1>{story * 3}<h2>टॉप स्टोरीज़</h2>{cards}{story * 2}</article></body></html>"""
    a = analyze_bytes(page.encode(), "page.html")
    assert "नगर निगम ने यह फैसला" not in a.text and a.text.count("ओलिव रिडले") == 5


def test_of_two_json_ld_articles_the_one_the_h1_shows_gives_the_metadata():
    story = "".join(f"<p>अल्मोड़ा के जिला अस्पताल में एमआरआई मशीन लग गई है और मरीजों की जांच शुरू हो गई। वाक्य {n}।</p>"
                    for n in range(4))
    live = '{"@type": "LiveBlogPosting", "headline": "कुमाऊं में बारिश: पल-पल की अपडेट", "datePublished": ' \
           '"2028-07-19T06:00:00+05:30", "author": {"@type": "Person", "name": "मनीष नौटियाल"}}'
    own = '{"@type": "NewsArticle", "headline": "अल्मोड़ा में एमआरआई जांच शुरू", "datePublished": ' \
          '"2028-07-19T13:25:00+05:30", "author": {"@type": "Person", "name": "कमल बिष्ट"}}'
    page = f"""<html lang="hi"><head><title>अल्मोड़ा में एमआरआई जांच शुरू</title>
    <script type="application/ld+json">{live}</script><script type="application/ld+json">{own}</script></head>
    <body><article><h1>अल्मोड़ा में एमआरआई जांच शुरू</h1>{story}</article></body></html>"""
    a = analyze_bytes(page.encode(), "page.html")
    assert a.published == "2028-07-19T13:25:00+05:30" and a.authors == ["कमल बिष्ट"]


def test_a_div_alone_after_a_picture_or_a_player_is_its_caption():
    """samples/html-eval44 (class names that say nothing, as big Indian sites write them): a <div> that is the last
    element of its wrapper, right after the picture or the player that opens it, is the caption; a <div> after a
    paragraph and a picture, or with more text after it, is not."""
    from khabar.html.blocks import parse, walk

    def kinds(html: str) -> dict:
        return {b.text: b.kind for b in walk(parse(html.encode()).body).blocks}

    assert kinds("<div><img src=a><div>The first 10 buses have arrived at the depot. <span>(File)</span></div></div>") == {
        "The first 10 buses have arrived at the depot. (File)": "caption"}
    assert kinds("<section><iframe src=v title=t></iframe> <div>Pune: Why the city is running dry</div></section>") == {
        "Pune: Why the city is running dry": "caption"}
    assert kinds("<div><p>पहला पैराग्राफ।</p><img src=a><div>दूसरा पैराग्राफ।</div></div>")["दूसरा पैराग्राफ।"] != "caption"
    assert kinds("<div><img src=a><div>एक</div><div>दो</div></div>")["एक"] != "caption"
    # a page's wrapper after a tracking pixel holds blocks of its own: no caption
    assert kinds("<img src=pixel><div id=wrapper><div>मास्टहेड</div><p>पूरी खबर यहां है।</p></div>")["पूरी खबर यहां है।"] != "caption"


def test_a_fact_checks_sources_list_credits_and_tip_line_are_not_the_story():
    """samples/html-eval45: the list of sources under its own "स्रोत" heading after the story, a graphics credit and a
    fact-check desk's WhatsApp tip line are furniture; the story's paragraphs and its subhead stay."""
    from khabar.pipeline import analyze_bytes

    paras = ["जयपुर के मालवीय नगर में स्कूल परिसर में तेंदुआ दिखने का वीडियो सोशल मीडिया पर वायरल है। हमारी पड़ताल में यह दावा सही "
             "निकला और वीडियो इसी स्कूल का है।",
             "वन विभाग के क्षेत्रीय अधिकारी ने फोन पर बताया कि तेंदुआ सुबह स्कूल की दीवार के पास देखा गया था और बाद में जंगल की "
             "ओर लौट गया। विभाग ने इलाके में निगरानी बढ़ा दी है।",
             "स्कूल के प्रधानाचार्य ने बताया कि घटना के समय बच्चे कक्षाओं में थे और किसी को चोट नहीं आई। अभिभावकों को संदेश "
             "भेजकर सूचना दी गई।"]
    html = ("<html lang=hi><head><title>फैक्ट चेक: स्कूल में तेंदुए का वीडियो सच</title></head><body><article>"
            "<h1>फैक्ट चेक: स्कूल में तेंदुए का वीडियो सच</h1>" + "".join(f"<p>{p}</p>" for p in paras) +
            "<h2>निष्कर्ष</h2><p>वायरल वीडियो जयपुर के सरकारी स्कूल का ही है और तेंदुआ दिखने का दावा सही है, वन विभाग ने इसकी पुष्टि की।</p>"
            "<p>ग्राफिक्स: अजय गुप्ता</p><p>किसी खबर पर शक है? सच जानने के लिए हमें 73 0000 5120 पर वॉट्सऐप करें।</p>"
            "<h3>स्रोत</h3><ul><li>16 अगस्त 2029 को ‘जयपुर लाइव अपडेट’ का फेसबुक पोस्ट</li>"
            "<li>क्षेत्रीय वन अधिकारी से फोन पर बातचीत</li></ul></article></body></html>")
    a = analyze_bytes(html.encode(), html=True)
    kept = {b.text: b.role for b in a.blocks}
    assert kept["निष्कर्ष"] == "subhead"
    assert all(kept[p] == "body" for p in paras)
    for furniture in ("स्रोत", "क्षेत्रीय वन अधिकारी से फोन पर बातचीत", "ग्राफिक्स: अजय गुप्ता",
                      "किसी खबर पर शक है? सच जानने के लिए हमें 73 0000 5120 पर वॉट्सऐप करें।"):
        assert not kept[furniture].startswith(("body", "subhead")), furniture


def test_a_photo_storys_slide_captions_are_its_text_and_a_rating_prompt_is_not():
    """samples/html-eval47: a photo story tells its story in its slides' captions, which outnumber its paragraphs (a
    photo credit stays a caption); a story with a picture or two keeps its captions apart. A rating prompt and a
    "Medically Reviewed by" credit are no part of the text."""
    told = ["Every evening the steps along the lake fill with folding boards and thermos flasks of tea.",
            "It started in the winter of 2029, when two retired schoolteachers began to play after their walk.",
            "Today, on a busy Saturday, more than a hundred people play on about forty boards.",
            "A nine-year-old, the youngest regular, has beaten most of the retired teachers at least once.",
            "As the streetlights come on, the last games move under a single lamp post by the water."]
    slides = "".join(f"<p>{k}/5</p><figure><img src=s{k}.jpg><figcaption>{line}</figcaption><figcaption>(Photo: Arjun "
                     "Pillai)</figcaption></figure>" for k, line in enumerate(told, start=1))
    html = _page(f"<article><h1>In pictures: a lakeside chess park</h1><p>What began as two teachers and a borrowed board "
                 f"has become a nightly gathering of a hundred players by the lake.</p>{slides}</article>",
                 '<title>In pictures: a lakeside chess park</title><meta property="og:type" content="article">')
    a = analyze_bytes(html, html=True)
    assert "more than a hundred people play" in a.text and "Arjun Pillai" not in a.text
    one = _page(f"<article><h1>बाजरा की टिक्की</h1>{PARA}<figure><img src=a.jpg><figcaption>टिक्की को धीमी आंच पर सेंकें, "
                f"ताकि वह अंदर तक पक जाए और बाहर से कुरकुरी रहे।</figcaption></figure>{PARA}<p>Medically Reviewed by: डॉ. सौम्या "
                "रघुवंशी, क्लिनिकल डाइटीशियन</p><p>क्या यह लेख आपके लिए मददगार रहा?</p><p>4.6/5 (212 रेटिंग)</p></article>")
    b = analyze_bytes(one, html=True)
    assert "धीमी आंच" not in b.text and "सौम्या" not in b.text and "मददगार" not in b.text and "रेटिंग" not in b.text


def test_a_longer_heading_on_the_same_story_wins_over_a_search_title_and_a_tab_panel_is_text():
    """samples/html-eval30 and 44–48 (blind sets): the <h1> that says more than the JSON-LD headline, sharing its
    words, is the title (the metadata's is written for search engines); a live page's latest entry, which shares
    little with the page's title, is not (fundus NZZ). A tab's hidden panel is the page's own text; a paywall's
    box is not."""
    from khabar.html.meta import _fuller

    assert _fuller("गोरखपुर में राप्ती नदी खतरे के निशान से 1.2 मीटर ऊपर, 40 गांवों में घुसा पानी; NDRF की दो टीमें तैनात",
                   "गोरखपुर में राप्ती उफान पर, 40 गांवों में घुसा पानी")
    assert not _fuller("Krieg in Nahost: USA schliessen provisorischen Hafen vor Gaza-Küste +++ Israel schickt Panzer in "
                       "Norden von Rafah", "Israel und Gaza: News und Entwicklungen im Nahostkonflikt")
    assert not _fuller("Tårene rant for norsk OL-håp – så kom sjokkvendingen",
                       "OL i Paris 2024: Tårene rant for stavhopper Lene Retzius – så kom sjokkvendingen")
    ld = json.dumps({"@type": "NewsArticle", "headline": "गोरखपुर में राप्ती उफान पर, 40 गांवों में घुसा पानी"}, ensure_ascii=False)
    tabs = "".join(f'<div role="tabpanel" id="t{k}" hidden><h2>भाग {k}</h2><p>बीज बैंक की कहानी का भाग {k}: गांव की महिलाओं '
                   f'ने देसी बीजों को बचाने के लिए हर साल नई फसल से बीज अलग रखने का नियम बनाया है।</p></div>' for k in range(2, 4))
    html = _page(f"<article><h1>गोरखपुर में राप्ती नदी खतरे के निशान से 1.2 मीटर ऊपर, 40 गांवों में घुसा पानी; NDRF की दो टीमें "
                 f"तैनात</h1>{PARA}<div role=tabpanel id=t1>{PARA}</div>{tabs}<div class=gate><p>This story is for subscribers"
                 "</p><p>Subscribe to The Bharat Ledger to continue reading this and every premium story.</p></div></article>",
                 f'<script type="application/ld+json">{ld}</script>')
    a = analyze_bytes(html, html=True)
    assert a.headline.endswith("NDRF की दो टीमें तैनात")
    assert "कहानी का भाग 3" in a.text and "subscribers" not in a.text and "Subscribe" not in a.text


def test_writers_linked_to_their_pages_a_story_paragraph_before_its_tags_and_a_video_title_signed_by_the_site():
    """samples/html-eval50 (modern component markup, utility class names): links to writers' pages ("/author/…")
    under one parent are the byline; a paragraph between an also-read card and the story's tags is the story's; a
    block that ends with "| <site name>" is a title the site gave a video, not the story's text."""
    head = '<meta property="og:site_name" content="Ambar Samachar">'
    body = ('<div class="font-semibold"><a href="/author/aarti-singh">आरती सिंह</a>, <a href="/author/rahul-pandey">राहुल '
            f'पांडेय</a></div><div class="mb-4">{PARA}<div class="p-3"><span>यह भी पढ़ें</span><a href="/x/1">वाराणसी में बीते पांच '
            'साल में हुई 120 से ज्यादा फिल्मों की शूटिंग, पर्यटन को मिला फायदा</a></div><p>जिला प्रशासन ने शूटिंग के दौरान '
            'श्रद्धालुओं और पर्यटकों को परेशानी न हो, इसके लिए घाटों पर अलग रास्ते तय किए हैं।</p><div class="flex"><a href="/t/1">'
            'टैग:तनीषा राठौर</a><a href="/t/2">वाराणसी</a></div><div class="aspect-video"><p>अमा दबलम फतह करने वाली मुस्कान नेगी '
            f'से खास बातचीत | Ambar Samachar</p></div>{PARA}</div><footer><a href="/author/aarti-singh">आरती सिंह</a></footer>')
    a = analyze_bytes(_page(body, head), html=True)
    assert a.authors == ["आरती सिंह", "राहुल पांडेय"]
    assert "जिला प्रशासन ने शूटिंग" in a.text
    assert "खास बातचीत" not in a.text


def test_the_storys_own_metadata_among_other_stories_and_an_author_given_by_reference():
    """samples/html-eval51 (metadata that disagrees): of several JSON-LD articles, the one whose address is the page's
    canonical one is the story's (a live blog of another event comes first, and its headline is not the <h1>); an
    author given as {"@id": …} is the Person node with that id; a teaser's own microdata date in a list of other
    stories is not the story's, when the story has a microdata item of its own around its <h1>."""
    url = "https://example.in/uttarakhand/chamoli-landslide-31877"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Person", "@id": url + "#editor", "name": "राकेश जोशी"},
        {"@type": "Person", "@id": url + "#author", "name": "दिनेश रावत"},
        {"@type": "LiveBlogPosting", "url": "https://example.in/weather-live", "headline": "मौसम लाइव: भारी बारिश का अलर्ट",
         "datePublished": "2031-07-24T05:30:00+05:30"},
        {"@type": "NewsArticle", "mainEntityOfPage": {"@id": url}, "headline": "बदरीनाथ हाईवे नौ घंटे बंद",
         "datePublished": "2031-07-24T06:50:00+05:30", "author": {"@id": url + "#author"}}]}
    head = f'<link rel="canonical" href="{url}"><script type="application/ld+json">{json.dumps(graph, ensure_ascii=False)}</script>'
    a = analyze_bytes(_page(f"<article><h1>चमोली में भूस्खलन से बदरीनाथ हाईवे नौ घंटे बंद</h1>{PARA}</article>", head), html=True)
    assert a.published == "2031-07-24T06:50:00+05:30" and a.authors == ["दिनेश रावत"]
    teasers = ('<ul><li itemscope itemtype="https://schema.org/NewsArticle"><span itemprop="headline">पटना में गंगा पथ का काम पूरा'
               '</span><meta itemprop="datePublished" content="2031-04-08T10:05:00+05:30"></li></ul>')
    story = ('<div itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">भागलपुर में सौर करघे</h1>'
             f'<time itemprop="datePublished" datetime="2031-04-08T11:20:00+05:30">08 अप्रैल 2031</time>{PARA}</div>')
    a = analyze_bytes(_page(teasers + story), html=True)
    assert a.published == "2031-04-08T11:20:00+05:30"


def test_indian_language_pages_times_bylines_and_a_paywall_box():
    """samples/html-eval52 (pages not in Hindi): a UTC time in the metadata is written in the zone of the time shown in
    the byline box, also in Bengali with its part of the day ("বিকেল ৪:১০"); a JSON-LD whose datePublished is its
    dateModified yields to an earlier published meta; an Urdu byline ("رپورٹ: …") names the author when the metadata
    names a desk; a paywall's benefits and its cut preview are no text of the story."""
    from khabar.text.dates import find_date
    from khabar.text.normalize import fold

    assert find_date(fold("প্রকাশ: ১১ জুলাই ২০৩১, বিকেল ৪:১০"), folded=True).iso == "2031-07-11T16:10:00"
    assert find_date(fold("११ एप्रिल २०३१, दुपारी २:३५"), folded=True).iso == "2031-04-11T14:35:00"
    assert find_date(fold("25 ستمبر 2031، شام 7:45"), folded=True).iso == "2031-09-25T19:45:00"
    body = "<p>" + "বাঁকুড়ার পাঁচমুড়া গ্রামে টেরাকোটা শিল্পীদের জন্য নতুন কর্মশালা তৈরি হবে, জানিয়েছে জেলা প্রশাসন। " * 3 + "</p>"
    head = '<meta property="article:published_time" content="2031-07-11T10:40:00.000Z">'
    a = analyze_bytes(_page(f'<h1>পাঁচমুড়ায় নতুন কর্মশালা</h1><div class="meta"><span>প্রকাশ: ১১ জুলাই ২০৩১, বিকেল ৪:১০</span>'
                            f'</div><article>{body}{body}</article>', head), html=True)
    assert a.published == "2031-07-11T16:10:00+05:30"
    ld = {"@type": "NewsArticle", "headline": "Flood shelters open in Majuli", "datePublished": "2031-06-03T11:52:00+05:30",
          "dateModified": "2031-06-03T11:52:00+05:30"}
    head = (f'<script type="application/ld+json">{json.dumps(ld)}</script>'
            '<meta property="article:published_time" content="2031-06-03T09:05:00+05:30">')
    prose = "<p>" + "The district administration opened twelve flood shelters on raised ground in Majuli on Tuesday. " * 3 + "</p>"
    a = analyze_bytes(_page(f"<h1>Flood shelters open in Majuli</h1>{prose}{prose}", head), html=True)
    assert a.published == "2031-06-03T09:05:00+05:30"
    ld["dateModified"] = "2031-06-03T12:30:00+05:30"  # two times: the JSON-LD's published one stands
    a = analyze_bytes(_page(f"<h1>Flood shelters open in Majuli</h1>{prose}{prose}",
                            f'<script type="application/ld+json">{json.dumps(ld)}</script>'
                            '<meta property="article:published_time" content="2031-06-03T09:05:00+05:30">'), html=True)
    assert a.published == "2031-06-03T11:52:00+05:30"
    urdu = "<p>" + "حیدرآباد میں پرانے شہر کی تاریخی باؤلیوں کی بحالی کا کام بدھ کو شروع ہوا اور ایک سال میں مکمل ہوگا۔ " * 3 + "</p>"
    a = analyze_bytes(_page(f'<h1>باؤلیوں کی بحالی</h1><span class="author-name">نیوز ڈیسک</span><article>'
                            f'<p>رپورٹ: سید ثاقب حسین، حیدرآباد</p>{urdu}{urdu}</article>'), html=True)
    assert a.authors == ["سید ثاقب حسین"]
    paywall = ('<p>The remaining 26% will stay with the founders, who have agreed to a lock-in and will continue to run…</p>'
               '<h3>This story is for Business Compass Premium subscribers</h3><p>Subscribe to continue reading and get:</p>'
               '<ul><li>Unlimited access to every Premium story</li><li>Daily stock ideas from our research desk</li>'
               '<li>The e-paper and archives since 2015</li></ul><div>₹99 for the first month, then ₹349/month</div>')
    a = analyze_bytes(_page(f"<h1>Flood shelters open in Majuli</h1><article>{prose}{prose}{paywall}</article>"), html=True)
    assert "research desk" not in a.text and "continue to run" not in a.text and "twelve flood shelters" in a.text


def test_a_video_page_dated_by_its_own_video_and_a_credit_under_each_picture():
    """samples/html-eval53 (TV channels' pages): with no article record, the VideoObject that carries the page's own
    title dates it (never another video's); "फोटो: …" repeated under each slide of a web story is a credit, and the
    slides' headings and paragraphs stay the story's."""
    title = "रायपुर के तेलीबांधा तालाब में शुरू हुआ तैरता बाजार"
    video = {"@type": "VideoObject", "name": title, "uploadDate": "2031-10-14T16:45:00+05:30"}
    a = analyze_bytes(_page(f"<h1>{title}</h1>{PARA}{PARA}", f'<script type="application/ld+json">{json.dumps(video, ensure_ascii=False)}</script>'), html=True)
    assert a.published == "2031-10-14T16:45:00+05:30"
    video["name"] = "कल का मौसम: तेज बारिश की चेतावनी"
    a = analyze_bytes(_page(f"<h1>{title}</h1>{PARA}{PARA}", f'<script type="application/ld+json">{json.dumps(video, ensure_ascii=False)}</script>'), html=True)
    assert a.published is None
    slides = "".join(f'<figure><img src="{i}.jpg"><figcaption>फोटो: गंगोत्री न्यूज़ आर्काइव</figcaption></figure><h2>{head}</h2><p>{text}</p>'
                     for i, (head, text) in enumerate([
                         ("52.6 लाख श्रद्धालु", "चारों धामों में इस साल कुल 52.6 लाख श्रद्धालु पहुंचे, जो पिछले साल से करीब चार लाख ज्यादा हैं।"),
                         ("18.9 लाख केदारनाथ में", "सबसे ज्यादा 18.9 लाख श्रद्धालु केदारनाथ पहुंचे, बदरीनाथ में 16.2 लाख लोग दर्शन को आए।"),
                         ("11 दिन रुकी यात्रा", "भूस्खलन और भारी बारिश के कारण यात्रा कुल 11 दिन आंशिक रूप से रोकनी पड़ी और कई लोग फंसे।")]))
    a = analyze_bytes(_page(f"<h1>चारधाम यात्रा 2031 पूरी: आंकड़ों में देखें इस बार का सफर</h1><article>{PARA}{slides}</article>"), html=True)
    assert "18.9 लाख केदारनाथ में" in a.text and "11 दिन रुकी यात्रा" in a.text


def test_metadata_with_the_day_only_takes_the_time_the_page_shows():
    """samples/html-eval55: JSON-LD "datePublished": "2031-11-04" and "Thứ ba, 4/11/2031, 08:15 (GMT+7)" above the
    headline: the same day, told to the minute; a time on another day is not taken."""
    story = "".join(f"<p>Các trường mầm non, tiểu học ở Hà Nội được cho học sinh nghỉ khi chỉ số không khí vượt 300. Đoạn {n}.</p>"
                    for n in range(4))
    page = f"""<html lang="vi"><head><title>Học sinh Hà Nội nghỉ học</title>
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Học sinh Hà Nội nghỉ học",
    "datePublished": "2031-11-04"}}</script></head><body><div class="header-content"><span class="date">Thứ ba, 4/11/2031,
    08:15 (GMT+7)</span></div><article><h1>Học sinh Hà Nội nghỉ học</h1>{story}</article></body></html>"""
    assert analyze_bytes(page.encode(), "page.html").published == "2031-11-04T08:15:00+07:00"
    other = page.replace("4/11/2031", "3/11/2031")
    assert analyze_bytes(other.encode(), "page.html").published == "2031-11-04"


def test_less_common_cms_bylines_times_and_titles():
    """samples/html-eval56: Drupal's "Submitted by X on गुरु, 04-03-2032 - 16:35" gives the author and the time; a
    blog's date header with "<abbr class="published">10:45 am</abbr>" under the post gives the time; Joomla's
    "<h2 itemprop="headline">" with no <h1> is the title; an author box's "इनकी सभी खबरें पढ़ें" is no author."""
    story = "".join(f"<p>छत्तीसगढ़ में महुआ फूल की सरकारी खरीद इस बार 42 रुपये किलो पर होगी और संभाग में नए केंद्र खुलेंगे। पैरा {n}।</p>"
                    for n in range(4))
    drupal = f"""<html lang="hi"><head><title>महुआ की खरीद 42 रुपये किलो पर | खबरनामा</title></head><body>
    <h1 id="page-title">महुआ की खरीद 42 रुपये किलो पर</h1><div class="meta submitted">Submitted by <span class="username">मनोज
    कुमार साहू</span> on गुरु, 04-03-2032 - 16:35</div><div class="field-name-body">{story}</div></body></html>"""
    a = analyze_bytes(drupal.encode(), "page.html")
    assert a.authors == ["मनोज कुमार साहू"] and a.published.startswith("2032-03-04T16:35")
    blog = f"""<html lang="hi"><head><title>धौलाधार डायरी: बंदला में पैराग्लाइडिंग साइट</title></head><body>
    <h1>धौलाधार डायरी</h1><h2 class="date-header"><span>शुक्रवार, 5 मार्च 2032</span></h2><div class="post">
    <h3 class="post-title">बंदला में पैराग्लाइडिंग साइट</h3><div class="post-body">{story}</div><div class="post-footer">पर
    <abbr class="published">10:45 am</abbr></div></div></body></html>"""
    assert analyze_bytes(blog.encode(), "page.html").published.startswith("2032-03-05T10:45")
    joomla = f"""<html lang="hi"><head><title>अल्मोड़ा: 40 साल बाद फिर फूटा नौला - देवभूमि दर्पण</title></head><body>
    <div class="item-page" itemscope itemtype="https://schema.org/Article"><ul class="tags"><li><a href="/t/1">अल्मोड़ा</a></li>
    <li><a href="/t/2">नौला</a></li></ul><h2 itemprop="headline">अल्मोड़ा: 40 साल बाद फिर फूटा नौला</h2>
    <div itemprop="articleBody">{story}</div><div class="author-box"><a class="author" href="/a/1">दिनेश यादव</a>
    <a class="author" href="/a/1">इनकी सभी खबरें पढ़ें</a></div></div></body></html>"""
    a = analyze_bytes(joomla.encode(), "page.html")
    assert a.headline == "अल्मोड़ा: 40 साल बाद फिर फूटा नौला"
    assert "इनकी सभी खबरें पढ़ें" not in a.authors


def test_institutional_pages_titles_dates_and_offices():
    """samples/html-eval57: a municipal page whose <title> is "समाचार विवरण | नगर पालिक निगम जबलपुर" (no story named) and
    whose <h1> is "प्रेस विज्ञप्ति" takes the heading above the story as its title, and "दिनांक: 20.01.2032, 16:20 बजे 418
    बार देखा गया" as its date line; "जिला जनसंपर्क अधिकारी" and "SP Office Sagar" are offices, not authors."""
    story = "".join(f"<p>महापौर ने शहर के छह वार्डों में कुल 7.99 करोड़ रुपये के विकास कार्यों का भूमिपूजन किया और काम जल्द पूरा करने को कहा। {n}</p>"
                    for n in range(4))
    page = f"""<html lang="hi"><head><title>समाचार विवरण | नगर पालिक निगम जबलपुर</title>
    <meta name="author" content="जिला जनसंपर्क अधिकारी"></head><body><h1 class="page-heading">प्रेस विज्ञप्ति</h1>
    <h4 class="news-title">महापौर ने छह वार्डों में 7.99 करोड़ रुपये के विकास कार्यों का किया भूमिपूजन</h4>
    <div class="news-date">दिनांक: 20.01.2032, 16:20 बजे &nbsp; 418 बार देखा गया</div><div class="news-body">{story}</div>
    </body></html>"""
    a = analyze_bytes(page.encode(), "page.html")
    assert a.headline == "महापौर ने छह वार्डों में 7.99 करोड़ रुपये के विकास कार्यों का किया भूमिपूजन"
    assert a.published.startswith("2032-01-20T16:20") and a.authors == []
    from khabar.html.meta import authors_only

    assert authors_only(["अनुपमा तिवारी", "SP Office Sagar", "जिला जनसंपर्क अधिकारी"], None) == ["अनुपमा तिवारी"]


def test_the_parts_of_the_day_in_the_southern_and_western_languages():
    """samples/html-eval58: Kannada, Tamil, Telugu, Malayalam, Gujarati and Punjabi pages write the part of the day
    before the time ("ಅಪರಾಹ್ನ 4:35", "બપોરે ૦૧:૧૫"); a page whose metadata has the day only takes that time."""
    from khabar.text.dates import find_date
    from khabar.text.normalize import fold

    def iso(text: str) -> str:
        return find_date(fold(text), folded=True).iso

    assert iso("ಗುರುವಾರ, 20 ಜನವರಿ 2033, ಅಪರಾಹ್ನ 4:35 IST") == "2033-01-20T16:35:00+05:30"
    assert iso("9 நவம்பர் 2032, முற்பகல் 07:45") == "2032-11-09T07:45:00"
    assert iso("9 நவம்பர் 2032, மாலை 6:10") == "2032-11-09T18:10:00"
    assert iso("6 అక్టోబర్ 2032, సాయంత్రం 5:20") == "2032-10-06T17:20:00"
    assert iso("3 ഡിസംബർ 2032, വൈകിട്ട് 6:10") == "2032-12-03T18:10:00"
    assert iso("21 ડિસેમ્બર 2032, બપોરે ૦૧:૧૫ IST") == "2032-12-21T13:15:00+05:30"
    assert iso("11 ਮਾਰਚ 2033, ਸ਼ਾਮ ੦੭:੧੫") == "2033-03-11T19:15:00"
    assert iso("11 ਮਾਰਚ 2033, ਰਾਤ 11:05") == "2033-03-11T23:05:00"
    ld = {"@type": "NewsArticle", "headline": "ನೇರಳೆ ಮಾರ್ಗದಲ್ಲಿ ಪ್ರತಿ 3 ನಿಮಿಷಕ್ಕೊಂದು ರೈಲು", "datePublished": "2033-01-20"}
    body = "<p>" + "ಬೆಂಗಳೂರಿನ ನೇರಳೆ ಮಾರ್ಗದಲ್ಲಿ ಫೆಬ್ರವರಿ ಒಂದರಿಂದ ಪ್ರತಿ ಮೂರು ನಿಮಿಷಕ್ಕೊಂದು ರೈಲು ಓಡಲಿದೆ ಎಂದು ನಿಗಮ ತಿಳಿಸಿದೆ. " * 3 + "</p>"
    a = analyze_bytes(_page(f'<h1>ನೇರಳೆ ಮಾರ್ಗದಲ್ಲಿ ಪ್ರತಿ 3 ನಿಮಿಷಕ್ಕೊಂದು ರೈಲು</h1><div class="byline">ಪ್ರಕಟ: ಗುರುವಾರ, 20 ಜನವರಿ 2033, '
                            f'ಅಪರಾಹ್ನ 4:35 IST</div><article>{body}{body}</article>',
                            f'<script type="application/ld+json">{json.dumps(ld)}</script>'), html=True)
    assert a.published == "2033-01-20T16:35:00+05:30"


def test_a_print_view_page_keeps_its_heading_and_drops_its_footer():
    """samples/html-eval59: a print view whose <title> is "प्रिंट करें - <site>" and whose only line of it shown is the
    site's name over the page: the story's <h1> is the headline; its footer's "इस समाचार का लिंक: …" and "मुद्रण तिथि: …"
    are no text of the story."""
    paras = "".join(f"<p>{p}</p>" for p in (
        "जयपुर। प्रदेश के शेखावाटी अंचल में फ्लोराइड वाले पानी से जूझ रहे 126 गांवों में सौर ऊर्जा से चलने वाले आरओ प्लांट लगेंगे।",
        "विभाग के सर्वे में इन गांवों के भूजल में फ्लोराइड की मात्रा तय सीमा से कई गुना ज्यादा मिली है और लोग बीमार पड़ रहे हैं।",
        "योजना के तहत हर गांव में प्रतिदिन पांच हजार लीटर क्षमता का प्लांट लगेगा, जो पूरी तरह सौर ऊर्जा से चलेगा।"))
    body = ('<div class="print-head"><div class="name">मरुधर समाचार</div></div>'
            "<h1>शेखावाटी के 126 गांवों में लगेंगे सौर ऊर्जा से चलने वाले आरओ प्लांट</h1>"
            '<div class="print-meta">प्रकाशित: 05/03/2033 14:20</div>'
            f'<div class="print-body">{paras}</div><div class="print-foot">'
            "<p>इस समाचार का लिंक: https://www.marudharsamachar.example.in/rajasthan/jaipur/ro-plants-58213.html</p>"
            "<p>मुद्रण तिथि: 06/03/2033 09:12 | सभी समय भारतीय मानक समय (IST) के अनुसार।</p></div>")
    a = analyze_bytes(_page(body, "<title>प्रिंट करें - मरुधर समाचार</title>"), html=True)
    assert a.headline == "शेखावाटी के 126 गांवों में लगेंगे सौर ऊर्जा से चलने वाले आरओ प्लांट"
    assert "इस समाचार का लिंक" not in a.text and "मुद्रण तिथि" not in a.text
    assert "सौर ऊर्जा से चलेगा" in a.text
    from khabar.clean.shape import shape

    for line in ("इस समाचार का लिंक: https://www.marudharsamachar.example.in/rajasthan/jaipur/ro-plants-58213.html",
                 "मुद्रण तिथि: 06/03/2033 09:12 | सभी समय भारतीय मानक समय (IST) के अनुसार।", "Printed on: 6 March 2033"):
        assert shape(0, line).furniture[0] == "boilerplate:other"


def test_a_saved_app_page_dates_and_credits_from_its_page_data():
    """samples/html-eval59: a Next.js page saved whole shows "3 घंटे पहले" and empty byline boxes; its "__NEXT_DATA__"
    holds the story's record (the same headline) with its UTC times and authors. Another record (a related story with
    its own headline) lends nothing."""
    record = {"headline": "इंदौर में ई-रिक्शा के लिए बनेंगे 40 सार्वजनिक चार्जिंग स्टेशन", "publishedAt": "2033-04-11T02:15:00.000Z",
              "updatedAt": "2033-04-11T06:52:40.000Z",
              "authors": [{"id": 81, "name": "प्रियंका चौहान"}, {"id": 112, "name": "रोहित बंसल"}],
              "editedBy": {"name": "मनीष कुलकर्णी"}}
    related = {"headline": "भोपाल में नई बस सेवा शुरू", "publishedAt": "2033-04-09T04:00:00.000Z", "authors": [{"name": "अनिल शर्मा"}]}
    data = {"props": {"pageProps": {"related": [related], "story": record}}}
    body = (f"<h1>{record['headline']}</h1><div class='byline'><span></span><span>3 घंटे पहले</span></div>"
            f"<article>{PARA}{PARA}</article>"
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>')
    a = analyze_bytes(_page(body, f"<title>{record['headline']} | नवदृष्टि</title>"), html=True)
    assert a.published == "2033-04-11T07:45:00+05:30"
    assert a.authors == ["प्रियंका चौहान", "रोहित बंसल"]


def test_cms_accounts_are_no_authors_and_a_reporter_field_or_line_is():
    """samples/html-eval61: a Drupal page's "Submitted by dbs_webdesk on …" names a CMS account (no person: an
    underscore), and its "संवाददाता: हिमांशु नेगी" field names the reporter; a Blogger post's "Posted by Rohilkhand
    Express" is the blog's name (the site "रोहिलखंड एक्सप्रेस" in Latin letters), and "संवाददाता राकेश वर्मा |" above
    the story names its reporter."""
    drupal = _page(f'<h1>चकराता के गांवों में पहुंचेगा मोबाइल नेटवर्क</h1><div class="meta submitted">Submitted by '
                   f'<span class="username">dbs_webdesk</span> on Fri, 11/25/2033 - 16:30</div>'
                   f'<div class="field field-name-field-reporter"><div class="field-label">संवाददाता:&nbsp;</div>'
                   f'<div class="field-items">हिमांशु नेगी</div></div><article>{PARA}{PARA}</article>')
    assert analyze_bytes(drupal, html=True).authors == ["हिमांशु नेगी"]
    blog = _page(f'<h1>रोहिलखंड एक्सप्रेस</h1><h3 class="post-title">जलालाबाद में सब्जी मंडी के फैसले पर भड़के व्यापारी</h3>'
                 f'<div class="post-body"><div><b>संवाददाता राकेश वर्मा |</b></div>{PARA}{PARA}</div>'
                 f'<div class="post-footer"><span class="post-author vcard">Posted by <span class="fn">Rohilkhand Express</span>'
                 f'</span></div>', '<meta property="og:site_name" content="रोहिलखंड एक्सप्रेस">'
                 '<title>रोहिलखंड एक्सप्रेस: जलालाबाद में सब्जी मंडी के फैसले पर भड़के व्यापारी</title>')
    a = analyze_bytes(blog, html=True)
    assert "Rohilkhand Express" not in a.authors and "राकेश वर्मा" in a.authors
    assert authors_only(["Posted by dbs_webdesk", "web_admin"], None) == []


def test_a_heading_one_word_apart_from_the_metadata_title_is_the_title():
    """samples/html-eval62: JSON-LD, og:title and <title> say "… 40 सरकारी स्कूलों में …", the <h1> the reader sees "… 40
    परिषदीय स्कूलों में …": the title was edited on the page; the heading is the headline."""
    h1 = "लखनऊ के 40 परिषदीय स्कूलों में बनेंगी विज्ञान प्रयोगशालाएं, जनवरी से शुरू होगा काम"
    meta = h1.replace("परिषदीय", "सरकारी") + " | अवध ज्योति"
    head = (f'<title>{meta}</title><meta property="og:title" content="{meta}">'
            f'<script type="application/ld+json">{json.dumps({"@type": "NewsArticle", "headline": meta}, ensure_ascii=False)}</script>'
            '<meta property="og:site_name" content="अवध ज्योति">')
    a = analyze_bytes(_page(f"<h1>{h1}</h1><article>{PARA}{PARA}</article>", head), html=True)
    assert a.headline == h1


def test_a_story_framed_in_an_iframe_srcdoc_is_read_where_it_stands():
    """samples/html-eval62: an agency's story inside `<iframe srcdoc="…">` on a portal's page is the page's story (the
    browser draws it there); a small framed widget stays out."""
    import html as html_lib

    story = "".join(f"<p>{t}</p>" for t in (
        "घने कोहरे के कारण उत्तर रेलवे ने शनिवार को दिल्ली से चलने वाली चौदह ट्रेनें रद्द कर दीं और बीस ट्रेनों का समय बदल दिया।",
        "रेलवे के अनुसार दृश्यता पचास मीटर से कम रहने पर ट्रेनों की रफ्तार घटानी पड़ती है, जिससे कई गाड़ियां घंटों देर से चल रही हैं।",
        "यात्रियों से कहा गया है कि वे स्टेशन आने से पहले अपनी ट्रेन की स्थिति रेलवे की वेबसाइट पर देख लें।"))
    frame = html_lib.escape(f"<!doctype html><html><body><article>{story}</article></body></html>", quote=True)
    widget = html_lib.escape("<p>आज का मौसम: 9°C</p>", quote=True)
    body = (f'<h1>कोहरे से उत्तर भारत में चौदह ट्रेनें रद्द</h1><iframe srcdoc="{widget}"></iframe>'
            f'<div class="story"><iframe class="agency-frame" srcdoc="{frame}"></iframe></div>')
    a = analyze_bytes(_page(body), html=True)
    assert "चौदह ट्रेनें रद्द कर दीं" in a.text and "यात्रियों से कहा गया" in a.text and "आज का मौसम" not in a.text


def test_a_utc_metadata_time_takes_the_zone_the_page_shows_it_in():
    """samples/html-eval63: the metadata says "2033-12-07T18:45:00Z" and the page shows "Dec 8, 2033, 00:15 IST" above
    the story: the same moment, told as the page tells it (+05:30), though the day differs in UTC."""
    head = ('<meta property="article:published_time" content="2033-12-07T18:45:00Z">'
            '<meta property="og:site_name" content="Daily Example">')
    story = "<p>" + "Bengaluru's borewells are going deeper every year, and the city has no plan to measure them. " * 3 + "</p>"
    body = (f'<h1 class="ds-title">Our cities are drilling their way into a water crisis</h1><p class="ds-standfirst">Borewells '
            f'go deeper every year, and the next summer shortage will not be the last</p><div class="ds-meta"><span '
            f'class="ds-author">By <a href="/author/meera-raghavan">Meera Raghavan</a></span> <time class="ds-time" '
            f'datetime="2033-12-07T18:45:00Z">Dec 8, 2033, 00:15 IST</time></div><div class="ds-body">{story}{story}</div>')
    assert analyze_bytes(_page(body, head), html=True).published == "2033-12-08T00:15:00+05:30"


def test_a_title_that_is_the_sites_line_about_itself_gives_the_heading_in_the_story():
    """samples/html-eval65: "केन किनारा :: बांदा जिले का अपना समाचार पोर्टल" names no story (the site's line about itself),
    and the page has no <h1>: its title is the heading line at the top of the story's own cell (with the breadcrumb and
    the date under it), not the news ticker above."""
    title = "केन नदी के चिल्ला घाट पर बनेगा नया पंप हाउस, 48 गांवों में मई से पहुंचेगा नल का पानी"
    page = f"""<html lang="hi"><head><title>केन किनारा :: बांदा जिले का अपना समाचार पोर्टल</title></head><body><table>
    <tr><td><marquee>ताजा खबर: बांदा-कानपुर मार्ग पर दो दिन रहेगा रूट डायवर्जन ** अतर्रा में गेहूं खरीद की तैयारी शुरू</marquee></td></tr>
    <tr><td><font size="1"><a href="/">मुख्य पृष्ठ</a> &gt; <a href="/p">पैलानी</a></font><br>
    <font size="5"><b>{title}</b></font><br>
    <font size="2">दिनांक: 05/03/2033 &nbsp; समय: 4:35 PM</font><br>
    <font size="3">{_STORY}<br><br>{_STORY}<br><br>{_STORY}</font></td></tr></table></body></html>"""
    a = analyze_bytes(page.encode(), "page.html")
    assert a.headline == title


def test_a_day_strip_takes_the_bylines_time_and_a_metadata_time_shifted_the_wrong_way():
    """samples/html-eval67: a strip above the story showing the day alone ("बुधवार, १४ सितंबर २०३३") takes its time from
    the byline's "१४ सितंबर २०३३, १८:४५" (Devanagari digits, no metadata date); a page that shows "प्रकाशित: 03 फरवरी
    2033, 11:40 PM IST" while its metadata says "2033-02-04T05:10:00Z" (eleven hours later: the zone added, not taken
    away) was published at the time it shows."""
    from khabar.text.dates import published_in

    assert published_in(["बुधवार, १४ सितंबर २०३३", "लेखक: प्रियंका चौरसिया | भोपाल | १४ सितंबर २०३३, १८:४५"]) == "2033-09-14T18:45:00"
    assert published_in(["बुधवार, १४ सितंबर २०३३", "१५ सितंबर २०३३, १८:४५"]) == "2033-09-14"
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2033-02-04T05:10:00Z"}'
    page = f"""<html lang="hi"><head><title>घने कोहरे ने थामी दिल्ली की रफ्तार</title>
    <script type="application/ld+json">{ld}</script></head><body><article><h1>घने कोहरे ने थामी दिल्ली की रफ्तार</h1>
    <p>प्रकाशित: 03 फरवरी 2033, 11:40 PM IST</p><p>{_STORY}</p><p>{_STORY}</p><p>{_STORY}</p></article></body></html>"""
    a = analyze_bytes(page.encode(), "page.html")
    assert a.published == "2033-02-03T23:40:00+05:30"


def test_a_desk_credit_on_the_page_and_a_person_only_in_the_metadata():
    """samples/html-eval67: the page credits "डेस्क रिपोर्ट" and its JSON-LD names a person the page never shows: no
    author (the page's own credit is a desk); the same JSON-LD person shown in the byline is the author."""
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "author": {"@type": "Person", "name": "विकास चौहान"}}'
    def page(credit: str) -> bytes:
        return f"""<html lang="hi"><head><title>रोडवेज बसों में यूपीआई से टिकट</title>
        <script type="application/ld+json">{ld}</script></head><body><article><h1>रोडवेज बसों में यूपीआई से टिकट</h1>
        <div class="byline">{credit} | चंडीगढ़ | प्रकाशित: 24 नवंबर 2033, 05:35 PM IST</div>
        <p>{_STORY}</p><p>{_STORY}</p><p>{_STORY}</p></article></body></html>""".encode()
    assert analyze_bytes(page("डेस्क रिपोर्ट"), "page.html").authors == []
    assert analyze_bytes(page("विकास चौहान"), "page.html").authors == ["विकास चौहान"]
