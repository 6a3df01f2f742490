"""The words of Hindi reported speech. Patterns are written plainly and made tolerant of the spelling variants of
news text: an optional nukta after the letters that take one (मुताबिक/मुताबिक़), chandrabindu or anusvara."""
from __future__ import annotations

import regex

from ..text.normalize import fold

_NUKTA_BASES = "कखगजडढफय"


def tolerant(pattern: str) -> str:
    """A regex source that also matches nukta and chandrabindu variants of its Devanagari words."""
    out = []
    for ch in pattern.replace("\u093c", ""):
        if ch in "ँं":
            out.append("[ँं]")
        else:
            out.append(ch + ("\u093c?" if ch in _NUKTA_BASES else ""))
    return "".join(out)


def compile_words(pattern: str) -> regex.Pattern:
    # Simple case folding ("(?-f)"): V1's default full case folding makes every match many times slower, and
    # Hindi has no case.
    return regex.compile("(?-f)" + tolerant(pattern), regex.V1 | regex.IGNORECASE)


# Speech verbs in the forms news uses (perfective, habitual, progressive, with auxiliaries).
SAY = (
    r"कहा(?:\s+(?:है|था|गया(?:\s+(?:है|था))?))?|कहते\s+(?:हैं|हुए|थे)|कहती\s+(?:हैं|है|थीं|थी)|कहता\s+(?:है|था)|"
    r"बोले|बोलीं|बोली|बोला|बताया(?:\s+(?:है|था|गया(?:\s+है)?))?|बताते\s+(?:हैं|हुए|थे)|बताती\s+(?:हैं|है)|"
    r"लिखा(?:\s+(?:है|था))?|पूछा|जोड़ा|दोहराया|कहा\s+कि|ट्वीट\s+(?:किया|कर)|मानते\s+(?:हैं|थे)|मानती\s+(?:हैं|है|थीं)|मानता\s+(?:है|था)"
)
# Speech acts that take a कि-clause: "दावा किया कि", "स्पष्ट किया कि", "उम्मीद जताई कि".
SPEECH_ACT = (
    r"(?:दावा|स्पष्ट|साफ|आरोप\s+लगाया|आरोप\s+लगाते\s+हुए\s+कहा|चेतावनी\s+दी|चेताया|जोर\s+दिया|ज़ोर\s+देकर\s+कहा|जोर\s+देकर\s+कहा|"
    r"उम्मीद\s+जताई|आशंका\s+जताई|भरोसा\s+दिलाया|अनुरोध\s+किया|सुझाव\s+दिया|ऐलान\s+किया|घोषणा\s+की|स्वीकार\s+किया|माना|"
    r"जानकारी\s+दी|इनकार\s+किया|खुलासा\s+किया|कबूल\s+किया)"
    r"(?:\s+(?:किया|की|है|था|थी|गया|गई))*"
)
# "X का कहना है", "X का मानना था".
OPINION = (r"(?:उनका|उनकी|उनके|इनका|इनकी|उसका|उसकी|इसका|(?<![\p{L}\p{M}])(?:का|की|के))\s+(?:कहना|मानना|आरोप|दावा)"
           r"\s*(?:है|था|थी|हैं)?")


def words(text: str) -> frozenset[str]:
    """A word list in fold() form (no nukta, chandrabindu as anusvara, lower case): compare fold(token) with it."""
    return frozenset(fold(w) for w in text.split())


