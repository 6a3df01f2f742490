"""Page furniture that a line shows by itself: ad markers, read-time claims, share prompts, legal text, menus.

Each rule is a word list or a short pattern, matched on the whole line (after trimming punctuation), so that a
sentence that merely mentions "विज्ञापन" (advertisement) is never taken for an ad marker. The lists were written from
the furniture of Hindi and English news sites (NDTV, Amar Ujala, Jagran, Punjab Kesari, Prabhasakshi, BBC Hindi,
Aaj Tak) and from generic web boilerplate; they describe kinds of furniture, not particular pages.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..text.dates import MONTH_NUMBER, OTHER_PUBLISHED, OTHER_UPDATED
from ..text.normalize import fold

# Lines are matched in their fold() form; patterns get the same treatment for their Devanagari (no nukta, no
# chandrabindu) while keeping regex syntax (fold's case-folding would turn \S into \s). Their Latin is written in
# lower case (tests/test_cleaning.py checks it), so no case-blind matching is needed: lines are already case-folded,
# and case-blind matching costs a case lookup per character tried.
_NUKTA_LETTERS = str.maketrans({chr(0x958 + i): b for i, b in enumerate("कखगजडढफय")} | {"\u093c": None, "\u0901": "\u0902"})


def _compile(source: str) -> regex.Pattern:
    return regex.compile(source.translate(_NUKTA_LETTERS), regex.V1)


class Lexicon:
    """Phrases that make up a whole line (tried from its start) and phrases that may stand anywhere in it.

    The anywhere-phrases are searched only when the line holds one of ``cues``: a plain substring test is far cheaper
    than a regex search at every position, and most lines hold none of them.
    """

    def __init__(self, line: str, anywhere: str, cues: str) -> None:
        self.line = _compile(line)
        self.anywhere = _compile(anywhere)
        self.cues = tuple(fold(c) for c in cues.split())

    def search(self, folded: str, can: frozenset = None) -> bool:
        """``can``: the line's ``openings()``, when the caller has them."""
        if (can is None or self.line in can) and self.line.match(folded):
            return True
        return any(map(folded.__contains__, self.cues)) and self.anywhere.search(folded) is not None


def _exact(words: str) -> regex.Pattern:
    """A whole-line matcher for a ``|``-separated list of phrases (folded, optional trailing punctuation)."""
    alts = "|".join(regex.escape(fold(w.strip())) for w in words.split("|") if w.strip())
    return _compile(r"^[\s\p{P}\p{S}]*(?:" + alts + r")[\s\p{P}\p{S}]*$")


AD_MARKER = _exact(
    "विज्ञापन|advertisement|advertisment|advertise|sponsored|ad|ads|प्रायोजित|स्पॉन्सर्ड|"
    "विज्ञापन के नीचे खबर जारी है|story continues below advertisement|story continues below this ad|continue reading below|"
    "खबर विज्ञापन के नीचे जारी है|"
    "scroll to continue with content|skip ad|आगे पढ़ने के लिए नीचे स्क्रॉल करें|"
    # The same marker in the other languages of news pages (HTML extraction is language-agnostic).
    "anzeige|werbung|publicité|publicidad|pubblicità|annonce|annons|reklame|reklam|reklama|реклама|advertentie|"
    "iklan|quảng cáo|広告|광고|广告|廣告|إعلان|פרסומת|mainos|διαφήμιση"
)

# "Read Time: 21 mins", "0.7 Minute Read", "3 min read", "2 मिनट में पढ़ें", "पढ़ने का समय: 4 मिनट".
READ_TIME = _compile(
    r"^[\s\p{P}]*(?:(?:estimated\s+)?read(?:ing)?\s+time\s*[:\-]?\s*(?P<n>\d+(?:\.\d+)?)\s*(?:min|mins|minutes?)"
    r"|(?P<n>\d+(?:\.\d+)?)\s*(?:min|mins|minutes?)\s+read"
    r"|(?P<n>\d+(?:\.\d+)?)\s*मिनट\s*(?:में\s*)?पढ़ें"
    r"|पढ़ने\s+(?:का\s+)?समय\s*[:\-]?\s*(?P<n>\d+(?:\.\d+)?)\s*मिनट"
    r"|पढ़ने\s+में\s*[:\-]?\s*(?P<n>\d+(?:\.\d+)?)\s*मिनट(?:\s+(?:लगेंगे|लगेगा|का\s+समय))?"
    # "Temps de lecture 4 min.", "Lesezeit: 3 Min.", "Время чтения: 5 мин"
    r"|(?:temps\s+de\s+lecture|tempo\s+di\s+lettura|lesezeit|tiempo\s+de\s+lectura|tempo\s+de\s+leitura|время\s+чтения|leestijd|"
    r"lästid|lesetid|czas\s+czytania|okuma\s+süresi)\s*[:\-]?\s*(?P<n>\d+(?:[.,]\d+)?)\s*(?:min\.?|minutes?|minuten|minuti|minutos|"
    r"мин\.?|минут[аы]?|dakika))[\s\p{P}]*$"
)

SHARE = Lexicon(
    line=r"[\s\p{P}\p{S}]*(?:(?:इस\s+(?:खबर|ख़बर|अपडेट|लेख|स्टोरी|पोस्ट|वीडियो|फोटो)\s+को\s+)?शेयर\s*करें|"
    r"(?:share\s+(?:on|via)\s+)?(?:whatsapp|facebook|twitter|x|linkedin|telegram|email)|"
    r"(?:फेसबुक|व्हाट्सऐप|व्हाट्सएप|व्हॉट्सऐप|वॉट्सऐप|ट्विटर|एक्स|इंस्टाग्राम|यूट्यूब|टेलीग्राम|लिंक्डइन)(?:\s+पर\s+शेयर\s+करें)?|share(?:\s+(?:on|this|this\s+article|story|via))?|google\s*plus|facebook|twitter|"
    r"whatsapp|telegram|linkedin|pinterest|email|print|tweet|koo|copy\s+link|कॉपी\s+लिंक|लिंक\s+कॉपी\s+करें|प्रिंट(?:\s+करें)?|ईमेल|ई-मेल|फॉलो\s+करें|"
    r"follow\s+us(?:\s+on\s+\p{L}+)?|subscribe(?:\s+now)?|सब्सक्राइब\s+करें|download(?:\s+the)?\s+app|ऐप\s+डाउनलोड\s+करें)"
    r"[\s\p{P}\p{S}]*$"
    r"|[\s\p{P}]*follow\s+us\s+on\s|[\s\p{P}]*follow\s+us\s*:|[\s\p{P}]*हमें\s+फॉलो\s+करें"
    r"|\s*(?:facebook|x|twitter|instagram|youtube|whatsapp|telegram|linkedin|koo)(?:\s*[|,/·•]\s*(?:facebook|x|twitter|instagram|youtube|whatsapp|telegram|linkedin|koo))+\s*$"
    r"|\s*x\s*$"
    r"|[\s\p{P}]*(?:शेयर|share)\s*(?:on|करें)?\s*[:\-]"
    r"|[\s\p{P}]*(?:इसे|इस\s+(?:खबर|लेख|स्टोरी)\s+को)\s+शेयर\s+करें[\s\p{P}\p{S}]*$"
    # "Link Copied", "हमारे न्यूज़लेटर की सदस्यता लें", "Google News पर हमें फॉलो करें"
    r"|[\s\p{P}]*(?:link\s+copied|लिंक\s+कॉपी\s+(?:हो\s+गया|किया\s+गया))[\s\p{P}]*$"
    r"|[\s\p{P}]*(?:हमारे\s+)?न्यूज़?लेटर\s+(?:की\s+सदस्यता\s+लें|सब्सक्राइब\s+करें)|[\s\p{P}]*subscribe\s+to\s+(?:our\s+|the\s+)?(?:[\p{L}\p{M}]+\s+){0,4}newsletter"
    r"|[\s\p{P}]*google\s+news\s+पर\s+(?:हमें\s+)?फॉलो"
    r"|[\s\p{P}]*(?:whatsapp|facebook|twitter|instagram|youtube|telegram|x|google\s+news)\s+पर\s+.{0,40}(?:फॉलो|जुड़ें|सब्सक्राइब)\s+करें"
    r"|[\s\p{P}]*न्यूज़?लेटर\s+के\s+लिए\s+साइन\s+अप\s+करें|[\s\p{P}]*sign\s+up\s+for\s+(?:our\s+)?newsletter"
    # a newsletter box run into one line: "न्यूजलेटर हर सुबह अपने शहर की बड़ी खबरें ईमेल पर पाएं साइन अप करें"
    r"|[\s\p{P}]*(?:न्यूज़?लेटर|newsletter)\s[^\n]{0,120}(?:साइन\s+अप\s+करें|सब्सक्राइब\s+करें|sign\s+up|subscribe)[\s\p{P}]*$"
    # "एनसीआर नजर को फॉलो करें: WhatsApp चैनल | Google News", "Follow Kalinga Varta on WhatsApp | X | Instagram"
    r"|[\s\p{P}]*follow\s+.{1,40}\s+on\s+(?:whatsapp|x|instagram|facebook|youtube|telegram|google)",
    anywhere=r"(?:एंड्रॉएड|एंड्रॉयड|android|ios)\s+ऐप|(?:फ़?ेसबुक|ट्विटर|यूट्यूब|इंस्टाग्राम|व्हाट्सऐप|टेलीग्राम|गूगल\s+न्यूज़?|google\s+news|whatsapp|facebook|"
    r"twitter|instagram|youtube|telegram)\s+(?:पर|पेज)\s+.{0,40}(?:फॉलो|जुड़|सब्सक्राइब|लाइक)"
    r"|यहां\s+क्लिक\s+करें|click\s+here\s+to\s+(?:download|subscribe|follow|join)"
    r"|ऐप\s+डाउनलोड|download\s+(?:the\s+|our\s+)?app\b|qr\s+(?:कोड\s+)?स्कैन|scan\s+(?:the\s+)?qr|पूरी\s+खबर.{0,30}ऐप\s+पर"
    r"|ऐप\s+(?:पर|में)\s+पढ़ें|read\s+.{0,30}\s+(?:on|in)\s+(?:the|our)\s+app\b|पाने\s+के\s+लिए.{0,60}\sऐप\s"
    # "ताजा खबरों के लिए … का WhatsApp चैनल फॉलो करें", "हमारे टेलीग्राम ग्रुप से जुड़ें"
    r"|(?:whatsapp|व्हाट्सऐप|व्हाट्सएप|वॉट्सऐप|वॉट्सएप|वाट्सऐप|telegram|टेलीग्राम|youtube|यूट्यूब)\s+(?:चैनल|ग्रुप|channel)\s+"
    r"(?:को\s+|से\s+)?(?:फॉलो|ज्वाइन|जॉइन|सब्सक्राइब|जुड़)"
    # "सबसे विश्वसनीय हिंदी न्यूज़ वेबसाइट … पर पढ़ें लखनऊ की ताज़ा खबरें"
    r"|(?:न्यूज़?|समाचार)\s+(?:वेबसाइट|ऐप)\s+.{0,40}\s+पर\s+पढ़ें"
    # Whole lines that open with any words (so the line-start test cannot rule them out): "… पर शेयर करें",
    # "एनसीआर नजर को फॉलो करें: WhatsApp चैनल | Google News".
    r"|^[\s\p{P}]*(?:[\p{L}\p{M}]+\s+){0,3}पर\s+(?:शेयर|फॉलो)\s+करें[\s\p{P}]*$|^.{0,40}\sको\s+फॉलो\s+करें\s*:"
    # "दर्पण इंडिया से जुड़े रहें: WhatsApp चैनल | Google News", WordPress's "Spread the love" and "Like this:"
    r"|^.{0,40}\sसे\s+(?:जुड़े\s+रहें|जुड़ें)\s*:|^[\s\p{P}]*(?:spread\s+the\s+love|like\s+this\s*:)[\s\p{P}]*$"
    # a newsletter box's heading and line: "विचार न्यूज़लेटर", "… सीधे अपने ईमेल पर पाएं।", "Get … in your inbox"
    r"|^[\s\p{P}]*(?:[\p{L}\p{M}]+\s+){0,2}(?:न्यूज़?लेटर|newsletter)[\s\p{P}]*$|अपने\s+(?:ईमेल|इनबॉक्स)\s+(?:पर|में)\s+पाएं|in\s+your\s+inbox",
    cues="ऐप फॉलो जुड़ सब्सक्राइब लाइक क्लिक click app qr वेबसाइट शेयर spread like लेटर newsletter inbox इनबॉक्स ईमेल",
)

