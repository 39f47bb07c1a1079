"""Hindi rules (dates, chrome, bylines; no quotation lexicon yet)."""

from dragoman.language.rules import LanguageRules

RULES = LanguageRules(
    code="hi",
    script="Deva",
    list_conjunctions=("और",),
    months={
        "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
        "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
        "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    },
    weekdays=("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार"),
    relative_days={"आज": 0},  # "कल" is both yesterday and tomorrow: never resolved
    chrome_patterns=(
        r"विज्ञापन",
        r"(शेयर करें|फॉलो करें)\b.*",
        r"(यह भी पढ़ें|ये भी पढ़ें|और पढ़ें)\b.{0,120}",
        r"(सर्वाधिकार सुरक्षित|©).*",
    ),
    byline_prefixes=("लेखक:", "द्वारा"),
    updated_prefixes=("अपडेट",),
)