# Pronouns that stand for a person already named.
PRONOUNS = words("उन्होंने उनका उनकी उनके उनको उन्हें वे वो वह उसने उसका उसकी उसके इन्होंने इनका इनकी इनके इसने")
# Words that end a name when reading leftwards from "ने", "का", "के": postpositions, conjunctions, auxiliaries,
# common verbs and adverbs. A name never holds them.
STOP = words("""
के की का में से को पर और ने तो भी कि है हैं था थे थी ही इस उस यह वह ये वो बाद दौरान साथ लिए हुए करते देते हुआ
एक कई सभी इसके उसके जिसके जिन्होंने जिसने वहां यहां जब तब अब फिर लेकिन मगर परंतु किंतु क्योंकि इसलिए साथ
बताते कहते हुए करके देकर लेकर मौके पर बीच तरह तरफ़ तरफ ओर द्वारा संबंध बारे आज कल बुधवार मंगलवार सोमवार गुरुवार शुक्रवार
शनिवार रविवार पहले बाद तक एवं तथा व या पहुंचे पहुँचे चुके रहे रही गए गई गये आए आये दिया किया लिया करने होने वाले
वाली वाला जारी हाल ही आगे भी जबकि वहीं यहीं इसी उसी औऱ कम ज्यादा ज़्यादा अधिक जिनकी जिनका जिनके
जिसकी जिसका जिसके जो हालांकि बल्कि इससे उससे इसमें उसमें इसे उसे
कहा कहती कहते कहता कहना बोले बोली बोला बताया बताती बताते मानते मानती लिखा पूछा
""")
# Titles and descriptions before a name: stripped from a speaker, kept to find the name a title stands for.
_TITLES_TEXT = """
राष्ट्रपति प्रधानमंत्री उपराष्ट्रपति उपमुख्यमंत्री मुख्यमंत्री मंत्री गृहमंत्री विदेशमंत्री वित्तमंत्री रक्षामंत्री स्वास्थ्यमंत्री
केंद्रीय राज्यमंत्री नेता प्रवक्ता अध्यक्ष उपाध्यक्ष सचिव महासचिव निदेशक प्रमुख सांसद विधायक पार्षद महापौर मेयर राज्यपाल
उपराज्यपाल न्यायाधीश जज मुख्य न्यायमूर्ति वकील अधिवक्ता प्रोफेसर प्रोफ़ेसर प्रो डॉ डॉक्टर श्री श्रीमती सुश्री कुमारी
जनरल कर्नल मेजर कप्तान कप्तान कोच खिलाड़ी अभिनेता अभिनेत्री निर्देशक गायक गायिका लेखक पत्रकार संवाददाता विशेषज्ञ
वैज्ञानिक अधिकारी आयुक्त कलेक्टर जिलाधिकारी एसपी डीएम एसएसपी थानाध्यक्ष इंस्पेक्टर दरोगा सीईओ चेयरमैन संस्थापक
तानाशाह शासक सम्राट राजा रानी योगगुरु मौलाना पादरी महंत सरसंघचालक कमांडर क्रिटिक समीक्षक क्रिकेटर पूर्व उप सह
शोधकर्ता फ़ेलो फेलो रब्बी इमाम सदस्य कार्यकारी प्रबंधक मैनेजर एक्ट्रैस ऐक्ट्रैस एक्टर ऐक्टर न्यायमूर्ति संपादक
प्रधानाचार्य प्राचार्य कुलपति सचिव उपायुक्त महानिदेशक निरीक्षक सीएमओ प्रभारी फ़िल्ममेकर फिल्ममेकर फ़िल्मकार फिल्मकार
गवर्नर छात्र छात्रा प्रोड्यूसर निर्माता संगीतकार कलाकार मुखिया
"""
TITLES = words(_TITLES_TEXT)
TITLE_WORDS = frozenset(_TITLES_TEXT.split())  # as written, for patterns
# Documents that speak for the body that issued them ("बयान के मुताबिक", "जारी बयान में कहा गया").
DOCUMENTS = words("बयान विज्ञप्ति रिपोर्ट आदेश फ़ैसले फैसले फ़ैसला फैसला अध्ययन प्रस्ताव दिशा-निर्देशों पत्र नोटिस")
# Bodies that speak: a speaker naming one of these is a body, not a person.
BODY_WORDS = words("""
मंत्रालय सरकार पुलिस विभाग आयोग संगठन संस्था कंपनी पार्टी परिषद समिति अदालत न्यायालय कोर्ट बोर्ड प्रशासन दफ़्तर
दफ्तर कार्यालय सेना बैंक विश्वविद्यालय अस्पताल संघ मोर्चा यूनियन प्राधिकरण निगम आयोग संयुक्त
""")
# Media and documents: "X के मुताबिक" with one of these is a cited source, not a speaker.
MEDIA_WORDS = words("""
रिपोर्ट रिपोर्टों अख़बार अखबार समाचार एजेंसी न्यूज़ न्यूज चैनल टीवी वेबसाइट पत्रिका जर्नल दैनिक टाइम्स पोस्ट हेराल्ड
ट्रिब्यून एक्सप्रेस गार्डियन टेलीग्राफ़ टेलीग्राफ सर्वेक्षण सर्वे अध्ययन आंकड़ों आंकड़े आँकड़ों विकीपीडिया विकिपीडिया
मीडिया रेडियो ब्लॉग
bbc cnn reuters afp ap pti ani ians xinhua bloomberg
बीबीसी सीएनएन रॉयटर्स रॉयटर एएफपी एपी पीटीआई एएनआई आईएएनएस यूएनआई शिन्हुआ ब्लूमबर्ग अल-जज़ीरा अल जज़ीरा जजीरा जज़ीरा
""")
# Unnamed sayers: the quote keeps them as a description, with no speaker.
UNNAMED = words("""
सूत्रों सूत्र विशेषज्ञों विशेषज्ञ अधिकारियों अधिकारी लोगों लोग जानकारों जानकार कुछ एक स्थानीय प्रत्यक्षदर्शियों
चश्मदीदों ग्रामीणों परिजनों डॉक्टरों वैज्ञानिकों कार्यकर्ताओं नेताओं छात्रों
""")
