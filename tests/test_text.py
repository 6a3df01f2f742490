"""The Devanagari text layer: normalization policy, search fold, word tokens, dates, language."""
import unicodedata

from khabar.text.dates import find_date
from khabar.text.language import detect_language
from khabar.text.normalize import fold, normalize
from khabar.text.tokens import words


def test_precomposed_and_decomposed_nukta_normalize_to_one_string():
    assert normalize("\u095b") == normalize("\u091c\u093c") == "\u091c\u093c"  # ज़


def test_joiners_kept_only_after_virama():
    assert normalize("क्\u200dष") == "क्\u200dष"
    assert normalize("क\u200dम") == "कम"
    assert normalize("नई\u00a0दिल्ली\u200b") == "नई दिल्ली"


def test_fold_erases_nukta_chandrabindu_and_case():
    assert fold("ज़िंदगी") == fold("जिंदगी")
    assert fold("हँसी") == fold("हंसी")
    assert fold("BBC") == fold("bbc")
    assert fold("पिता") != fold("पुतिन")


def test_words_keep_vowel_signs_and_virama_inside_the_word():
    assert words("हिन्दी में ख़बर") == ["हिन्दी", "में", normalize("ख़बर")]
    # re's \w would split at the virama and the vowel signs
    import re

    assert re.findall(r"\w+", "हिन्दी") != ["हिन्दी"]


def test_dates_hindi_and_english():
    assert find_date("अपडेटेड: बुधवार, 14 सितम्बर 2023, 18:45 IST").iso == "2023-09-14T18:45:00+05:30"
    assert find_date("१४ फ़रवरी २०२४").iso == "2024-02-14"
    assert find_date("Jul 24 2019  4:49PM").iso == "2019-07-24T16:49:00"
    assert find_date("Posted on :24-Mar-2019").iso == "2019-03-24"
    assert find_date("वर्ष 2019 में") is None  # a year alone is not a date
    assert find_date("31 फरवरी 2020") is None


def test_language():
    assert detect_language("रूस की लड़ाई में हम पूरी तरह उनके साथ हैं") == "hi"
    assert detect_language("The minister said the plan was ready.") == "en"
    assert detect_language("সে বাড়ি গেল এবং ভাত খেল") == "bn"
    assert detect_language("12 34") == "und"


def test_hindi_forenoon_and_afternoon_times():
    """samples/html-eval33: "प्रकाशित: २७ अक्टूबर २०२७, ०४:१५ अपराह्न" is 16:15 (अपराह्न, afternoon; पूर्वाह्न, forenoon)."""
    from khabar.text.dates import find_date

    assert find_date("प्रकाशित: २७ अक्टूबर २०२७, ०४:१५ अपराह्न").iso == "2027-10-27T16:15:00"
    assert find_date("27 अक्टूबर 2027, 11:05 पूर्वाह्न").iso == "2027-10-27T11:05:00"
    assert find_date("27 अक्टूबर 2027, 4:15 पीएम").iso == "2027-10-27T16:15:00"


def test_hindi_parts_of_the_day_before_the_time():
    """samples/html-eval42: "प्रकाशित: गुरुवार, 21 सितंबर 2028, शाम 7:05 बजे" is 19:05; रात is evening until midnight
    and night after it ("रात 2:10 बजे" is 02:10); दोपहर 12:30 stays 12:30."""
    from khabar.text.dates import find_date

    assert find_date("प्रकाशित: गुरुवार, 21 सितंबर 2028, शाम 7:05 बजे").iso == "2028-09-21T19:05:00"
    assert find_date("21 सितंबर 2028, रात 9:10 बजे").iso == "2028-09-21T21:10:00"
    assert find_date("21 सितंबर 2028, रात 2:10 बजे").iso == "2028-09-21T02:10:00"
    assert find_date("21 सितंबर 2028, रात 12:20 बजे").iso == "2028-09-21T00:20:00"
    assert find_date("21 सितंबर 2028, दोपहर 12:30 बजे").iso == "2028-09-21T12:30:00"
    assert find_date("21 सितंबर 2028, दोपहर 2:30 बजे").iso == "2028-09-21T14:30:00"
    assert find_date("21 सितंबर 2028, सुबह 9:05 बजे").iso == "2028-09-21T09:05:00"


def test_dates_in_indias_other_scripts():
    """samples/html-eval34: month names as CLDR writes them in India's other languages (through babel) and the digits
    of their scripts; "শেষ আপডেট … প্রকাশিত …" gives the published time, not the update's."""
    from khabar.text.dates import find_date, published_in

    assert find_date("শেষ আপডেট: ২৭ অক্টোবর ২০২৭ ০৯:১২").iso == "2027-10-27T09:12:00"
    assert find_date("११ जानेवारी २०२८, सकाळी ८:४५").iso == "2028-01-11T08:45:00"  # Marathi, "in the morning" before the time
    assert find_date("११ जानेवारी २०२८, सायंकाळी ६:१०").iso == "2028-01-11T18:10:00"  # "in the evening"
    assert find_date("ஜன. 19, 2027").iso == "2027-01-19"  # a Tamil month's short form
    assert find_date("23 اکتوبر 2027").iso == "2027-10-23"  # Urdu
    assert find_date("ਮਿਤੀ: ੨੪ ਅਕਤੂਬਰ ੨੦੨੭").iso == "2027-10-24"  # Gurmukhi digits
    # Urdu's year sign and Arabic comma before the time, and its words for morning and afternoon
    assert find_date("۲۲ جولائی ۲۰۲۸ء، ۱۱:۲۰ صبح").iso == "2028-07-22T11:20:00"
    assert find_date("۲۲ جولائی ۲۰۲۸ء، ۴:۰۵ سہ پہر").iso == "2028-07-22T16:05:00"
    assert find_date("५ जाने २०२४") is None  # "जाने" is a Hindi word: no Marathi short month name is read
    line = "শেষ আপডেট: ২৭ অক্টোবর ২০২৭ ০৯:১২ প্রকাশিত: ২৬ অক্টোবর ২০২৭ ২০:৪৫"
    assert published_in([line]) == "2027-10-26T20:45:00"


def test_joiners_next_to_other_scripts_are_kept():
    """samples/html-eval55: Persian writes ZWNJ inside words ("گلاب‌گیری"); emoji sequences are joined by ZWJ. Only
    Devanagari's stray joiners are debris."""
    assert normalize("گلاب\u200cگیری") == "گلاب\u200cگیری"
    assert normalize("👨\u200d👩") == "👨\u200d👩"
    assert normalize("क\u200c\u200dम") == "कम"
    assert normalize("क्\u200c\u200dष") == "क्\u200cष"


def test_dates_in_the_languages_of_news_pages_elsewhere():
    """samples/html-eval55: month names as CLDR writes them (Polish genitive, Turkish, Greek), a date written before a
    numeric one on the same line, and "GMT+7" as a zone."""
    assert find_date("17 czerwca 2031, 07:30 Aktualizacja: 17.06.2031 10:12").iso == "2031-06-17T07:30:00"
    assert find_date("14 Mayıs 2031 10:20").iso == "2031-05-14T10:20:00"
    assert find_date("17 Ιουνίου 2031").iso == "2031-06-17"
    assert find_date("Thứ ba, 4/11/2031, 08:15 (GMT+7)").iso == "2031-11-04T08:15:00+07:00"
    assert find_date("Updated 3 Mar 2026 10:20 UTC+5:30").iso == "2026-03-03T10:20:00+05:30"
    assert find_date("Posted 3 Mar 2026 10:20 GMT").iso == "2026-03-03T10:20:00+00:00"
