"""How often the romanizer writes a name as the page's own Latin gloss does.

Pairs: every "<Devanagari words> (<Latin words>)" with as many Latin as Devanagari words in the Hindi text of
../shared/data (news corpora, cleaning dev pages, NER corpora) and the seed ("किम जोंग उन (Kim Jong Un)").
Acronyms and translations are left out (all-capital glosses; glosses whose first letter differs from the
romanizer's). Both sides are compared after a fold: lower case, letters only, long vowels written once (aa→a, ee→i, oo→u),
w→v, ph→f, and a final "a" dropped (Hindi spelling does not show it).
The second figure lets CLDR's English name stand in for places CLDR knows, as a place entity's `latin` does.
Run: python bench/romanizer_glosses.py [--show N]
"""
from __future__ import annotations

import argparse
import csv
from pathlib import Path

import regex

from khabar.ner.latin import english_place
from khabar.ner.romanize import romanize
from khabar.text.normalize import normalize

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAIR = regex.compile(r"((?:\p{Devanagari}+\s+){0,3}\p{Devanagari}+)\s*\(\s*([A-Za-z][A-Za-z.'\- ]{1,40}?)\s*\)")


def fold_latin(s: str) -> str:
    s = regex.sub(r"[^a-z ]", "", s.lower())
    for a, b in (("aa", "a"), ("ee", "i"), ("oo", "u"), ("w", "v"), ("ph", "f")):
        s = s.replace(a, b)
    return " ".join(w[:-1] if len(w) > 2 and w.endswith("a") else w for w in s.split())


def texts() -> list[str]:
    out = [p.read_text("utf-8", "replace") for p in sorted((SHARED / "data").rglob("*.txt"))]
    out += [p.read_text("utf-8", "replace") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    bbc = SHARED / "data/bbc-hindi-news-articles/bbc-hindi-test-5class.csv"
    with open(bbc, encoding="utf-8", newline="") as f:
        out += [row[1] for row in csv.reader(f) if len(row) > 1]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=10)
    args = ap.parse_args()
    pairs = {}
    for text in texts():
        for m in PAIR.finditer(normalize(text)):
            latin_words = m.group(2).split()
            dev_words = m.group(1).split()[-len(latin_words):]
            # Transliterations only: no acronyms ("WHO"), and the first sounds agree (a translation such as
            # "क्षमता (Immunity)" is not a spelling of the name).
            if len(dev_words) == len(latin_words) and not m.group(2).replace(" ", "").isupper() \
                    and fold_latin(romanize(dev_words[0]))[:1] == fold_latin(latin_words[0])[:1]:
                pairs[" ".join(dev_words)] = m.group(2)
    right = [(d, l) for d, l in pairs.items() if fold_latin(romanize(d)) == fold_latin(l)]
    print(f"pairs: {len(pairs)}; romanizer equals the gloss after the fold: {len(right)} ({len(right) / max(1, len(pairs)):.1%})")
    # What a place entity gets as `latin`: CLDR's English name when CLDR knows the place, else the romanizer's.
    cldr = [(d, l) for d, l in pairs.items() if fold_latin(english_place(d) or romanize(d)) == fold_latin(l)]
    print(f"with CLDR's English names for the places it knows (a place entity's latin): {len(cldr)} ({len(cldr) / max(1, len(pairs)):.1%})")
    for d, l in [p for p in pairs.items() if p not in right][: args.show]:
        print(f"  {d} → {romanize(d)} | gloss {l}")


if __name__ == "__main__":
    main()