LEGAL = Lexicon(
    line=r"[\s\p{P}]*(?:disclaimer|अस्वीकरण|डिस्क्लेमर)\s*:|[\s\p{P}]*(?:disclaimer|अस्वीकरण|agree|i\s+agree|accept|स्वीकार\s+करें|सहमत)[\s\p{P}]*$",
    anywhere=r"©|\bcopyright\b|all\s+rights\s+reserved|सर्वाधिकार\s+सुरक्षित|कॉपीराइट|privacy\s+policy|गोपनीयता\s+नीति|"
    r"\bcookies?\b|कुकीज|terms\s+(?:of\s+(?:use|service)|and\s+conditions|&\s+conditions)|नियम\s+(?:और|एवं|व)\s+शर्तें|"
    # "इस वेबसाइट पर प्रकाशित सामग्री का बिना अनुमति पुन: प्रकाशन वर्जित है", a print edition's imprint line
    r"(?:बिना\s+(?:लिखित\s+)?अनुमति|अनुमति\s+के\s+बिना).{0,60}(?:वर्जित|निषेध|प्रतिबंधित)|मुद्रक\s+(?:एवं|और|व|तथा)\s+प्रकाशक|"
    # An opinion column's closing note: "(ये लेखक के निजी विचार हैं)", "views expressed are the author's own".
    r"(?:लेखक|लेखिका)\s+के\s+(?:निजी|अपने|व्यक्तिगत)\s+विचार|views\s+expressed\s+(?:here\s+|above\s+)?are\s+(?:the\s+author|personal)|"
    r"views\s+are\s+personal|tous\s+droits\s+réservés|riproduzione\s+riservata|alle\s+rechte\s+vorbehalten|"
    r"todos\s+los\s+derechos\s+reservados|все\s+права\s+защищены|저작권자|무단\s*전재|無断転載|無断複製|版权所有|未经授权.{0,20}转载|"
    # A syndicated story's note: "इस खबर को … टीम ने संपादित नहीं किया है. यह सिंडीकेट फीड से …", "auto-generated from a feed".
    r"संपादित\s+नहीं\s+किया|सिंडीकेट(?:ेड)?\s+फीड|(?:ऑटोमेटेड|स्वचालित)\s+(?:न्यूज़?\s+)?फीड|"
    r"(?:has\s+not\s+been|was\s+not)\s+edited\s+by|auto-?generated\s+from\s+a\s+syndicated\s+feed|"
    # A markets page's risk warning: "… निवेश बाजार जोखिमों के अधीन है", "investments are subject to market risks".
    r"बाजार\s+(?:के\s+)?जोखिमों\s+के\s+अधीन|subject\s+to\s+market\s+risks?|"
    # A site's jurisdiction clause: "… से संबंधित किसी भी विवाद का न्याय क्षेत्र देहरादून होगा", "subject to … jurisdiction".
    r"विवाद.{0,40}न्याय\s*-?\s*क्षेत्र|subject\s+to\s+(?:the\s+)?(?:exclusive\s+)?jurisdiction|"
    # A note that the story is no advice: "यह खबर केवल सामान्य जानकारी के लिए है …", "… को कानूनी सलाह न माना जाए".
    r"(?:केवल|सिर्फ|मात्र)\s+सामान्य\s+जानकारी\s+के\s+लि(?:ए|ये)|सलाह\s+न\s+(?:माना|माने|मानें|समझा|समझें|समझी)",
    # Each phrase holds one of these (the rarer of its words, so that the search runs on few lines).
    cues="© copyright reserved सर्वाधिकार कॉपीराइट privacy गोपनीयता cookie कुकीज terms शर्तें निजी अपने व्यक्तिगत expressed "
    "संपादित फीड edited syndicated वर्जित निषेध प्रतिबंधित मुद्रक views जोखिमों risk न्याय jurisdiction सामान्य सलाह "
    "droits riservata rechte derechos права 저작권자 전재 無断 版权 转载",
)

# A picture's credit or label inside a caption: "फोटो: पूर्वांचल प्रहरी", "(प्रतीकात्मक तस्वीर)", "फाइल फोटो", "Photo: PTI".
# An outlet's promotion of its app and social pages, however long: "(… के एंड्रॉएड ऐप के लिए आप यहां क्लिक कर सकते हैं …)".
APP_PROMO = _compile(r"(?:एंड्रॉएड|एंड्रॉयड|android|ios)\s+ऐप\s+के\s+लिए.{0,80}क्लिक|ऐप\s+डाउनलोड\s+करने\s+के\s+लिए.{0,40}क्लिक|"
                     r"catch\s+all\s+the\s+.{0,200}\bnews\b.{0,120}\bdownload\b.{0,60}\bapp\b|डाउनलोड\s+करें.{0,40}\bapp\b")
MAX_PROMO_WORDS = 60
# The site's line about its own news under a story: "Catch all the Latest India News, Pune News along with …",
# "Get all Dehradun News in Hindi related to live update of latest news …", "Get Latest Updates on … only on X app".
NEWS_PROMO = _compile(r"^[\s\p{P}]*(?:catch|get)\s+(?:all\s+)?(?:the\s+)?(?:latest\s+(?:updates\s+on\s+)?)?.{0,60}?\bnews\b"
                      r"(?:\s+in\s+hindi|.{0,80}\b(?:latest\s+news|top\s+headlines|breaking\s+news)|.{0,80}\bonly\s+on\b)"
                      r"|^[\s\p{P}]*get\s+latest\s+updates\s+on\s.{0,80}\bonly\s+on\s"
                      r"|^[\s\p{P}]*track\s+(?:the\s+)?latest\s+news\s+live\s+on\s")  # "Track Latest News Live on X TV and get …"

PHOTO_CREDIT = _compile(
    r"(?:फोटो|फ़ोटो|photo|तस्वीर|चित्र|image|pic|छाया)(?:ें|ज़|ज|s)?(?:\s+(?:और|एवं|व|and|&)\s+(?:वीडियो|video)s?)?"
    r"\s*(?::|\||-\s|साभार|सौजन्य|credit)|फाइल\s+(?:फोटो|फ़ोटो|तस्वीर)|"
    r"file\s+(?:photo|image|pic)|प्रतीकात्मक\s+(?:तस्वीर|फोटो|फ़ोटो|चित्र)|symbolic\s+(?:image|photo|picture)|representationa?l?\s+(?:image|photo)|"
    r"representative\s+(?:image|photo|picture)|\(\s*(?:file|फाइल)\s*\)\s*$|[।.]\s*स्रोत\s*:\s*[^।.]{2,60}$"  # "… (File)", "…। स्रोत: …"
)
MAX_CAPTION_WORDS = 30

COOKIE_NOTICE = _compile(r"(?:कुकीज|cookies?).{0,400}(?:सहमत|agree|consent|अनुभव|experience|नीति|policy)")

