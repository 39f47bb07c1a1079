"""Russian names in an oblique case read back to the nominative (issue 14/16): "Сергея Лаврова",
"Анной Петровой", "Миранчуку" are the people the archive knows as "Сергей Лавров", "Анна
Петрова", "Алексей Миранчук". Russian declines both words of a name; a model-less article
writes the nominative only where the person is the subject. Readings are candidates only: a
name is taken in an oblique case when one reading is a person the archive (or the article, in
the nominative) already knows (``givenpersons``)."""

from __future__ import annotations

from functools import lru_cache

# (oblique ending, nominative ending) of Russian given names and surnames, longest endings
# first within each declension: masculine in a consonant (Иван-а), in -й (Серге-я), in -ий
# (Дмитри-я), in -ь (Игор-я); feminine in -а (Анн-ы), -ия (Мари-и), -ья (Наталь-и);
# surnames in -ов/-ев/-ин/-ын (masculine and feminine) and -ский/-ская.
_ENDINGS = (
    ("ого", "ий"), ("ому", "ий"), ("им", "ий"), ("ом", "ий"),
    ("ской", "ская"), ("скую", "ская"),
    ("овой", "ова"), ("евой", "ева"), ("иной", "ина"), ("ыной", "ына"),
    ("ова", "ов"), ("ову", "ов"), ("овым", "ов"), ("ове", "ов"),
    ("ева", "ев"), ("еву", "ев"), ("евым", "ев"), ("еве", "ев"),
    ("ина", "ин"), ("ину", "ин"), ("иным", "ин"), ("ине", "ин"),
    ("ину", "ина"), ("ову", "ова"),
    ("ия", "ий"), ("ию", "ий"), ("ием", "ий"), ("ии", "ий"),
    ("ии", "ия"), ("ию", "ия"), ("ией", "ия"),
    ("ьи", "ья"), ("ье", "ья"), ("ью", "ья"), ("ьей", "ья"),
    ("я", "й"), ("ю", "й"), ("ем", "й"), ("е", "й"),
    ("я", "ь"), ("ю", "ь"), ("ем", "ь"), ("е", "ь"),
    ("ы", "а"), ("и", "а"), ("е", "а"), ("у", "а"), ("ой", "а"), ("ей", "а"),
    ("а", ""), ("у", ""), ("ом", ""), ("е", ""),
)  # fmt: skip
# Endings of feminine past verbs ("выиграла", "оказалась"): after one, a name ending like a
# man's oblique case ("Евгения Смирнова") is a woman's nominative.
FEMININE_PAST_ENDINGS = ("ла", "лась")
# Letters of a stem a reading must keep (a short word is no declined name).
STEM_MIN = 2


@lru_cache(maxsize=1 << 14)
def nominative_readings(word: str) -> tuple[str, ...]:
    """Nominative forms a Cyrillic name word in an oblique case may have, most likely first;
    ``()`` for a word in no oblique ending."""
    out: list[str] = []
    for oblique, nominative in _ENDINGS:
        if word.endswith(oblique) and len(word) - len(oblique) >= STEM_MIN:
            reading = word[: len(word) - len(oblique)] + nominative
            if reading != word and reading not in out:
                out.append(reading)
    return tuple(out)
