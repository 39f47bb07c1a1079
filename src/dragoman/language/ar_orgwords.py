"""English words that organisation names are made of, with the Arabic words a translation
writes for them, for names Arabic translates word by word ("World Health Organization" is
"منظمة الصحة العالمية", "Ministry of Defence" "وزارة الدفاع"; entities/wholetranslated.py).

Written for this project from general English and Arabic usage (news and official Arabic),
not from any evaluation list. Arabic forms are given plain (no article, no glued
preposition); a feminine or nisba ending need not be listed (``دفاع`` also reads
``الدفاعية``: the matcher drops a final ة and nisba ي on both sides), but broken plurals
must be ("بحث", "بحوث", "أبحاث"); a form may be two words ("Senate" is "مجلس الشيوخ"). English
keys are lower case and singular.
"""

# Nouns that head the name of a body, in English last or before "of"/"for"/"on"; Arabic
# writes them first ("Select Committee" is "لجنة مختارة").
BODY_HEADS: dict[str, tuple[str, ...]] = {
    "organization": ("منظمة", "هيئة"), "organisation": ("منظمة", "هيئة"),
    "ministry": ("وزارة",), "department": ("وزارة", "إدارة", "دائرة", "قسم"),
    "council": ("مجلس",), "committee": ("لجنة",), "commission": ("لجنة", "مفوضية", "هيئة"),
    "agency": ("وكالة", "هيئة"), "authority": ("هيئة", "سلطة"), "service": ("خدمة", "دائرة", "جهاز"),
    "office": ("مكتب",), "bureau": ("مكتب",), "court": ("محكمة",), "tribunal": ("محكمة",),
    "bank": ("بنك", "مصرف"), "fund": ("صندوق",), "party": ("حزب",), "union": ("اتحاد",),
    "federation": ("اتحاد",), "league": ("رابطة", "جامعة"), "association": ("جمعية", "رابطة"),
    "society": ("جمعية",), "alliance": ("تحالف",), "coalition": ("ائتلاف", "تحالف"),
    "front": ("جبهة",), "movement": ("حركة",), "army": ("جيش",), "force": ("قوة", "قوات"),
    "guard": ("حرس",), "police": ("شرطة",), "navy": ("بحرية",), "corps": ("فيلق",),
    "university": ("جامعة",), "college": ("كلية",), "school": ("مدرسة", "كلية"),
    "academy": ("أكاديمية", "أكاديمي", "مجمع"), "institute": ("معهد",), "institution": ("مؤسسة",),
    "center": ("مركز",), "centre": ("مركز",), "foundation": ("مؤسسة",),
    "hospital": ("مستشفى",), "museum": ("متحف",), "library": ("مكتبة",),
    "company": ("شركة",), "corporation": ("شركة", "مؤسسة"), "group": ("مجموعة",),
    "network": ("شبكة",), "assembly": ("جمعية", "مجلس"), "parliament": ("برلمان", "مجلس"),
    "house": ("مجلس", "بيت"), "congress": ("كونغرس", "مؤتمر"), "cabinet": ("حكومة",),
    "government": ("حكومة",), "administration": ("إدارة",), "board": ("مجلس", "هيئة"),
    "chamber": ("غرفة", "مجلس"), "directorate": ("مديرية",), "prosecution": ("نيابة",),
    "cross": ("صليب",), "crescent": ("هلال",), "program": ("برنامج",), "programme": ("برنامج",),
    "conference": ("مؤتمر",), "forum": ("منتدى",), "observatory": ("مرصد",),
    "laboratory": ("مختبر",), "church": ("كنيسة",), "brigade": ("لواء",), "battalion": ("كتيبة",),
    "unit": ("وحدة",), "division": ("فرقة", "شعبة"), "command": ("قيادة",), "secretariat": ("أمانة",),
    "inspectorate": ("مفتشية",), "registry": ("سجل",), "exchange": ("بورصة",), "station": ("محطة",),
    "club": ("نادي",), "team": ("فريق",), "trust": ("صندوق", "مؤسسة"), "charity": ("جمعية",),
    "syndicate": ("نقابة",), "guild": ("نقابة",),
}  # fmt: skip