# Markers that open a block of other stories; the marker line itself is related-story.
RELATED_MARKER = _compile(
    r"^[\s\p{P}]*(?:यह|ये|इसे|इन्हें|इन्हे|ऐसे\s+ही)\s+(?:(?:खबर|ख़बर|खबरें|ख़बरें)\s+)?भी\s+(?:पढ़ें|देखें\s*[:\-])|^[\s\p{P}]*(?:also\s+read|read\s+also|must\s+read|read\s+more|"
    r"related(?:\s+(?:news|stories|articles|posts))?|stories\s+you\s+may\s+like|you\s+may\s+(?:also\s+)?like|"
    r"recommended(?:\s+stories)?|more\s+from|संबंधित\s+(?:खबरें|ख़बरें|लेख)|और\s+(?:खबरें|ख़बरें)|वेब\s+स्टोरीज़?|web\s+stories|"
    r"ट्रेंडिंग(?:\s+(?:न्यूज़?|खबरें|ख़बरें))?|(?:सबसे\s+(?:ज़?्यादा|अधिक)|सर्वाधिक)\s+पढ़ी\s+(?:गई|गईं)(?:\s+(?:खबरें|ख़बरें))?|most\s+(?:read|popular)|"
    r"(?:टॉप|top)\s+(?:हेडलाइंस|हेडलाइन्स|headlines|स्टोरीज़?|stories|news|न्यूज़?)|trending\s+(?:news|photos|videos|stories)|"
    r"रेकमेंडेड(?:\s+(?:खबरें|ख़बरें|स्टोरीज़?))?|लोकप्रिय\s+(?:खबरें|ख़बरें)|"
    r"पढ़ें\s*[:\-]|"
    # a series' other parts: "इस श्रृंखला के अन्य लेख", "अगले भाग में पढ़िए: …"
    r"इस\s+(?:श्रृंखला|श्रंखला|सीरीज)\s+(?:के|की)\s+(?:अन्य|और|बाकी|सभी)\s+(?:लेख|कड़ियां|कड़ियाँ|भाग|कहानियां|कहानियाँ)|अगले\s+भाग\s+में\s+(?:पढ़िए|पढ़ें|पढ़ेंगे)|"
    # the same heading in other languages ("Lire aussi", "LEGGI ANCHE", "Читайте также", "延伸阅读", "관련기사")
    r"(?:à\s+)?lire\s+aussi|leggi\s+anche|mehr\s+zum\s+thema|lesen\s+sie\s+auch|auch\s+interessant|leia\s+também|"
    r"lea\s+también|lee\s+también|ver\s+también|más\s+información|читайте\s+также|смотрите\s+также|延伸阅读|相关阅读|相关新闻|"
    r"相关报道|관련\s*기사|関連記事|あわせて読みたい|ayrıca\s+bakınız|ilginizi\s+çekebilir|lees\s+ook|läs\s+också|les\s+også|"
    r"læs\s+også|czytaj\s+(?:też|także)|اقرأ\s+(?:أيضا|أيضاً|ايضا)|you\s+may\s+also\s+be\s+interested\s+in|more\s+on\s+this\s+story)"
)
# "हरियाणा की और खबरें", "खेल से जुड़ी अन्य खबरें": a heading over other stories of a place or a topic (any words open
# it, so it is kept out of the line-start gate and tried only on lines that hold "खबरें").
MORE_NEWS = _compile(r"^[\s\p{P}]*(?:[\p{L}\p{M}]+\s+){1,3}(?:की|के|से\s+जुड़ी)\s+(?:और|अन्य|ताज़?ा)\s+(?:खबरें|ख़बरें)[\s\p{P}]*$")


def more_news(folded: str) -> bool:
    return "खबरें" in folded and MORE_NEWS.match(folded) is not None or ("अन्य" in folded or "और" in folded) \
        and OTHER_PIECES.match(folded) is not None


# The desk's or the writer's other pieces: "अन्य संपादकीय", "इस लेखक के अन्य लेख", "नीरज पाठक की अन्य पोस्ट", "और समीक्षाएं".
OTHER_PIECES = _compile(r"^[\s\p{P}]*(?:(?:[\p{L}\p{M}]+\s+){1,3}(?:के|की)\s+)?(?:अन्य|और)\s+"
                        r"(?:संपादकीय|लेख|आलेख|पोस्ट|ब्लॉग|समीक्षाएं|समीक्षाएँ|इंटरव्यू|साक्षात्कार)[\s\p{P}]*$")

# The next story of an endless page, appended below this one: "अगली खबर नीचे स्क्रॉल करें", "Next Story".
NEXT_STORY = _compile(
    r"^[\s\p{P}]*(?:अगली\s+(?:खबर|स्टोरी)|अगला\s+लेख|next\s+(?:story|article))"
    r"(?:\s+(?:नीचे\s+)?(?:स्क्रॉल\s+करें|पढ़ें)|\s+scroll\s+down)?[\s\p{P}\p{S}]*$"
)

# The story goes on on another page: "Continued on page 2 →", "अगले पेज पर जारी", "शेष पेज 5 पर".
CONTINUED = _compile(
    r"^[\s\p{P}]*(?:continued\s+on\s+(?:the\s+)?(?:next\s+page|page\s+\d+)|(?:अगले|अगली)\s+(?:पेज|पन्ने|पृष्ठ)\s+पर\s+(?:जारी|पढ़ें)"
    r"|शेष\s+(?:पेज|पृष्ठ)\s+\d+\s+पर)[\s\p{P}\p{S}]*$"
    # "पेज 2 पर पढ़िए: होटल कारोबारियों ने … क्या कहा": the next page's teaser after the marker
    r"|^[\s\p{P}]*(?:पेज|पृष्ठ)\s+\d+\s+पर\s+(?:पढ़िए|पढ़ें|जारी)\s*[:：\-–]"
)

VIDEO_MARKER = _compile(
    r"^[\s\p{P}\p{S}]*(?:featured\s+video(?:\s+of\s+the\s+day)?|watch(?:\s+video)?|video|वीडियो|वीडियो\s+देखें|देखें\s+वीडियो|"
    r"(?:यह|ये)\s+भी\s+देखें|watch\s+live|live\s+tv|लाइव\s+टीवी|"
    r"(?:अभी|अब)\s+चल\s+रहा\s+है|now\s+playing)[\s\p{P}]*$"  # a sticky player's label over its video's title
)

# The heading of a photo gallery inside a story ("तस्वीरों में देखें उत्सव का पहला दिन", "Photo Gallery").
GALLERY_MARKER = _compile(
    r"^[\s\p{P}]*(?:(?:तस्वीरों|फोटो|फ़ोटो|चित्रों)\s+में\s+(?:देखें|देखिए)|(?:फोटो|फ़ोटो)\s+गैलरी|photo\s+gallery|"
    r"in\s+pictures|see\s+(?:the\s+)?(?:photos|pictures)|(?:देखें|देखिए)\s+(?:तस्वीरें|फोटो|फ़ोटो))(?:[\s\p{P}]|$)"
)

# The heading of a box of key points under the headline ("खास बातें", "Key Points"). A site's "Story highlights"
# box is left to the other rules: it is written as teaser lines for the site's listings.
KEY_POINTS = _compile(r"^[\s\p{P}]*(?:(?:अब\s+तक\s+की\s+)?(?:खास|मुख्य|प्रमुख|बड़ी|अहम)\s+(?:बातें|बिंदु)|सार|(?:स्टोरी\s+|story\s+)?(?:हाइलाइट्स|highlights)|"
                      r"key\s+(?:points|highlights|takeaways))[\s\p{P}]*$")

# The credit of a table or chart: "स्रोत: लखनऊ नगर निगम", "Source: RBI".
SOURCE_CREDIT = _compile(r"^[\s(]*(?:स्रोत|श्रोत|source|sources)\s*:\s*\S")
MAX_SOURCE_CREDIT_WORDS = 8

MAX_COMMENT_WORDS = 20  # "इस आर्टिकल पर अभी तक कोई कॉमेंट नहीं है। अपनी राय सबसे पहले दें।"
_COMMENT_CUES = ("comment", "reply", "टिप्पण", "कमेंट", "कॉमेंट", "राय", "जवाब", "email", "श्रद्धांजलि", "संदेश")  # every COMMENT phrase holds one

COMMENT = _compile(
    r"^[\s\p{P}]*(?:(?:comments?|टिप्पणि(?:याँ|यां)|टिप्पणी|कमेंट(?:्स)?)\s*\(\d+\)|(?:इस\s+(?:खबर|ख़बर|लेख|स्टोरी|आर्टिकल)\s+पर\s+)?अपनी\s+(?:टिप्पणी|राय)\s+(?:लिखें|दें)|comments?|टिप्पणि(?:याँ|यां)|टिप्पणी|टिप्पणी\s+करें|(?:कमेंट|कॉमेंट)\s+करें|(?:कमेंट|कॉमेंट)(?:्स)?(?:\s+लिखें)?|अपनी\s+राय\s+(?:दें|लिखें)|"
    r"leave\s+a\s+(?:comment|reply)|post\s+(?:a\s+)?comment|जवाब\s+दें|reply|\d+\s+(?:comments?|टिप्पणियां|टिप्पणियाँ|टिप्पणी|कमेंट(?:्स)?))[\s\p{P}]*$"
    # "इस खबर पर अभी कोई कमेंट नहीं है. पहला कमेंट आप करें.", "Be the first to comment"
    r"|(?:अभी\s+(?:तक\s+)?कोई\s+(?:कमेंट|कॉमेंट|टिप्पणी)\s+नहीं|पहला\s+(?:कमेंट|कॉमेंट)|be\s+the\s+first\s+to\s+comment|no\s+comments\s+yet)"
    # "कमेंट लिखने के लिए लॉगिन करें", "log in to comment"
    r"|(?:कमेंट|कॉमेंट|टिप्पणी)\s+(?:लिखने|करने)\s+के\s+लिए\s+(?:लॉग\s*इन|लॉगिन)|log\s*in\s+to\s+(?:comment|reply)"
    # "आपकी टिप्पणी मॉडरेशन के बाद प्रकाशित होगी", "comments are moderated"
    r"|(?:टिप्पणी|टिप्पणियां|कमेंट)\s+मॉडरेशन|comments?\s+(?:are|will\s+be)\s+moderated"
    # WordPress's comment form: "Your email address will not be published. Required fields are marked *",
    # "Save my name, email, and website in this browser for the next time I comment.", "Email *"
    r"|your\s+email\s+address\s+will\s+not\s+be\s+published|save\s+my\s+name,?\s+email|^[\s\p{P}]*e-?mail\s*\*[\s\p{P}]*$"
    # a tribute page's condolence box: "दीप जलाकर श्रद्धांजलि दें", "3,482 लोगों ने श्रद्धांजलि दी", "श्रद्धांजलि संदेश (214)"
    r"|^[\s\p{P}\p{S}]*(?:श्रद्धांजलि\s+संदेश\s*\(\d+\)|(?:दीप\s+जलाकर\s+)?श्रद्धांजलि\s+दें|(?:सभी|अपना)\s+(?:श्रद्धांजलि\s+)?संदेश\s+"
    r"(?:देखें|लिखें))[\s\p{P}\p{S}]*$|^[\s\p{P}]*[\d,]+\s+लोगों\s+ने\s+श्रद्धांजलि\s+दी[\s\p{P}]*$"
)


