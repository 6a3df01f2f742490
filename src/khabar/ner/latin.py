"""English names of places from CLDR (through babel): "रूस" → Russia, "संयुक्त राज्य" → United States,
"प्योंगयांग" → Pyongyang. A reader wants the name the English press uses, which a romanizer cannot know ("Rus")."""
from __future__ import annotations

from functools import lru_cache

from ..text.normalize import fold


@lru_cache(maxsize=1)
def place_names() -> dict[str, str]:
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
    return out


def english_place(name: str) -> str | None:
    """The English name of a place CLDR knows, or None."""
    return place_names().get(fold(name))
