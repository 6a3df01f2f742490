"""Dates as news pages write them, in English and Hindi, to ISO 8601.

Handles "09 Apr, 2018 11:26 AM", "Jul 24 2019 4:49PM", "24-Mar-2019", "2018-09-09 08:32:41",
"दिनांक 22-जुलाई-2019", "दिनांक: 05-03-2026", "बुधवार, 14 सितंबर 2023, 18:45 IST", Devanagari digits and the spelling variants of
Hindi month names. A date without a day is not a date: we never turn "2019" into "2019-01-01".
IST is +05:30; a time with no zone stays without an offset here (the ``local_time`` step gives IST to the times of
pages in Indian languages, and no guessed offset to others).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

from .normalize import fold

# The digits of India's scripts and of Arabic script, read as ASCII ones: Devanagari, Bengali, Gurmukhi, Gujarati,
# Odia, Tamil, Telugu, Kannada, Malayalam, Arabic-Indic and Extended Arabic-Indic (Urdu).
_ZEROS = (0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0660, 0x06F0)
_OTHER_DIGITS = str.maketrans({chr(zero + i): str(i) for zero in _ZEROS for i in range(10)})
_OTHER_DIGIT = regex.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _ZEROS) + "]")

# Month names: English (full and 3-4 letter forms) and Hindi with the spellings seen on news sites
# (anusvara or nasal+virama, with or without nukta; fold() removes nukta and chandrabindu differences).
_MONTHS = {
    1: "january jan जनवरी",
    2: "february feb फरवरी",
    3: "march mar मार्च",
    4: "april apr अप्रैल अप्रेल",
    5: "may मई",
    6: "june jun जून",
    7: "july jul जुलाई",
    8: "august aug अगस्त",
    9: "september sept sep सितंबर सितम्बर",
    10: "october oct अक्टूबर अक्तूबर",
    11: "november nov नवंबर नवम्बर",
    12: "december dec दिसंबर दिसम्बर",
}
# Pages in India's other languages write their months as CLDR does (through babel): "২৬ অক্টোবর ২০২৭", "ஜன. 19".
_OTHER_LANGUAGES = ("mr", "ne", "bn", "as", "gu", "pa", "or", "ta", "te", "kn", "ml", "ur",
                    # and the languages of news pages elsewhere ("17 czerwca 2031, 07:30", "14 Mayıs 2031")
                    "de", "fr", "es", "it", "pt", "nl", "pl", "tr", "id", "el", "ru", "uk", "sv", "da", "nb", "fi", "cs", "ro", "hu")
_DEVANAGARI_LANGUAGES = ("mr", "ne")  # whose short month names are Hindi words ("जाने"): only the full names


def _cldr_months() -> dict[str, int]:
    from babel import localedata

    out: dict[str, int] = {}
    cache = getattr(localedata, "_cache", {})
    for code in _OTHER_LANGUAGES:
        kept = code in cache
        months = localedata.LocaleDataDict(localedata.load(code))["months"]
        forms = [dict(months["format"]["wide"]), dict(months["stand-alone"]["wide"])]
        if code not in _DEVANAGARI_LANGUAGES:
            forms.append(dict(months["format"]["abbreviated"]))
        del months
        if not kept:  # babel keeps every locale it loads: thousands of objects that each garbage collection would walk
            cache.pop(code, None)
        for names in forms:
            for n, name in names.items():
                key = fold(name.rstrip("."))
                if len(key) >= (3 if code in _DEVANAGARI_LANGUAGES else 2):  # ("ஜன." is January)
                    out.setdefault(key, n)
    return out


_HINDI_ENGLISH = {fold(name): n for n, names in _MONTHS.items() for name in names.split()}
_OTHER_MONTHS = {k: n for k, n in _cldr_months().items() if k not in _HINDI_ENGLISH}
MONTH_NUMBER = {**_HINDI_ENGLISH, **_OTHER_MONTHS}


def _month(names: dict[str, int]) -> str:
    return "(?P<mon>" + "|".join(sorted(map(regex.escape, names), key=len, reverse=True)) + r")(?![\p{L}\p{M}])\.?"

# Hindi's forenoon and afternoon (पूर्वाह्न, अपराह्न, with their common misspellings) and AM/PM written in Devanagari.
_AM_PM = {"अपराह्न": "pm", "अपरान्ह": "pm", "पीएम": "pm", "पूर्वाह्न": "am", "पूर्वान्ह": "am", "एएम": "am",
          "صبح": "am", "سہ پہر": "pm", "سہپہر": "pm", "دوپہر": "pm", "شام": "pm",  # Urdu: morning, afternoon, noon, evening
          "ಪೂರ್ವಾಹ್ನ": "am", "ಅಪರಾಹ್ನ": "pm", "முற்பகல்": "am", "பிற்பகல்": "pm"}  # Kannada's and Tamil's forenoon, afternoon
_PERIOD_AM_PM = {"सुबह": "am", "प्रातः": "am", "तडके": "am", "दोपहर": "pm", "शाम": "pm", "सायं": "pm",
                 # Marathi, Bengali and Urdu write it before the time too: "दुपारी २:३५", "বিকেল ৪:১০", "شام 7:45"
                 "सकाळी": "am", "दुपारी": "pm", "सायंकाळी": "pm", "संध्याकाळी": "pm", "সকাল": "am", "দুপুর": "pm",
                 "বিকেল": "pm", "বিকাল": "pm", "সন্ধ্যা": "pm", "صبح": "am", "دوپہر": "pm", "سہ پہر": "pm", "سہپہر": "pm",
                 "شام": "pm",
                 # and the southern and western languages: "ಅಪರಾಹ್ನ 4:35", "முற்பகல் 07:45", "બપોરે ૦૧:૧૫"
                 "ಬೆಳಿಗ್ಗೆ": "am", "ಪೂರ್ವಾಹ್ನ": "am", "ಮಧ್ಯಾಹ್ನ": "pm", "ಅಪರಾಹ್ನ": "pm", "ಸಂಜೆ": "pm",
                 "காலை": "am", "முற்பகல்": "am", "மதியம்": "pm", "பிற்பகல்": "pm", "மாலை": "pm",
                 "ఉదయం": "am", "మధ్యాహ్నం": "pm", "సాయంత్రం": "pm",
                 "രാവിലെ": "am", "ഉച്ചയ്ക്ക്": "pm", "വൈകിട്ട്": "pm", "വൈകുന്നേരം": "pm",
                 "સવારે": "am", "બપોરે": "pm", "સાંજે": "pm", "ਸਵੇਰੇ": "am", "ਦੁਪਹਿਰ": "pm", "ਸ਼ਾਮ": "pm"}
_NIGHT = frozenset(("रात", "रात्री", "রাত", "رات", "ರಾತ್ರಿ", "இரவு", "రాత్రి", "രാത്രി", "રાત્રે", "ਰਾਤ"))  # night: 9 at night is pm, 2 at night am


def _alternatives(words) -> str:
    return "|".join(sorted({regex.escape(w).replace(r"\ ", r"\s?") for w in words}, key=len, reverse=True))


# A time may follow its date under its own label: "दिनांक: 05-03-2026 समय: 10:32".
# Hindi writes the part of the day before the time and "बजे" after it: "शाम 7:05 बजे", "रात 12:30 बजे".
_TIME = (r"(?:(?:समय|time)\s*:?\s*)?(?:(?P<period>" + _alternatives([*_PERIOD_AM_PM, *_NIGHT]) + r")\s+)?"
         r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?:बजे\s*)?(?P<ampm>am|pm|a\.m\.|p\.m\.|"
         + _alternatives(_AM_PM) + r")?(?:\s*\(?(?P<tz>ist|(?:gmt|utc)\s?[+-]\d{1,2}(?::?\d{2})?|gmt|utc|[+-]\d{2}:?\d{2})\)?)?")
_SEP = r"[\s,،ء\-–./|]{0,4}"  # (Urdu writes "۲۰۲۸ء، ۱۱:۲۰": the year's sign and the Arabic comma)


def _named_month_patterns(month: str) -> list[regex.Pattern]:
    """Day, month's name, year; and month's name, day, year."""
    return [
        regex.compile(r"(?<!\d)(?P<d>\d{1,2})(?:st|nd|rd|th)?" + _SEP + month + _SEP + r"(?P<y>(?:19|20)\d{2})(?!\d)(?:" + _SEP + _TIME + ")?"),
        regex.compile(month + _SEP + r"(?P<d>\d{1,2})(?:st|nd|rd|th)?" + _SEP + r"(?P<y>(?:19|20)\d{2})(?!\d)(?:" + _SEP + _TIME + ")?"),
    ]


_PATTERNS = [
    regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ]" + _TIME + ")?"),
    *_named_month_patterns(_month(_HINDI_ENGLISH)),
    # Day first, as Indian pages write it: 05/03/2026, 05.03.2026, 05-03-2026 (one separator throughout).
    regex.compile(r"(?<![\d/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)(?:" + _SEP + _TIME + ")?"),
]
# The other languages' month names: a word between a day and a year (or before a day and a year) looked up among them,
# tried only where none of the above matched (an alternation of their 200 names tried at every position of every line
# would cost a news page's cleaning a fifth of its time).
_OTHER_PATTERNS = _named_month_patterns(r"(?<![\p{L}\p{M}])(?P<mon>[\p{L}\p{M}]{2,})\.?")
# Where one may stand: a letter of another Indian script or of Urdu, or a piece of a Marathi or Nepali month's name
# (Devanagari, like Hindi's: "जानेवारी", "एप्रिल", "जुलै", "ऑगस्ट", "सप्टेंबर", "फेब्रुअरी", "नोभेम्बर").
_OTHER_SCRIPT = regex.compile(r"[\u0600-\u06ff\u0980-\u0d7f]")
_DEVANAGARI_MONTH_PIECES = ("वारी", "प्रिल", "जुलै", "गस्ट", "टेंबर", "टोबर", "व्हेंबर", "सेंबर", "म्बर", "ब्रुअरी", "भेम्बर", "जुन ")
_DEVANAGARI = regex.compile(r"[\u0900-\u097f]")
_YEAR = regex.compile(r"(?:19|20)\d{2}(?!\d)")
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))


@dataclass(frozen=True)
class FoundDate:
    """A date found in a line: ISO 8601 text, whether it carries a time, and where it stood (in the folded line)."""

    iso: str
    has_time: bool
    start: int
    end: int


def _zone(tz: str | None) -> dt.tzinfo | None:
    if not tz:
        return None
    if tz == "ist":
        return IST
    if tz in ("gmt", "utc"):
        return dt.timezone.utc
    tz = tz.removeprefix("gmt").removeprefix("utc").strip()  # "GMT+7", "UTC+05:30"
    sign = 1 if tz[0] == "+" else -1
    hours, _, minutes = tz[1:].partition(":") if ":" in tz else (tz[1:-2], "", tz[-2:]) if len(tz) > 3 else (tz[1:], "", "0")
    return dt.timezone(sign * dt.timedelta(hours=int(hours), minutes=int(minutes)))


def _earliest(matches) -> regex.Match | None:
    return min((m for m in matches if m is not None), key=regex.Match.start, default=None)


def find_date(text: str, folded: bool = False) -> FoundDate | None:
    """The first full date (day, month, year) in ``text``, with its time and zone when given.

    >>> find_date("अपडेटेड: बुधवार, 14 सितंबर 2023, 18:45 IST").iso
    '2023-09-14T18:45:00+05:30'
    >>> find_date("प्रकाशित: 03 मार्च 2025, 09:10 AM (IST)").iso
    '2025-03-03T09:10:00+05:30'
    >>> find_date("Updated: 09 Apr, 2018 11:26 AM").iso
    '2018-04-09T11:26:00'
    >>> find_date("दिनांक २२-जुलाई-२०१९").iso
    '2019-07-22'
    >>> find_date("सन 2019 में") is None
    True
    """
    folded = text if folded else fold(text)
    if _OTHER_DIGIT.search(folded):  # translate is slow on long lines: only when there is such a digit
        folded = folded.translate(_OTHER_DIGITS)
    if not _YEAR.search(folded):  # every pattern needs a year: most lines are turned away here, cheaply
        return None
    best = _earliest(pattern.search(folded) for pattern in _PATTERNS)
    if (best is None or best.start() > 0) and (any(map(folded.__contains__, _DEVANAGARI_MONTH_PIECES))
                                               or _OTHER_SCRIPT.search(folded) or not _DEVANAGARI.search(folded)):
        # (before a date the patterns above found: "17 czerwca 2031, 07:30 Aktualizacja: 17.06.2031 10:12")
        best = _earliest([best] + [next((m for m in pattern.finditer(folded, 0, best.start() if best else len(folded))
                                         if m.group("mon") in _OTHER_MONTHS), None) for pattern in _OTHER_PATTERNS])
    if best is None:
        return None
    g = best.groupdict()
    month = MONTH_NUMBER[g["mon"]] if g.get("mon") else int(g["m"])
    try:
        day = dt.date(int(g["y"]), month, int(g["d"]))
    except ValueError:
        return None
    if g.get("h") is None:
        return FoundDate(day.isoformat(), False, best.start(), best.end())
    hour, minute, second = int(g["h"]), int(g["mi"]), int(g["s"] or 0)
    written = g.get("ampm") or ""
    ampm = _AM_PM.get(written, written.replace(".", ""))
    if not ampm and g.get("period"):
        ampm = _PERIOD_AM_PM[g["period"]] if g["period"] not in _NIGHT else ("pm" if 6 <= hour <= 11 else "am")  # (रात 2 बजे: 2 am)
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return FoundDate(day.isoformat(), False, best.start(), best.end())
    stamp = dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=_zone(g.get("tz")))
    return FoundDate(stamp.isoformat(), True, best.start(), best.end())


# A date line's labels: which of its dates is the first publication, which an update.
# "Published" and "updated" in Bengali, Gujarati, Gurmukhi, Odia, Tamil, Telugu, Kannada, Malayalam and Urdu.
OTHER_PUBLISHED = "প্রকাশিত|પ્રકાશિત|ਪ੍ਰਕਾਸ਼ਿਤ|ପ୍ରକାଶିତ|வெளியிடப்பட்டது|ప్రచురించబడింది|ಪ್ರಕಟಿಸಲಾಗಿದೆ|പ്രസിദ്ധീകരിച്ചത്|شائع"
OTHER_UPDATED = "আপডেট|અપડેટ|ਅੱਪਡੇਟ|ਅਪਡੇਟ|ଅପଡେଟ|புதுப்பிக்கப்பட்டது|అప్డేట్|ಅಪ್ಡೇಟ್|അപ്ഡേറ്റ്|اپ\\s?ڈیٹ"
_PUBLISHED = regex.compile(r"(?:प्रकाशित|प्रकाशन\s+तिथि|पब्लिश्ड|published|publish\s+date|posted|first\s+published|"
                           + OTHER_PUBLISHED + ")", regex.IGNORECASE)
_UPDATED = regex.compile(r"^[\s\p{P}]*(?:last\s+|শেষ\s+)?(?:अपडेटेड|अपडेट|updated|संशोधित|modified|" + OTHER_UPDATED + ")",
                         regex.IGNORECASE)


def published_in(lines: list[str]) -> str | None:
    """The first publication among a page's date lines: the date after a "published" label ("अपडेटेड: … प्रकाशित:
    03 अप्रैल, 2026 04:10 PM" → the second), else the first date of a line that is not an update, else any. A day
    given alone takes its time from a later line of the same day ("बुधवार, १४ सितंबर २०३३" in a strip, "… | १४ सितंबर
    २०३३, १८:४५" in the byline)."""
    day = _first_published(lines)
    if day is None or len(day) != len("2033-09-14"):
        return day
    return next((found.iso for line in lines if (found := find_date(line)) and found.has_time and found.iso.startswith(day)), day)


def _first_published(lines: list[str]) -> str | None:
    for line in lines:
        label = _PUBLISHED.search(line)
        if label and (found := find_date(line[label.end():])):
            return found.iso
    for line in lines:
        if not _UPDATED.match(line) and (found := find_date(line)):
            return found.iso
    return next((found.iso for line in lines if (found := find_date(line))), None)