# A newsletter e-mail's frame: "यह ई-मेल ठीक से नहीं दिख रहा? ब्राउज़र में देखें", "इस ई-मेल का जवाब दें", "किसी दोस्त को
# फॉरवर्ड करें", "आपको यह ई-मेल इसलिए मिला क्योंकि …", "सदस्यता छोड़ें" (each with its role).
MAX_NEWSLETTER_WORDS = 40
NEWSLETTER_CUES = ("मेल", "email", "e-mail", "फॉरवर्ड", "forward", "सदस्यता", "subscri", "browser", "ब्राउज़र", "ब्राउजर")
NEWSLETTER = (
    (_compile(r"(?:ई-?मेल|email)\s+(?:ठीक\s+से\s+)?नहीं\s+दिख\s+(?:रहा|रही)|view\s+(?:this\s+email\s+)?in\s+(?:your\s+)?browser"),
     ("boilerplate:navigation", "a newsletter's link to its web view")),
    (_compile(r"(?:ई-?मेल|email|मेल)\s+का\s+जवाब\s+(?:दें|देकर|दीजिए)|reply\s+to\s+this\s+email"),
     ("boilerplate:comment", "a newsletter's call for the reader's reply")),
    (_compile(r"(?:दोस्त|मित्र)\s+को\s+फॉरवर्ड\s+करें|फॉरवर्ड\s+(?:की|किया)\s+(?:है|गया\s+है)\?|forward\s+(?:this|it)\s+to\s+a\s+friend"
              r"|(?:मुफ्त|मुफ़्त)\s+सदस्यता\s+(?:लें|लीजिए)|subscribe\s+for\s+free"),
     ("boilerplate:share", "a newsletter's call to forward or subscribe")),
    (_compile(r"यह\s+(?:ई-?मेल|मेल)\s+इसलिए\s+(?:मिला|मिल\s+रहा)|सदस्यता\s+(?:छोड़ें|समाप्त\s+करें|रद्द\s+करें)|\bunsubscribe\b"
              r"|you\s+(?:are\s+)?receiv(?:ed|ing)\s+this\s+(?:email|newsletter)"),
     ("boilerplate:legal", "a newsletter's subscription footer")),
)


# Blogger's own lines in its Hindi interface (a village or district news blog): each with its role.
BLOGGER = (
    (_compile(r"^[\s\p{P}]*प्रस्तुतकर्ता\s+[^\n]{2,60}?\s+पर\s+\d{1,2}:\d{2}\s*(?:am|pm|पूर्वाह्न|अपराह्न)?[\s\p{P}]*$"),
     ("byline", "a blog post's author line ('प्रस्तुतकर्ता … पर 7:48 pm')")),
    (_compile(r"^[\s\p{P}]*(?:कोई\s+टिप्पणी\s+नहीं|\d+\s+टिप्पणियां|\d+\s+टिप्पणियाँ|एक\s+टिप्पणी\s+भेजें)[\s\p{P}]*$"),
     ("boilerplate:comment", "a blog's comment count or form")),
    (_compile(r"^[\s\p{P}]*इसे\s+ईमेल\s+करें\s*इसे\s+ब्लॉग\s+करें|^[\s\p{P}]*सदस्यता\s+लें\s*:\s*(?:टिप्पणियाँ|टिप्पणियां|संदेश)\s+भेजें"
              r"|^[\s\p{P}]*(?:फ़ॉलोअर|फॉलोअर)[\s\p{P}]*$"),
     ("boilerplate:share", "a blog's share, subscribe or followers line")),
    (_compile(r"^[\s\p{P}]*(?:नई\s+पोस्ट\s+पुरानी\s+पोस्ट\s+मुख्यपृष्ठ|मेरा\s+पूरा\s+प्रोफ़ाइल\s+देखें|मेरा\s+पूरा\s+प्रोफाइल\s+देखें"
              r"|इस\s+ब्लॉग\s+में\s+खोजें|ब्लॉग\s+आर्काइव|ब्लॉग\s+संग्रह)[\s\p{P}]*$"
              r"|^[\s▼►]*(?:\d{4}|जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर)\s*\(\d+\)\s*$"),
     ("boilerplate:navigation", "a blog's navigation (archive, profile, search)")),
    (_compile(r"^[\s\p{P}]*(?:[\p{L}\p{M}]+\s+थीम\.?\s*)?blogger\s+द्वारा\s+संचालित[\s\p{P}]*$"),
     ("boilerplate:other", "the blog platform's credit")),
)
BLOGGER_CUES = ("प्रस्तुतकर्ता", "टिप्पणी", "ब्लॉग", "सदस्यता", "फॉलोअर", "पोस्ट", "प्रोफ", "blogger", "(")


def role_of(folded: str, table: tuple, cues: tuple[str, ...]) -> tuple[str, str] | None:
    """The role of the first pattern of ``table`` ((pattern, role) pairs) found in the line; searched only when the line
    holds one of ``cues`` (the blog's patterns are anchored at its start, the newsletter's stand anywhere)."""
    if not any(map(folded.__contains__, cues)):
        return None
    return next((role for pattern, role in table if pattern.search(folded)), None)


def comment_prompt(folded: str) -> bool:
    return any(map(folded.__contains__, _COMMENT_CUES)) and COMMENT.search(folded) is not None


# The social networks in a row, split by bars or run together: "Facebook | X | Instagram | YouTube",
# "FacebookTwitterWhatsAppTelegram" (share buttons, whatever the separator).
_NETWORKS = ("facebook|twitter|instagram|youtube|whatsapp|telegram|linkedin|koo|pinterest|threads|x|"
             "फेसबुक|फ़ेसबुक|ट्विटर|इंस्टाग्राम|यूट्यूब|यू-ट्यूब|व्हाट्सऐप|व्हाट्सएप|व्हॉट्सऐप|व्हॉट्सएप|वॉट्सऐप|टेलीग्राम|"
             "लिंक्डइन|लिंक्डिन|एक्स|ईमेल|ई-मेल")  # (lines are matched folded: no nukta)
# The buttons beside them: "WhatsApp  Facebook  X  Copy Link", "Share  Save".
_NETWORK = rf"(?:google\s+news|copy\s+link|कॉपी\s+लिंक|लिंक\s+कॉपी\s+करें|शेयर\s+करें|share|save|print|email|शेयर|{_NETWORKS})"
SOCIAL_LIST = _compile(rf"^[\s\p{{P}}\p{{S}}]*(?:(?:follow\s+us|share(?:\s+via)?|शेयर\s+करें|फॉलो\s+करें)\s*:\s*)?"
                       rf"{_NETWORK}(?:[\s|,/·•]*{_NETWORK})+[\s\p{{P}}\p{{S}}]*$"
                       # a podcast's apps: "इन पर भी सुनें: Spotify | Apple Podcasts | JioSaavn"
                       r"|^[\s\p{P}]*(?:इन\s+पर\s+(?:भी\s+)?सुनें|(?:also\s+)?listen\s+on)\s*:\s*(?:spotify|apple\s+podcasts|jiosaavn|gaana|google\s+podcasts|amazon\s+music|youtube)")
# An audio player's lines: "इस खबर को सुनें", "00:00 / 06:12".
AUDIO = _compile(r"^[\s\p{P}]*(?:(?:इस\s+)?(?:खबर|ख़बर|लेख|स्टोरी|आर्टिकल)\s+को\s+सुनें|listen\s+to\s+(?:this\s+)?(?:article|story))[\s\p{P}]*$"
                 r"|^\s*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}\s*$"
                 # a podcast's player: "▶ एपिसोड सुनें", "सुनने का समय: 38 मिनट"
                 r"|^[\s\p{P}\p{S}]*(?:(?:यह\s+)?(?:एपिसोड|पॉडकास्ट)\s+सुनें|play\s+(?:this\s+)?episode)[\s\p{P}]*$"
                 r"|^[\s\p{P}]*(?:सुनने\s+का\s+समय|listening\s+time)\s*[:\-]?\s*\d+\s*(?:मिनट|min|mins|minutes)[\s\p{P}]*$")