# Other words of such names: adjectives, and nouns a name's genitive or "of" phrase holds.
NAME_WORDS: dict[str, tuple[str, ...]] = {
    # reach and rank
    "world": ("عالم", "دولي"), "global": ("عالم",), "international": ("دولي",), "national": ("وطني", "قومي"),
    "federal": ("اتحادي", "فيدرالي"), "central": ("مركزي",), "supreme": ("أعلى", "عليا"),
    "high": ("أعلى", "عليا", "عالي"), "higher": ("أعلى", "عليا", "عالي"), "general": ("عام",),
    "united": ("متحد",), "joint": ("مشترك",), "select": ("مختار", "محدد", "خاص"),
    "special": ("خاص",), "royal": ("ملكي",), "state": ("دولة", "ولاية"),
    "public": ("عام", "عمومي"), "private": ("خاص",), "civil": ("مدني",), "popular": ("شعبي",),
    "people": ("شعب", "شعبي"), "regional": ("إقليمي",), "local": ("محلي",),
    "municipal": ("بلدي",), "city": ("مدينة",), "county": ("مقاطعة",), "provincial": ("إقليمي",),
    "european": ("أوروبي",), "african": ("أفريقي", "إفريقي"), "arab": ("عربي",), "asian": ("آسيوي",),
    "islamic": ("إسلامي",), "american": ("أمريكي", "أميركي"), "atlantic": ("أطلسي",),
    "north": ("شمال",), "south": ("جنوب",), "east": ("شرق",), "west": ("غرب",),
    "northern": ("شمالي",), "southern": ("جنوبي",), "eastern": ("شرقي",), "western": ("غربي",),
    "executive": ("تنفيذي",), "legislative": ("تشريعي",), "judicial": ("قضائي",),
    "constitutional": ("دستوري",), "administrative": ("إداري",), "permanent": ("دائم",),
    "independent": ("مستقل",), "free": ("حر",), "democratic": ("ديمقراطي", "ديموقراطي"),
    "republican": ("جمهوري",), "socialist": ("اشتراكي",), "communist": ("شيوعي",),
    "liberal": ("ليبرالي",), "conservative": ("محافظ", "محافظين"),
    "labour": ("عمال", "عمل"), "labor": ("عمل", "عمال"),
    "green": ("خضر", "أخضر"), "red": ("أحمر",), "white": ("أبيض",), "black": ("أسود",),
    "new": ("جديد",), "grand": ("كبير",), "great": ("كبير", "عظمى"), "first": ("أول", "أولى"),
    "advanced": ("متطور", "متقدم"), "modern": ("حديث",), "open": ("مفتوح",),
    "secret": ("سري",), "military": ("عسكري",), "armed": ("مسلح",), "revolutionary": ("ثوري",),
    "medical": ("طبي",), "scientific": ("علمي",), "economic": ("اقتصادي",), "social": ("اجتماعي",),
    "political": ("سياسي",), "financial": ("مالي",), "monetary": ("نقد", "نقدي"),
    "commercial": ("تجاري",), "industrial": ("صناعي",), "agricultural": ("زراعي",),
    "natural": ("طبيعي",), "nuclear": ("نووي",), "atomic": ("ذري",), "environmental": ("بيئي",),
    "artificial": ("اصطناعي",), "human": ("إنسان", "إنساني", "بشري"), "cultural": ("ثقافي",),
    "educational": ("تعليمي", "تربوي"), "religious": ("ديني",), "electoral": ("انتخابي", "انتخابات"),
    "statistical": ("إحصائي",), "criminal": ("جنائي",), "investigative": ("تحقيق",),
    "defense": ("دفاع",), "defence": ("دفاع",), "foreign": ("خارجية", "خارجي"),
    "interior": ("داخلية", "داخلي"), "home": ("داخلية",), "justice": ("عدل", "عدالة"),
    "health": ("صحة", "صحي"), "education": ("تعليم", "تربية"), "finance": ("مالية", "مالي"),
    "treasury": ("خزانة", "خزينة"), "trade": ("تجارة",), "commerce": ("تجارة",),
    "industry": ("صناعة",), "agriculture": ("زراعة",), "energy": ("طاقة",), "oil": ("نفط",),
    "petroleum": ("بترول", "نفط"), "water": ("مياه", "ماء"), "environment": ("بيئة",),
    "transport": ("نقل",), "transportation": ("نقل",), "communication": ("اتصال", "اتصالات"),
    "information": ("معلومات", "إعلام"), "culture": ("ثقافة",), "tourism": ("سياحة",),
    "employment": ("توظيف", "عمالة"), "housing": ("إسكان",),
    "planning": ("تخطيط",), "development": ("تنمية", "تطوير", "إنمائي"), "reconstruction": ("إعمار",),
    "security": ("أمن", "أمني"), "intelligence": ("ذكاء", "استخبارات", "مخابرات"),
    "investigation": ("تحقيق", "تحقيقات"), "science": ("علم", "علوم"), "technology": ("تكنولوجيا", "تقنية"),
    "research": ("بحث", "بحوث", "أبحاث"), "study": ("دراسة", "دراسات"), "studies": ("دراسات",),
    "policy": ("سياسة", "سياسات"), "strategic": ("استراتيجي", "إستراتيجي"),
    "strategy": ("استراتيجية", "إستراتيجية"),
    "project": ("مشروع", "مشاريع", "مشروعات"), "affair": ("شؤون",), "affairs": ("شؤون",),
    "right": ("حق", "حقوق"), "rights": ("حقوق",), "freedom": ("حرية",), "liberation": ("تحرير",),
    "peace": ("سلام",), "war": ("حرب",), "relief": ("إغاثة",), "aid": ("مساعدة", "معونة"),
    "refugee": ("لاجئ", "لاجئين"), "refugees": ("لاجئين",), "child": ("طفل", "أطفال", "طفولة"),
    "children": ("أطفال",), "women": ("نساء", "مرأة"), "woman": ("مرأة",), "youth": ("شباب",),
    "worker": ("عمال",), "workers": ("عمال",), "farmer": ("مزارع", "مزارعين"),
    "journalist": ("صحفيين", "صحافيين"), "journalists": ("صحفيين", "صحافيين"),
    "lawyer": ("محامين",), "lawyers": ("محامين",), "doctor": ("أطباء",), "doctors": ("أطباء",),
    "teacher": ("معلمين",), "teachers": ("معلمين",), "student": ("طلاب", "طلبة"),
    "students": ("طلاب", "طلبة"), "nation": ("أمم", "أمة"), "nations": ("أمم",),
    "country": ("دولة", "بلد"), "states": ("ولايات", "دول"), "republic": ("جمهورية",),
    "kingdom": ("مملكة",), "emirate": ("إمارة",), "region": ("منطقة", "إقليم"),
    "food": ("أغذية", "غذاء", "غذائي"), "drug": ("دواء", "أدوية"), "disease": ("أمراض", "مرض"),
    "control": ("مكافحة", "سيطرة"), "prevention": ("وقاية",), "emergency": ("طوارئ",),
    "disaster": ("كوارث",), "fire": ("إطفاء",), "rescue": ("إنقاذ",), "prison": ("سجون", "سجن"),
    "prisons": ("سجون",), "customs": ("جمارك",), "border": ("حدود",), "immigration": ("هجرة",),
    "migration": ("هجرة",), "election": ("انتخابات",), "elections": ("انتخابات",),
    "audit": ("محاسبة", "تدقيق"), "accounting": ("محاسبة",), "statistics": ("إحصاء",),
    "census": ("تعداد",), "tax": ("ضرائب",), "revenue": ("إيرادات",),
    "money": ("نقد",), "currency": ("عملة",), "investment": ("استثمار",), "reserve": ("احتياطي",),
    "cooperation": ("تعاون",), "co-operation": ("تعاون",), "unity": ("وحدة",),
    "solidarity": ("تضامن",), "reform": ("إصلاح",), "progress": ("تقدم",),
    "law": ("قانون", "حقوق"), "legal": ("قانوني",), "appeal": ("استئناف",), "appeals": ("استئناف",),
    "magistrate": ("صلح",), "cassation": ("نقض",), "prosecutor": ("ادعاء", "نيابة"),
    "space": ("فضاء",), "aeronautics": ("طيران",),
    "aviation": ("طيران",), "air": ("جوي", "طيران"), "naval": ("بحري",), "marine": ("بحري",),
    "maritime": ("بحري",), "land": ("بري", "أراضي"), "coast": ("سواحل", "خفر"),
    "railway": ("سكك",), "post": ("بريد",), "postal": ("بريدي",), "broadcasting": ("إذاعة", "بث"),
    "press": ("صحافة",), "news": ("أنباء", "أخبار"), "media": ("إعلام",), "art": ("فنون", "فن"),
    "arts": ("فنون",), "music": ("موسيقى",), "sport": ("رياضة",), "sports": ("رياضة",),
    "olympic": ("أولمبي",), "football": ("قدم",), "heritage": ("تراث",), "history": ("تاريخ",),
    "archaeology": ("آثار",), "antiquities": ("آثار",), "religion": ("دين", "أديان"),
    "endowment": ("أوقاف",), "endowments": ("أوقاف",), "family": ("أسرة",), "population": ("سكان",),
    "welfare": ("رعاية",), "care": ("رعاية",), "mental": ("نفسي",),
    "protection": ("حماية",), "consumer": ("مستهلك",), "competition": ("منافسة",),
    "communications": ("اتصالات",), "telecommunications": ("اتصالات",), "digital": ("رقمي",),
    "cyber": ("سيبراني",), "innovation": ("ابتكار",), "knowledge": ("معرفة",),
    "economy": ("اقتصاد",), "economics": ("اقتصاد",), "business": ("أعمال",),
    "bar": ("محامين",), "medicine": ("طب",), "nursing": ("تمريض",), "engineering": ("هندسة",),
    "standard": ("معايير", "مواصفات"), "standards": ("معايير", "مواصفات"), "quality": ("جودة",),
    "weather": ("أرصاد",), "meteorological": ("أرصاد",), "geological": ("جيولوجي",),
    "survey": ("مسح", "مساحة"), "wildlife": ("حياة",), "nature": ("طبيعة",), "conservation": ("حفظ",),
    "ocean": ("محيط",), "sea": ("بحر",), "river": ("نهر",), "holy": ("مقدس",), "see": ("كرسي",),
    "crime": ("جريمة", "جرائم"), "narcotics": ("مخدرات",),
    "drugs": ("مخدرات", "أدوية"), "anti-corruption": ("مكافحة",), "corruption": ("فساد",),
    "integrity": ("نزاهة",), "transparency": ("شفافية",),
    "humanitarian": ("إنساني",),
    "pension": ("معاشات", "تقاعد"), "insurance": ("تأمين", "تأمينات"),
    "urban": ("حضري",), "rural": ("ريفي",), "electricity": ("كهرباء",),
    "power": ("طاقة", "كهرباء"), "gas": ("غاز",), "mining": ("تعدين",), "mineral": ("معادن",),
    "fisheries": ("مصايد", "ثروة سمكية"), "forestry": ("غابات",), "forest": ("غابات",),
    "veterans": ("قدامى",), "senate": ("مجلس الشيوخ", "شيوخ"), "representative": ("نواب",),
    "representatives": ("نواب",), "lords": ("لوردات",), "commons": ("عموم",), "martyrs": ("شهداء",),
}  # fmt: skip

