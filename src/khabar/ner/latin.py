"""English names of places from CLDR (through babel): "रूस" → Russia, "संयुक्त राज्य" → United States,
"प्योंगयांग" → Pyongyang; and of India's states from ISO 3166-2 (through pycountry): "पंजाब" → Punjab. A reader
wants the name the English press uses, which a romanizer cannot know ("Rus")."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..text.normalize import fold


@lru_cache(maxsize=1)
def place_names() -> dict[str, str]:
    """fold(Hindi name) → English name, for CLDR's places and India's states."""
    return {**cldr_places(), **indian_states()}


@lru_cache(maxsize=1)
def cldr_places() -> dict[str, str]:
    """fold(Hindi name) → English name, for CLDR's territories and the cities of its time zones."""
    from babel import Locale

    hi, en = Locale("hi"), Locale("en")
    out = {fold(name): en.territories[code] for code, name in hi.territories.items()
           if code in en.territories and not code.isdigit()}  # numeric codes are regions ("दक्षिण एशिया")
    for zone, data in hi.time_zones.items():
        city = data.get("city")
        if city and "," not in city and not zone.startswith(("Antarctica/", "Etc/")):
            english = en.time_zones[zone].get("city") if zone in en.time_zones else None
            out.setdefault(fold(city), english or zone.rsplit("/", 1)[-1].replace("_", " "))
    out.update({fold(k): v for k, v in _PRESS_COUNTRIES.items()})
    return out


# Countries as the Hindi press names them where CLDR spells them otherwise ("यूनाइटेड किंगडम", "संयुक्त राज्य").
_PRESS_COUNTRIES = {"यूके": "United Kingdom", "ब्रिटेन": "United Kingdom", "इंग्लैंड": "England", "अमेरिका": "United States",
                    "अमरीका": "United States", "यूएस": "United States", "यूएसए": "United States",
                    "यूएई": "United Arab Emirates", "संयुक्त अरब अमीरात": "United Arab Emirates"}


@lru_cache(maxsize=1)
def indian_states() -> dict[str, str]:
    """fold(Hindi name) → English name of India's states and union territories: ISO 3166-2 as pycountry ships it,
    whose iso-codes translations give each a Hindi name (CLDR has none). Its database file is read directly (loading
    pycountry's objects for every country's subdivisions takes ten times as long); ISO's macrons go ("Bihār")."""
    import gettext
    import json
    import os

    import pycountry

    with open(os.path.join(pycountry.DATABASE_DIR, "iso3166-2.json"), encoding="utf-8") as f:
        states = [s["name"] for s in json.load(f)["3166-2"] if s["code"].startswith("IN-")]
    hi = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["hi"], fallback=True)
    out = {}
    for name in states:
        if (hindi := hi.gettext(name)) != name:
            out[fold(hindi)] = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    out.update({fold(k): v for k, v in _PRESS_SPELLINGS.items() if v in out.values()})
    return out


# How the Hindi press spells the states whose ISO names it writes otherwise (ISO: "हरयाणा", "नगालैंड", "पुदुचेरी").
_PRESS_SPELLINGS = {"हरियाणा": "Haryana", "नागालैंड": "Nagaland", "पुडुचेरी": "Puducherry", "उड़ीसा": "Odisha",
                    "जम्मू-कश्मीर": "Jammu and Kashmir", "जम्मू कश्मीर": "Jammu and Kashmir",
                    "अंडमान और निकोबार": "Andaman and Nicobar Islands"}


def english_place(name: str) -> str | None:
    """The English name of a place CLDR or ISO 3166-2 knows, or None."""
    return place_names().get(fold(name))