# A recording with its length: "सुनिए: नंदराम परमार की आवाज़ में कबीर की वाणी (2021 की रिकॉर्डिंग) 06:42".
RECORDING = _compile(r"^[\s\p{P}\p{S}]*(?:सुनिए|सुनें|listen)\s*:\s*[^\n]{3,150}?\s\d{1,2}:\d{2}(?::\d{2})?[\s\p{P}]*$")
MAX_RECORDING_WORDS = 30
# A note about the writer under a column: "(लेखिका लोक संगीत पर शोध करती हैं …)", "The writer is a researcher …".
WRITER_NOTE = _compile(r"^\s*\((?:लेखक|लेखिका)\s[^()]{10,400}\)\s*[।.]?\s*$|^\s*\(?the\s+(?:writer|author|columnist)\s+"
                       r"(?:is\s+(?:a|an|the)|teaches|works|heads|leads|writes|researches|studies|has\s+been|served)\s")
# A weather widget: a city, its temperature and the sky ("लखनऊ  9°C  कोहरा").
WEATHER = _compile(r"-?\d{1,2}\s*°\s*[cf]?(?![\p{L}\p{M}])")
# A market ticker: "सेंसेक्स 76,412.55 ▲ 212.30 (0.28%)".
TICKER = _compile(r"[▲▼].{0,20}\d|\d.{0,40}[▲▼]")
# A stock widget's price line with no arrow: "₹378.40-8.95 (-2.31%)", "1,012.65 +6.10 (+0.61%)".
PRICE_CHANGE = _compile(r"^\s*(?:[₹$€£]|rs\.?)?\s*[\d,]+(?:\.\d+)?\s*[+\-−]\s*[\d,]+(?:\.\d+)?\s*\(\s*[+\-−]?\d+(?:\.\d+)?\s*%\s*\)\s*$")
# A paywall's offer under a story cut short: "Subscribe to read the full story", "₹99/month", "Already a subscriber?".
PAYWALL = _compile(r"already\s+(?:a\s+)?(?:subscriber|member)|subscribe\s+(?:to\s+[^.|]{1,40}?\s+)?to\s+(?:read|continue|unlock)|"
                   r"unlimited\s+(?:premium\s+)?(?:access|stories|articles)|this\s+(?:story|article)\s+is\s+(?:only\s+)?for\s+(?:[^.|]{1,40}?\s+)?(?:subscribers|members)|"
                   r"this\s+is\s+an?\s+.{0,30}premium\s+(?:story|article)|^\s*(?:[₹$]|rs\.?)\s?[\d,]+\s*/\s*(?:month|year|mo|yr|माह|महीना|साल|वर्ष)\s*$|"
                   r"^\s*(?:[₹$]|rs\.?)\s?[\d,]+\s+for\s+(?:the\s+)?first\s+(?:month|year|\d+\s+(?:days|months))|"
                   r"^\s*(?:monthly|annual|yearly|मासिक|वार्षिक)\s*(?:plan|प्लान)?\s*$|^\s*(?:save|बचाएं|बचत)\s+\d+\s*%\s*$|"
                   r"पहले\s+से\s+(?:सब्सक्राइबर|ग्राहक|सदस्य)|पूरी\s+(?:खबर|ख़बर|स्टोरी)\s+पढ़ने\s+के\s+लिए\s+सब्सक्राइब")
# A message of a messenger's chat, as its export or a copy writes it: "[04/11/31, 8:03 am] अनीता: …",
# "04/11/31, 8:03 am - अनीता: …" (matched on the folded line).
CHAT_MESSAGE = _compile(r"^\s*\[\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:am|pm)?\]\s*[^:\]]{1,40}:"
                        r"|^\s*\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*(?:am|pm)?\s+-\s+[^:]{1,40}:")
# A paid public notice printed among the news: "आम सूचना", "सर्वसाधारण को सूचित किया जाता है कि मेरे पक्षकार …".
PUBLIC_NOTICE = _compile(r"^[\s\p{P}]*(?:(?:आम|सार्वजनिक)\s+सूचना[\s\p{P}]*$|(?:एतद्द्वारा\s+)?सर्वसाधारण\s+को\s+(?:सूचित\s+किया\s+जाता|सूचना\s+दी\s+जाती)\s+है)")
# A classified ad under its label: "आवश्यकता है: …", "ड्राइवर चाहिए: …", "वधू चाहिए: …", "नाम परिवर्तन: …", "खोया-पाया: …".
CLASSIFIED = _compile(r"^[\s\p{P}]*(?:आवश्यकता\s+है|(?:[\p{L}\p{M}]+\s+){0,2}चाहिए|नाम\s+परिवर्तन|खोया[\s-]*पाया|बिकाऊ(?:\s+है)?)\s*[:：]")
MAX_PAYWALL_WORDS = 30
# A stock widget's note: "Prices as on 20 Aug 2031, 11:30 AM IST. Data delayed by up to 15 minutes."
# A stock card's lines too: "BSE: 548213 | NSE: TAPIVAN", "52 हफ्ते: ₹842.10 - ₹1,231.00".
MARKET_NOTE = _compile(r"(?:data|prices?|quotes?)\s+(?:are\s+)?delayed\s+by\s+(?:up\s+to\s+)?\d+\s+min|^\s*prices?\s+as\s+on\s"
                       r"|^\s*(?:bse|nse)\s*:\s*\S+\s*(?:\|\s*(?:bse|nse)\s*:\s*\S+\s*)?$"
                       r"|^\s*52\s*[-‑]?\s*(?:हफ्ते|हफ़्ते|सप्ताह|weeks?|wk)\s*(?:का|की|के)?\s*(?:high|low|हाई|लो|उच्च|निम्न)?[^:]{0,20}:\s*₹")
PAYWALL_CUES = ("subscri", "unlimited", "premium", "month", "annual", "year", "मासिक", "वार्षिक", "save", "बचा", "सब्सक्राइब",
                "पहले से", "member", "/माह", "/साल", "/वर्ष", "/mo", "/yr")
# A section's or a story's label standing alone: "विस्तार" (Amar Ujala's "more" under "सार"), "LIVE", "Exclusive".
# (and a machine summary's label: "खबर को संक्षेप में पढ़ें", "यह सारांश AI की मदद से बना है", "AI Generated Summary")
LABEL = _compile(r"^[\s\p{P}]*(?:विस्तार|live|लाइव|exclusive|एक्सक्लूसिव|breaking|ब्रेकिंग|(?:खबर|ख़बर)\s+को\s+संक्षेप\s+में\s+पढ़ें|"
                 r"(?:यह|ये)\s+सारांश\s+(?:ai|एआई)\s+की\s+मदद\s+से\s+(?:बना|तैयार)\s+(?:है|किया\s+गया\s+है)|ai[-\s]+generated\s+summary|"
                 # a live page's refresh prompt: "नए अपडेट देखने के लिए पेज रिफ्रेश करें", "ऑटो रिफ्रेश"
                 r"(?:नई|नए|ताजा|ताज़ा|लेटेस्ट)\s+(?:अपडेट|अपडेट्स)\s+(?:देखने\s+|पाने\s+)?के\s+लिए\s+(?:पेज\s+)?(?:को\s+)?(?:रिफ्रेश|रीफ्रेश)\s+करें|"
                 r"ऑटो\s+(?:रिफ्रेश|रीफ्रेश)|auto[-\s]?refresh|refresh\s+(?:the|this)\s+page(?:\s+for\s+(?:the\s+)?latest\s+updates)?|"
                 # "नए अपडेट के लिए यह पेज अपने आप रिफ्रेश होगा", "ताजा जानकारी के लिए पेज रिफ्रेश करें"
                 r"(?:(?:यह\s+)?लाइव\s+(?:ब्लॉग|कवरेज|अपडेट्स?)\s+जारी\s+है[।.]?\s*)?"
                 r"(?:[\p{L}\p{M}]+\s+){1,3}के\s+लिए\s+(?:यह\s+)?पेज\s+(?:को\s+)?(?:अपने\s+आप\s+)?(?:रिफ्रेश|रीफ्रेश)\s+(?:होगा|होता\s+है|करें|करते\s+रहें|करते\s+रहिए)|"
                 r"(?:यह\s+)?लाइव\s+(?:ब्लॉग|कवरेज)\s+जारी\s+है|"
                 # a developing story's status: "अपडेट जारी है", "यह खबर अपडेट की जा रही है", "this story is being updated"
                 r"(?:लाइव\s+)?अपडेट(?:्स)?\s+जारी\s+(?:है|हैं)|(?:यह|ये)\s+(?:खबर|ख़बर|स्टोरी)\s+(?:अपडेट\s+की\s+जा\s+रही\s+है|लगातार\s+अपडेट\s+(?:हो|की\s+जा)\s+रही\s+है)|"
                 r"this\s+(?:story|article|page)\s+is\s+being\s+updated|(?:story\s+)?developing)"
                 r"[\s\p{P}\p{S}]*$")
# A site's widget headed by its name: "नीलामी ट्रैकर", "SIP कैलकुलेटर", "कैलकुलेट करें", "आज की पहेली" (its figures follow).
WIDGET_HEADING = _compile(r"^[\s\p{P}]*(?:[\p{L}\p{M}]+\s+){0,2}(?:ट्रैकर|tracker|कैलकुलेटर|calculator|कैलकुलेट\s+करें|calculate|"
                          r"पहेली|puzzle)[\s\p{P}]*$")
WIDGET_CUES = ("ट्रैकर", "tracker", "कैलकुले", "calculat", "पहेली", "puzzle")