# Small words inside an English name that a translation leaves out or writes as a preposition.
ENGLISH_LINKS = frozenset({"of", "for", "on", "the", "and", "&", "in", "to", "against"})
# English links after which the head noun's complement follows ("Ministry of Defence").
ENGLISH_HEAD_ENDS = frozenset({"of", "for", "on", "against", "in", "to"})
# Prepositions and the conjunction a translation writes between the translated words
# ("لجنة الأمن الوطني حول الذكاء الاصطناعي"); glued ones (ل، ب، و) are read off the word.
ARABIC_LINKS = frozenset({"حول", "في", "على", "من", "و", "عن", "ضد", "إلى", "لدى", "بشأن"})
# Words of time a report writes right after a name ("أعلنت وزارة الصحة الجمعة"): such a word
# after a name does not make it longer.
ALSO_TIME_WORDS = frozenset({
    "الماضي", "الماضية", "الجمعة", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
    "الخميس", "اليوم", "الليلة",
})  # fmt: skip
# "العام" is "the year" only before one of these ("العام الماضي"); alone after a name it is
# the adjective "general, public" of a longer name ("جهاز الأمن العام", General Security).
YEAR_WORD = "العام"
YEAR_QUALIFIERS = frozenset({"الماضي", "المقبل", "الحالي", "الجاري", "القادم", "المنصرم"})
# Endings of an adjective agreeing with a name (ة, the nisba ي): one with the article after a
# name, other than a nationality or a word of time, makes it a longer name ("وزارة الطاقة
# المتجددة" is not the "Ministry of Energy").
ADJECTIVE_ENDINGS = ("ة", "ي", "يين", "يون")  # and the nisba plural: "اتحاد الطلاب الجامعيين"
# A word opening with the conjunction and the article after a name coordinates a second
# portfolio or field into it ("وزارة الدفاع والإنتاج الحربي"): that is a longer name.
COORDINATED_OPENING = "وال"
# So does a word opening with ل + the article: a genitive complement of the name ("المجلس الأعلى
# للقضاء" is not the "Supreme Council"); a dative ("قالت الوزارة للصحفيين") is lost with it.
COMPLEMENT_OPENING = "لل"
# The article, alone or after glued و/ف and ل/ب/ك: the last word of a translated name carries
# it ("وزارة الصحة"); one without it is in construct with what follows ("وزارة صحة الحيوان",
# "محكمة استئناف باريس") or indefinite ("بيت أبيض"), no name.
DEFINITE_OPENINGS = ("ال", "لل", "بال", "كال", "وال", "فال", "ولل", "فلل", "وبال", "فبال")
