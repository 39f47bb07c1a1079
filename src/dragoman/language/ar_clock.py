"""Arabic words of time-zone phrases (``entities/arabicclock.py``).

Arabic renders a time-zone abbreviation (BST, EST, CET) as "the (summer / eastern / ...) time
of <place>": ``بالتوقيت الصيفي لبريطانيا``; the place there names the zone, as the
abbreviation does in English, not the country taking part in the news."""

from __future__ import annotations

# The noun "time (of day, of a zone)", folded (``token_key``), without the glued preposition
# ب or the article: توقيت, التوقيت, بالتوقيت, بتوقيت are all read to this.
TIME_NOUN = "توقيت"
# Glued prepositions and the article read off the time noun, longest first.
TIME_NOUN_PREFIXES = ("بال", "ال", "ب", "")
# The preposition ("of") glued to the zone's place: "لبريطانيا", "the time of Britain".
PLACE_PREPOSITION = "ل"
# Adjectives of named zones (summer, winter, standard, compass points, central, mean, European), the
# words translating BST, EST, CET, CST; without the article, folded (``normalize_for_match``).
# Not "local" (المحلي): "the local time of X" also renders "X time", which English names too.
ZONE_ADJECTIVES = frozenset({
    "صيفي", "شتوي", "قياسي", "رسمي", "شرقي", "غربي", "شمالي", "جنوبي", "مركزي",
    "اوسط", "وسط", "وسطي", "متوسط", "اوروبي",
})  # fmt: skip
# Words of a time of day that end right before the time noun ("السابعة صباحا بالتوقيت", "منتصف
# الليل بالتوقيت"), folded. A number there is a time only as a clock time ("19:30") or after the
# hour noun ("الساعة 10"): a year, a count or an article number before the time noun is the policy
# ("في 2023 عاد التوقيت الصيفي لمصر", "قال 5 وزراء إن التوقيت الصيفي لبريطانيا").
DAY_PARTS = frozenset({"صباحا", "مساء", "مساءا", "ظهرا", "فجرا", "ليلا", "الليل"})
# The hour noun, folded: "الساعة 10 بالتوقيت", "الساعة السابعة بالتوقيت" (the hour right after it);
# the hour noun itself right before the time noun is no clock time ("حديث الساعة التوقيت الصيفي"),
# nor "an hour" ("بعد ساعة من التوقيت الصيفي").
HOUR_NOUN = "الساعه"
# Places whose name a zone carries written right after the time noun, with no ل: Greenwich Mean
# Time (GMT) is "توقيت غرينتش"; any other place so written ("بتوقيت موسكو", Moscow time) is
# the place, as English "Moscow time" names it.
ZONE_PLACES = frozenset({"غرينتش", "غرينيتش", "جرينتش", "جرينيتش"})