# The box about the writer below a story: its label, then the name and a note ("लेखक के बारे में", "About the author").
AUTHOR_BOX = _compile(r"^[\s\p{P}]*(?:(?:लेखक|लेखिका)\s+(?:के|की)\s+बारे\s+में|about\s+the\s+(?:author|writer))[\s\p{P}]*$")
# What an embedded post shows around its text: "View this post on Instagram", "A post shared by …".
EMBED_CHROME = _compile(r"^[\s\p{P}]*(?:view\s+(?:this\s+post|more)\s+on\s+(?:instagram|facebook|x|twitter)|a\s+post\s+shared\s+by\s)"
                        # an embedded post's signature: "— सुधा चौरसिया (@SudhaChaurasiaMP) March 15, 2028"
                        r"|^\s*[—–-]\s*[^()\n]{1,60}\(@[\p{L}\p{N}_.]{1,30}\)\s+[^()\n]{0,30}\d{4}\s*$"
                        # an embedded X post's frame: "नंदिनी रघुवंशी @nandini_ias", "7:46 am · 9 नवंबर 2034",
                        # "1,284 लाइक · 312 रीपोस्ट", "एक्स पर पूरी बातचीत पढ़ें"
                        r"|^[\p{L}\p{M}.\s]{2,50}\s@[\p{L}\p{N}_]{2,30}\s*$|^\s*\d{1,2}:\d{2}\s*(?:am|pm)\s*·\s*[^\n]{0,40}$"
                        r"|^[\s\p{P}]*\d[\d,.]*\s*[kmके]?\s*(?:लाइक|likes?)\s*·\s*\d[\d,.]*\s*[kmके]?\s*(?:रीपोस्ट|रीट्वीट|reposts?|retweets?)"
                        r"|^[\s\p{P}]*(?:(?:एक्स|ट्विटर)\s+पर\s+पूरी\s+बातचीत\s+(?:पढ़ें|देखें)|read\s+the\s+full\s+conversation\s+on\s+(?:x|twitter))")
# The link under each teaser of a listing: "और पढ़ें", "Read more", "पूरी खबर पढ़ें".
_READ_MORE_WORDS = r"और\s+पढ़ें|आगे\s+पढ़ें|पूरी\s+(?:खबर|ख़बर)\s+पढ़ें|read\s+more|continue\s+reading"
READ_MORE = _compile(r"^[\s\p{P}]*(?:" + _READ_MORE_WORDS + r")[\s\p{P}\p{S}]*$")
# The same prompt with the story's address after it: "पूरी खबर पढ़ें: https://…".
READ_MORE_LINK = _compile(r"^[\s\p{P}\p{S}]*(?:" + _READ_MORE_WORDS + r"|read\s+(?:the\s+)?full\s+story)\s*[:\-–]?\s*(?:https?://|www\.)")
# A live-updates box's heading: "… पल-पल की अपडेट", "लाइव अपडेट्स", "Live Updates".
LIVE_BOX = _compile(r"(?:पल-पल\s+की\s+(?:अपडेट|खबर)|लाइव\s+अपडेट(?:्स)?|live\s+updates?)[\s\p{P}]*$")
# The heading of a match's data below its report: "स्कोरकार्ड", "लाइव कमेंट्री", "Ball by ball".
MATCH_DATA = _compile(r"^[\s\p{P}]*(?:स्कोरकार्ड|scorecard|(?:लाइव\s+)?कमेंट्री|(?:live\s+)?commentary|ball\s+by\s+ball|"
                      r"गेंद\s+दर\s+गेंद)[\s\p{P}]*$")
# The label of a story's topic links: "Tags", "टॉपिक्स", "विषय:".
TAGS_LABEL = _compile(r"^[\s\p{P}]*(?:tags?|टैग(?:्स)?|टॉपिक्स|topics|विषय|related\s+topics|संबंधित\s+विषय)\s*:?[\s\p{P}]*$")
# A time alone on its line: a live blog's update ("02:10 PM", "14:05 IST").
# (with how long ago it was, as live blogs print it: "7:40 PM (1 घंटा पहले)")
TIME_STAMP = _compile(r"^[\s\p{P}]*\d{1,2}[:.]\d{2}\s*(?:am|pm|बजे)?\s*(?:ist)?[\s\p{P}]*"
                      r"(?:\(\s*\d{1,2}\s*(?:मिनट|घंटा|घंटे|दिन|min|mins|minutes?|hours?|hrs?)\s*(?:पहले|ago)\s*\)[\s\p{P}]*)?$")

# A cricket page's live ticker, entry by entry: "17.2 ओवर | विकेट! …", "Over 12.0: …", and its score lines ("पारी का
# ब्रेक | भारत 197/5 (20 ओवर)").
OVER_ENTRY = _compile(r"^[\s\p{P}]*(?:\d{1,2}(?:\.\d)?\s*(?:ओवर|ov\.?|overs?)|(?:ओवर|over)\s*\d{1,2}(?:\.\d)?)\s*[|:–—-]\s*\S"
                      r"|^[\s\p{P}]*(?:पारी\s+का\s+ब्रेक|innings\s+break)\s*[|:–—-]"
                      # a ball's entry, "17.5 | बैरागी से विटेकर, चौका!" ("17.5 | Bairagi to Whittaker, FOUR!")
                      r"|^[\s\p{P}]*\d{1,2}\.[0-6]\s*[|:–—-]\s*[^,|]{2,40}?\s(?:से|to)\s[^,|]{2,40}?,"
                      # a score strip, "IND 311/7 (50) | ENG 96/2 (18.0) | …"
                      r"|^[\s\p{P}]*[\p{L}]{2,12}\s+\d{1,3}/\d{1,2}\s*\(\d{1,2}(?:\.\d)?\)\s*[|•·,]")

NAVIGATION = Lexicon(
    line=r"[\s\p{P}\p{S}]*(?:होम|home|मुख्य\s+पृष्ठ|main\s+page|next\s+story|previous\s+story|next|previous|(?:अगला|पिछला)(?:\s+भाग)?|भाग\s+\d{1,2}|"
    r"अगली\s+खबर|पिछली\s+खबर|more\s+articles|और\s+पढ़ें|load\s+more|view\s+all|see\s+all|सभी\s+देखें|tags?|टैग्स?|"
    r"अन्य\s+(?:खबरें|ख़बरें)|मुख्य\s+(?:खबरें|ख़बरें)|ताज़?ा\s+(?:खबरें|ख़बरें|समाचार)|trending(?:\s+now)?|latest(?:\s+news)?|"
    r"top\s+stories|ब्रेकिंग\s+न्यूज़?|menu|मेन्यू|search|खोजें|लॉग\s*इन|login|sign\s+in|साइन\s+इन|टॉपिक्स|topics|"
    # the site's own pages and sections: "About Us", "संपर्क करें", "ई-पेपर", "More", "होम पेज पर जाएं"
    r"about\s+us|contact(?:\s+us)?|हमारे\s+बारे\s+में|संपर्क(?:\s+करें)?|हमसे\s+संपर्क\s+करें|sitemap|careers|"
    r"advertise(?:\s+with\s+us)?|ई-?\s?पेपर|e-?paper|more|होम\s+पेज(?:\s+पर\s+जाएं)?|go\s+to\s+home(?:\s*page)?|"
    # a link to the whole of a widget's list: "पूरे नतीजे देखें", "सभी 85 वार्ड देखें"
    r"(?:पूरे|पूरी|सभी|सारे|सारी)\s+(?!कमेंट|टिप्पणि|प्रतिक्रिया|संदेश)(?:[\p{L}\p{M}\d]+\s+){0,2}(?:देखें|पढ़ें))[\s\p{P}\p{S}]*$"
    r"|[\s\p{P}\p{S}]+$(?<=[›»>→])"
    r"|\s*(?:«|<<|‹)?\s*(?:previous|पिछला)?\s*(?:\d{1,3}\s*(?:\.\.\.|…)?\s*){2,}(?:अगला|next)?\s*(?:»|>>|›)?\s*$"
    r"|[\s\p{P}]*(?:tags?|टैग्स?|topics|विषय|posted\s+in|filed\s+under|categories|श्रेणी|श्रेणियां)\s*:",
    anywhere=r"विस्तृत\s+समाचार\s+के\s+लि(?:ये|ए)|पूरी\s+खबर\s+(?:[\p{L}\p{M}]+\s+){0,4}पढ़ें|full\s+story|read\s+full\s+(?:story|article)"
    # a link's own line: "आर्काइव लिंक यहां देखें।", "वीडियो का आर्काइव लिंक", "पूरी रिपोर्ट यहां पढ़ें"
    r"|(?:यहां|यहाँ)\s+(?:देखें|पढ़ें)[\s\p{P}]*$|(?:आर्काइव|archive)\s+(?:लिंक|link)[\s\p{P}]*$"
    # short items split by bars: a whole line, whatever its first word (not a numbered entry's heading: "1. काली घाटी
    # सीजन 2 | स्ट्रीमलोक | 14 जुलाई")
    r"|^(?!\s*\d{1,2}[.)]\s)\s*[^|\n]{1,25}(?:\|[^|\n]{1,25}){2,}$",
    cues="समाचार खबर full | यहां आर्काइव archive",
)

# Lines that hold nothing for a reader: punctuation alone, bare numbers (story ids), bare URLs, CSS or code.
OTHER = _compile(
    r"^[\s\p{P}\p{S}]*$|^[\s#]*\d[\d\s,./:-]*$|^\s*(?:https?://|www\.)\S+\s*$|[{};]\s*[\p{L}-]+\s*:\s*[^;{}]{1,80};"
)

# "होम › देश › राज्य", "Home > Bollywood News": checked only on lines that hold a separator (see BREADCRUMB_CHARS).
BREADCRUMB = _compile(r"^\s*(?:[\p{L}\p{M}\p{N}&' ]{1,30}(?:›|»|>|/|\\|→)\s*){1,6}[\p{L}\p{M}\p{N}&' ]{0,30}$")
BREADCRUMB_CHARS = "›»>/\\→"


def has_breadcrumb_char(folded: str) -> bool:
    return any(map(folded.__contains__, BREADCRUMB_CHARS))  # a substring test per character: no set of the line's letters
