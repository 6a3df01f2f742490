"""Adversarial pages finish quickly and never raise."""
import time

from khabar.pipeline import analyze_bytes


def test_adversarial_pages_are_bounded():
    pages = [
        ("क" * 200_000).encode(),
        ("." * 100_000).encode(),
        ('"' * 50_000).encode(),
        ("होम › " * 20_000).encode(),
        ("\n" * 100_000 + "x").encode(),
        (("नई दिल्ली: " + "शब्द " * 50 + "\n") * 2000).encode(),
        ("a" * 5000 + " " + "›" * 5000).encode(),
        ("के\nराम\nने\nकहा\nकि\n" * 12_000).encode(),  # a word per line (a corpus file): 60,000 short lines
    ]
    for page in pages:
        t = time.perf_counter()
        a = analyze_bytes(page)
        assert time.perf_counter() - t < 20
        assert a.page_type in ("article", "listing", "other")
