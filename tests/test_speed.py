"""The C loops of ``khabar._speed`` give the answers of their Python twins (``khabar.speed``)."""
import os
import random
from pathlib import Path

import pytest

from khabar import speed

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module")
def c():
    if speed.C is None:
        if os.environ.get("KHABAR_EXPECT_C_WALK"):  # CI has a compiler: the extension must be built and in use
            raise AssertionError("khabar._speed was not built")
        pytest.skip("khabar._speed is not built here (no compiler) or is turned off (KHABAR_PURE_PYTHON=1)")
    return speed.C


def _byte_cases() -> list[bytes]:
    rnd = random.Random(7)
    chars = [chr(c) for c in [*range(0x20, 0x80), *range(0x900, 0x980), 0xE9, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFEFF,
                              0xFFFF, 0x10000, 0x1F600, 0x10FFFF]]
    cases = [b"", b"abc", b"\xed\xa0\x80", b"\xc0\x80", b"\xe0\x80\x80", b"\xf0\x80\x80\x80", b"\xf4\x90\x80\x80",
             b"\xf5\x80\x80\x80", b"\xc2", b"12345678\xe0\xa4", "नमस्ते".encode()[:-1], b"\x80abcdefgh"]
    for i in range(4000):
        data = bytearray("".join(rnd.choice(chars) for _ in range(rnd.randint(0, 40))).encode())
        if i % 2 and data:  # a few bytes broken, or the end cut off
            for _ in range(rnd.randint(1, 3)):
                data[rnd.randrange(len(data))] = rnd.randrange(256)
            if rnd.random() < 0.3:
                data = data[: rnd.randrange(len(data))]
        cases.append(bytes(data))
    cases += [p.read_bytes() for p in sorted(SAMPLES.rglob("*.html"))]
    return cases


def test_utf8_check_agrees_with_python_decoder(c):
    cases = _byte_cases()
    assert sum(not speed.utf8_valid_python(b) for b in cases) > 1000  # the broken cases do break
    for data in cases:
        assert c.utf8_valid(data) == speed.utf8_valid_python(data), data[:60]


def test_word_count_agrees_with_the_regex(c):
    rnd = random.Random(3)
    pool = [chr(n) for n in range(0x20, 0x3000)] + list(" ,.-।क्षािंa1\u200c\u200d\u0964")
    texts = ["", "   ", "नई दिल्ली: 14 सितंबर, 2023", "don't stop—x2", "किम\u200dजोंग", "😀 emoji ऊपर"]
    texts += ["".join(rnd.choice(pool) for _ in range(rnd.randint(0, 80))) for _ in range(3000)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.rglob("*.txt"))[:40]]
    for text in texts:
        assert speed.count_words(text) == speed.count_words_python(text), text[:60]
    assert c.count_words("😀 ऊपर", speed._word_table()) == -1  # above U+FFFF: the regex counts it
    assert speed.count_words("😀 ऊपर नीचे") == 2


def test_subtree_sums_agree(c):
    rnd = random.Random(5)
    for _ in range(500):
        n = rnd.randint(1, 80)
        parent = [-1] + [rnd.randrange(e) if rnd.random() < 0.95 else -1 for e in range(1, n)]
        values = [rnd.randint(0, 9) for _ in range(n)]
        assert c.subtree_sums(parent, list(values)) == speed.subtree_sums_python(parent, list(values))
    with pytest.raises(ValueError):
        c.subtree_sums([-1, 1], [1, 2])  # a parent after its child


def _doms():
    """The walked pages of every HTML sample, and of the shared fundus pages when they are there."""
    import copy
    import gzip

    from khabar.html.blocks import parse, walk_python

    shared = SAMPLES.parent.parent / "shared" / "data" / "fundus-news-html"
    paths = sorted(SAMPLES.rglob("*.html*")) + sorted(shared.rglob("*.html.gz"))
    prose = "यह कहानी का एक लंबा वाक्य है, जिसमें कई शब्द हैं और जो पाठक के लिए लिखा गया है। " * 2
    linked = f"<p>{prose[:70]}<a href=/x>{prose[:22]}</a>{prose[:8]}</p>"  # link text near the prose limits
    made = [  # the branches sample pages seldom take: a furniture-named wrapper of the one <article>, <aside>, links
        f"<body><div class='gate-ad'><article><p>{prose}</p></article></div><div><p>{prose * 3}</p>{linked}</div></body>",
        f"<body><main><aside><p>{prose}</p></aside><p>{prose}</p><article class=comment><p>{prose}</p></article>"
        f"<article><p>{prose * 2}</p>{linked * 3}</article></main></body>",
        f"<body><div class=share>{linked}<p>{prose}</p></div><section><h2>{prose}</h2><figure><p>{prose}</p></figure>"
        f"text {prose}<p>{prose[:30]}</p></section></body>",
    ]
    for path in [*paths, *made]:
        if isinstance(path, str):
            data = path.encode()
        else:
            data = path.read_bytes()
            data = gzip.decompress(data) if path.name.endswith(".gz") else data
        tree = parse(data)
        for root in (tree.body, tree.root):
            if root is not None:
                dom = walk_python(root)
                for b in dom.blocks:
                    b.furniture = False
                yield (path[:60] if isinstance(path, str) else path.name), dom, copy.deepcopy(dom)


def test_furniture_marks_and_content_agree_with_python(c):
    from khabar.html import blocks, content

    pages = 0
    for name, dom, twin in _doms():
        flags = c.furniture_flags(dom.tags, dom.parent, dom.unlikely, dom.blocks, blocks.PROSE_CHARS, blocks.WRAPPER_SHARE)
        blocks._mark_furniture_python(twin)
        assert flags == [b.furniture for b in twin.blocks], name
        for b, flag in zip(dom.blocks, flags):
            b.furniture = flag
        assert content.find_content(dom) == content.find_content_python(twin), name
        pages += 1
    assert pages >= 40


def test_loaded_objects_are_kept_out_of_full_collections():
    """Importing the pipeline freezes what it loaded (gc.freeze): a full collection does not walk the modules,
    patterns and lexicons again; KHABAR_NO_GC_FREEZE=1 leaves the collector alone."""
    import subprocess
    import sys

    code = "import gc, khabar.pipeline; print(gc.get_freeze_count())"
    frozen = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    env = {**__import__("os").environ, "KHABAR_NO_GC_FREEZE": "1"}
    left = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert int(frozen) > 10_000 and int(left) == 0