# A breadcrumb that ends in the story's own (long) title: "Hindi News › Uttar Pradesh › Gorakhpur › Gorakhpur News: …",
# "होम / मध्य प्रदेश / भोपाल / बड़े तालाब के …": three or more short steps, each followed by a spaced separator.
LONG_BREADCRUMB = _compile(r"^\s*(?:[\p{L}\p{M}\p{N}&'.]+(?:\s[\p{L}\p{M}\p{N}&'.]+){0,3}\s*(?:›|»|→|\s>|\s/)\s+){3,}\S")


# From the home page two steps are enough: "Home » क्राइम » बिसौली में … गिरोह पकड़ा".
HOME_BREADCRUMB = _compile(r"^\s*(?:home|होम|मुख्य\s+पृष्ठ|(?:hindi\s+)?news|(?:हिंदी|हिन्दी)\s+न्यूज़?|न्यूज़?)\s*(?:›|»|→|>|/)\s*[\p{L}\p{M}\p{N}&'.]+(?:\s[\p{L}\p{M}\p{N}&'.]+){0,3}"
                           r"\s*(?:›|»|→|\s>|\s/)\s+\S")


def long_breadcrumb(folded: str) -> bool:
    if not has_breadcrumb_char(folded):
        return False
    seps = folded.count("›") + folded.count("»") + folded.count("→") + folded.count(" / ") + folded.count(" > ")
    return seps >= 3 and LONG_BREADCRUMB.match(folded) is not None or seps >= 2 and HOME_BREADCRUMB.match(folded) is not None


# An advertisement's text: an emoji or symbol in front, or a phone number ("संपर्क: 98XXXXXX21", "मो. 9876543210").
AD_TEXT = _compile(r"^\s*[\p{So}]|(?<!\d)(?:\+91[\s-]?)?[6-9]\d{9}(?!\d)|(?<!\d)\d{2}x{4,}\d{2}(?!\d)|संपर्क\s*:|मो\.\s*:?\s*\d")


# The reporters' addresses under a story: "mjkim@hangyeol.news seoyeon@hangyeol.news".
EMAILS_ALONE = _compile(r"^[\s\p{P}]*[\p{L}\p{N}._%+-]++@[\p{L}\p{N}-]++(?:\.[\p{L}\p{N}-]++)++(?:[\s,;/|]+[\p{L}\p{N}._%+-]++@[\p{L}\p{N}-]++(?:\.[\p{L}\p{N}-]++)++)*[\s\p{P}]*$")
# A fact-check's pictures: "वायरल पोस्ट का स्क्रीनशॉट", "वायरल वीडियो का कीफ्रेम", "Screenshot of the viral post".
SCREENSHOT = _compile(r"(?<![\p{L}\p{M}])(?:स्क्रीनशॉट|स्क्रीनशाट|कीफ्रेम|की-फ्रेम|screenshot|screengrab|keyframe)(?![\p{L}\p{M}])")
# The outlet's call for tips: "… तो हमें WhatsApp नंबर +91 87500 31146 पर भेजें या … पर ई-मेल करें।"
TIP_LINE = _compile(r"(?:हमें|हमसे)\s[^।]{0,80}?(?:whatsapp|व्हाट्सऐप|व्हाट्सएप|वॉट्सऐप|ईमेल|ई-मेल|email|नंबर|number|\d{2}\s?\d{4})"
                    r"[^।]{0,80}?(?:भेजें|भेज\s+सकते\s+हैं|संपर्क\s+करें|(?:व्हाट्सऐप|व्हाट्सएप|वॉट्सऐप|whatsapp)\s+करें)"
                    r"|(?:send|share|forward)\s.{0,60}?(?:whatsapp|tip\s?line|e-?mail)")  # ("… send it to our WhatsApp tipline at …")
# A page's credits after the story: "ग्राफिक्स: अजय गुप्ता", "रेफरेंस और बैकग्राउंड: …".
CREDITS = _compile(r"^[\s\p{P}]*(?:ग्राफिक्स|ग्राफिक|graphics|infographic|रेफरेंस(?:\s+(?:और|एवं)\s+बैकग्राउंड)?|references?)\s*[:：]\s*\S")
MAX_TIP_WORDS = 40
# The outlet's imprint in its footer: "प्रधान संपादक: …", "विज्ञापन के लिए संपर्क करें: 94310 …", "उद्यम पंजीकरण संख्या: …".
IMPRINT = _compile(r"^\s*(?:(?:प्रधान|प्रबंध|स्थानीय|समूह)\s+संपादक|संपादक|प्रकाशक|मुद्रक|स्वामी(?:\s+(?:एवं|व|और)\s+प्रकाशक)?|कार्यालय|"
                   r"ईमेल|ई-मेल|(?:विज्ञापन|विज्ञापनों)\s+(?:के\s+लिए|हेतु)\s+संपर्क(?:\s+करें)?|"
                   r"(?:खबर|खबरें|समाचार)\s+(?:भेजने|देने)\s+(?:के\s+लिए|हेतु)(?:\s+[\p{L}\p{M}]+){0,3}|(?:उद्यम\s+)?पंजीकरण\s+(?:संख्या|सं\.?)|"
                   r"rni\s+(?:no\.?|number)|gstin|editor(?:-in-chief)?|publisher|printed\s+and\s+published\s+by)\s*[:：]\s*\S")
URL_ALONE = _compile(r"^\s*(?:https?://|www\.)\S+\s*$")

# Zodiac-sign headings and daily horoscope entries (Hindi and English sign names).
HOROSCOPE = _compile(
    r"^\s*(?:daily\s+horoscope|राशिफल|आज\s+का\s+राशिफल|(?:aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|"
    r"capricorn|aquarius|pisces)\s*\(|(?:मेष|वृष|वृषभ|मिथुन|कर्क|सिंह|कन्या|तुला|वृश्चिक|धनु|मकर|कुंभ|मीन)\s*(?:[-–—:]|\((?:[^()]{1,12},){3}"
    r"|\((?:aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|capricorn|aquarius|pisces)\)\s*$)"  # "मेष (Aries)"
    r"|शुभ\s+(?:अंक|रंग)\s*:|lucky\s+(?:number|colou?r)\s*:)"  # a sign's lucky number and colour
)

# The heading over a review's or a guide's short list: "खूबियां", "कमियां", "Pros", "Cons".
LIST_HEADING = _compile(r"^[\s\p{P}\p{S}]*(?:खूबियां|खूबियाँ|खासियतें|ख़ासियतें|कमियां|कमियाँ|कमजोरियां|कमज़ोरियां|फायदे|फ़ायदे|नुकसान|"
                        r"pros|cons)[\s\p{P}\p{S}]*$")

# A shop's buy button: "Amazon पर खरीदें – ₹18,499", "Flipkart पर ₹12,799 में खरीदें", "Buy on Amazon", "Check price on …".
BUY_BUTTON = _compile(r"^[\s\p{P}\p{S}]*(?:[\p{L}\p{M}.]+\s+){1,3}पर\s+(?:[₹$]\s?[\d,.]+\s+में\s+)?(?:खरीदें|ख़रीदें|कीमत\s+देखें)"
                      r"(?:\s*[–—-]?\s*[₹$]\s?[\d,.]+)?[\s\p{P}\p{S}]*$|^[\s\p{P}\p{S}]*(?:buy\s+(?:now|on\s+\S+)|check\s+price\s+on\s+\S+)"
                      r"(?:\s*[–—-]?\s*[₹$]\s?[\d,.]+)?[\s\p{P}\p{S}]*$")
BUY_CUES = ("खरीदें", "ख़रीदें", "कीमत देखें", "buy ", "check price")
# A site's note that its links earn it money: "इस लेख में एफिलिएट लिंक हैं। …", "This article contains affiliate links."
AFFILIATE = _compile(r"(?:एफिलिएट|एफ़िलिएट|affiliate)\s+(?:लिंक|links?)")
# The tags' label that opens a line ("टैग:तनीषा राठौर…", run together as links flatten), and "टैग: किरनोवा, स्मार्टफोन
# रिव्यू, …": the tags with their label, on one line.
_TAGS_OPENER = r"^[\s\p{P}]*(?:tags?|टैग(?:्स)?|टॉपिक्स|topics)\s*:"
TAGS_OPEN = _compile(_TAGS_OPENER)
TAGS_LINE = _compile(_TAGS_OPENER + r"\s*[^,]{1,40}(?:,\s*[^,]{1,40}){2,}$")
# "टेकतरंग न्यूज़लेटर: हर शुक्रवार …": an outlet's newsletter, named, with what it sends.
NAMED_NEWSLETTER = _compile(r"^[\s\p{P}]*(?:[\p{L}\p{M}]+\s+){1,3}(?:न्यूज़?लेटर|newsletter)\s*:")

# A prompt for the reader's rating or verdict on the page: "क्या यह लेख आपके लिए मददगार रहा?", "इस रेसिपी को रेटिंग दें",
# "4.6/5 (212 रेटिंग)", "Was this article helpful?".
FEEDBACK = _compile(
    r"^[\s\p{P}\p{S}]*(?:क्या\s+(?:यह|ये)\s+(?:लेख|खबर|ख़बर|जानकारी|स्टोरी|आर्टिकल|रेसिपी)\s+(?:आपके\s+लिए\s+|आपको\s+)?(?:मददगार|उपयोगी)\s+"
    r"(?:रहा|रही|था|थी|है|लगा|लगी)|was\s+this\s+(?:article|story|page|recipe)\s+(?:helpful|useful)|"
    r"(?:इस\s+(?:लेख|खबर|ख़बर|स्टोरी|आर्टिकल|रेसिपी)\s+को\s+)?रेटिंग\s+दें|rate\s+this\s+(?:article|story|recipe|page)|"
    r"\d(?:\.\d)?\s*/\s*5\s*\(\s*[\d,]+\s*(?:रेटिंग|ratings?|votes?|वोट)\s*\))[\s\p{P}\p{S}]*$"
)

# Bylines: "By X", "Edited By X", "लेखक: X", agency credits standing alone ("(भाषा)", "PTI").
BYLINE = _compile(
    r"^[\s\p{P}\p{S}\p{Mn}]*(?:by(?!\s+\d)|dc:creator\s*:|author\s*:|edited\s+by|written\s+by|reported\s+by|posted\s+by|submitted\s+by|written\s+&\s+edited\s+by|authored\s+by|"
    r"(?:medically\s+)?reviewed\s+by|fact[\s-]?checked\s+by|"
    r"(?:लेखक|लेखिका)(?!\s+(?:की|के|का)\s)|रिपोर्ट|रिपोर्टर|संवाददाता|द्वारा|संपादित|एडिटेड\s+बाय|रिपोर्टेड\s+बाय|लाइव\s+ब्लॉग|live\s+blog|"
    r"رپورٹ|رپورٹر|تحریر|نامہ\s+نگار|প্রতিবেদন|প্রতিবেদক|प्रतिनिधी)\s*[:\-]?\s+\S"  # (Urdu, Bengali, Marathi)
    r"|^[\s(\-–—]*(?:भाषा|आईएएनएस|पीटीआई|एएनआई|यूएनआई|एजेंसी|एजेंसियां|एजेंसियाँ|pti|ians|ani|uni|reuters|afp|ap|"
    r"इनपुट\s*[:\-]?\s*(?:भाषा|एजेंसी|आईएएनएस|पीटीआई)|(?:एजेंसी|एजेंसियों|भाषा|आईएएनएस|पीटीआई|एएनआई)\s+(?:के\s+)?इनपुट(?:्स)?\s+के\s+साथ|"
    r"with\s+inputs?\s+from\s+(?:pti|ians|ani|agencies|reuters|afp))[)\s.।]*$"  # "(एजेंसी इनपुट के साथ)"
    # An agency and the desk that ran its copy: "एजेंसी | पल-पल प्रहरी डेस्क".
    r"|^[\s(\-–—]*(?:भाषा|आईएएनएस|पीटीआई|एएनआई|यूएनआई|एजेंसी|pti|ians|ani|uni)\s*[|,/]\s*[^|,]{2,40}?\s(?:डेस्क|ब्यूरो|desk|bureau)[\s.।]*$"
    # A desk's correspondent, with the city at most: "कार्यालय संवाददाता", "निज संवाददाता, गोरखपुर".
    r"|^[\s\p{P}]*(?:कार्यालय|निज|विशेष|वरिष्ठ|हमारे|स्थानीय|नगर|खेल|प्रमुख|मुख्य)\s+संवाददाता"
    r"(?:\s*[,|]\s*[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)?[\s.।]*$"
)

# The word for "reporter" after the name (Korean, Japanese, Chinese bylines): "김민준·이서연 기자".
REPORTER_AFTER = ("기자", "記者", "记者", "特派員", "特派员")
# A credit inside a line of page facts: "हिमधारा ब्यूरो, शिमला Published by: सुनीता ठाकुर Updated …".
CREDIT_INSIDE = _compile(r"(?<![\p{L}\p{M}])(?:(?:published|written|edited|reported|posted|authored|uploaded)\s+by\s*:?|"
                         r"(?:लेखक|लेखिका|रिपोर्टर|एजेंसी)\s*:|अपलोडेड\s+बाय\s*:?)(?:\s+\S|(?<=by)\p{Devanagari})")  # "Edited byप्रियंका"

# A newsroom's desk or bureau named in a credit line: "न्यूज डेस्क, पर्वत प्रहरी, नैनीताल | गौरव रावत".
DESK_CREDIT = _compile(r"(?<![\p{L}\p{M}])(?:डेस्क|ब्यूरो|desk|bureau)(?![\p{L}\p{M}])")
MAX_CREDIT_WORDS = 12

# Labels that introduce a date line: "Updated:", "अपडेटेड:", "Posted on :", "दिनांक", "Publish Date:".
DATE_LABEL = _compile(
    r"(?:last\s+)?updated(?:\s+on)?|published(?:\s+on)?|publish\s+date|posted(?:\s+on)?|date|अपडेटेड|अपडेट|"
    r"प्रकाशित|प्रकाशन\s+तिथि|प्रविष्टि\s+तिथि|दिनांक|तारीख|तिथि|ist|am|pm|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|"
    r"रविवार|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    + OTHER_PUBLISHED + "|" + OTHER_UPDATED
)

# "23 hours ago", "2 घंटे पहले", "5 मिनट पहले", "1 day ago".
# A teaser's stamp with no year ("21 जनवरी, 06:50 PM", "jan 21, 6:50 pm"): never a story's date (no year is guessed),
# but a listing's entries carry it (matched on the folded line).
_MONTH_NAMES = "|".join(sorted((regex.escape(k) for k in MONTH_NUMBER if len(k) >= 3), key=len, reverse=True))
YEARLESS_STAMP = regex.compile(r"^[\s\p{P}]*(?:\d{1,2}\s+(?:" + _MONTH_NAMES + r")|(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2})"
                               r"(?![\p{L}\p{M}\d])\s*,?\s*(?:\d{1,2}[:.]\d{2}\s*(?:am|pm|बजे)?\s*(?:ist)?)?[\s\p{P}]*$")
RELATIVE_TIME = _compile(
    r"^\s*\d+\s*(?:(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago|(?:सेकंड|मिनट|घंटे|घंटा|दिन|हफ्ते|सप्ताह|महीने|साल)\s+पहले)\s*$"
)


# The same claim inside a short line of page facts, run together with them by the page's markup:
# "जयपुरअपडेटेड 2 घंटे पहले3 मिनट में पढ़ें", "Mumbai · 4 min read".
READ_TIME_INSIDE = _compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:मिनट\s*(?:में\s*)?पढ़ें|(?:min|mins|minutes?)\s+read)(?![\p{L}\p{M}])"
    r"|read(?:ing)?\s+time\s*[:\-]?\s*(?P<n>\d+(?:\.\d+)?)\s*(?:min|mins|minutes?)(?![\p{L}\p{M}])"
)
# A video's title under its label, inside the story: "वीडियो: नई व्यवस्था पर क्या बोले ई-रिक्शा चालक".
VIDEO_TITLE = _compile(r"^[\s\p{P}\p{S}]*(?:वीडियो|video|watch)\s*[:|]\s*\S")  # "▶ वीडियो: देखिए, …" too
# A video's length and view count: "02:14 12K बार देखा गया", "1.2 लाख views".
VIDEO_VIEWS = _compile(r"^[\s\p{P}\p{S}]*(?:\d{1,2}:\d{2}(?::\d{2})?\s+)?[\d.,]+\s*(?:k|m|हजार|लाख)?\s*"
                       r"(?:बार\s+देखा\s+गया|व्यूज़?|views?)[\s\p{P}]*$")


def site_claim_minutes(line: str) -> float | None:
    """The minutes a read-time line claims ("Read Time: 21 mins" → 21.0), or None."""
    folded = fold(line)
    m = READ_TIME.search(folded) or READ_TIME_INSIDE.search(folded)
    if not m:
        return None
    n = next(v for v in m.captures("n") if v) if m.captures("n") else None
    return float(n) if n else None


# "इमेज स्रोत, Getty Images": a picture's credit as BBC Hindi and its imitators print it (in the header, the lead
# picture's caption; between paragraphs, no subhead).
IMAGE_CREDIT = _compile(r"^[\s\p{P}]*(?:इमेज|फोटो|फ़ोटो|चित्र|तस्वीर|image|photo)\s+(?:स्रोत|सोर्स|source|credit)\s*[,:]")
# "Web Title: Amravati unseasonal rain …": the story's slug for search engines, printed under some portals' stories.
SEO_TITLE = _compile(r"^[\s\p{P}]*web\s+title\s*:")
# A print view's footer: "इस समाचार का लिंक: https://…", "मुद्रण तिथि: 06/03/2033 09:12", "Printed on: …".
PRINT_VIEW = _compile(r"^[\s\p{P}]*(?:(?:इस\s+)?(?:समाचार|खबर|लेख)\s+का\s+(?:लिंक|यूआरएल|url)|मुद्रण\s+(?:तिथि|दिनांक)|"
                      r"printed\s+on|print\s+date|article\s+(?:link|url))\s*[:：]")


# The patterns tried from a line's start. Which of them a line's first two characters leave possible is worked out
# once per pair, by regex's partial matching (could any line that opens so match?): most lines open with a word
# that no furniture phrase opens with, and a lookup is cheaper than a failed match.
LINE_STARTS = (AD_MARKER, READ_TIME, VIDEO_MARKER, VIDEO_TITLE, VIDEO_VIEWS, EMBED_CHROME, GALLERY_MARKER, AUDIO, LABEL,
               TIME_STAMP, OVER_ENTRY, SOCIAL_LIST, BYLINE, SOURCE_CREDIT, RELATED_MARKER, HOROSCOPE, RELATIVE_TIME, RECORDING,
               LEGAL.line, SHARE.line, NAVIGATION.line, SEO_TITLE, PRINT_VIEW, FEEDBACK, TAGS_LINE)


@lru_cache(maxsize=8192)
def _openings(head: str) -> frozenset[regex.Pattern]:
    return frozenset(p for p in LINE_STARTS if p.match(head, partial=True) is not None)


def openings(folded: str) -> frozenset[regex.Pattern]:
    """The ``LINE_STARTS`` patterns that may match the (folded) line; the others cannot."""
    return _openings(folded[:2])
