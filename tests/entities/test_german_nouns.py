"""German article-only nouns, soft-hyphen cuts and noun phrases (germanarticle, germannouns)."""

from __future__ import annotations

from collections.abc import Callable

from dragoman.entities import germanarticle, germannouns, germanwords
from dragoman.model import EntityType, Mention


def _mention(text: str, span: str, label: EntityType = "ORG", nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Mention(start, start + len(span), span, label, None, 0.9)


def _never(word: str) -> bool:
    return False


def _listed(*nouns: str) -> Callable[[str], bool]:
    return lambda word: word in nouns


def test_article_only_noun_dropped() -> None:
    text = "Am Abend ging sie in den Keller. Der Keller war feucht, im Keller stand Wasser."
    assert germanarticle.determined_nouns(text, [_mention(text, "Keller", "LOC")], _never) == []


def test_name_written_bare_elsewhere_kept() -> None:
    # one occurrence behind an article, one bare: a firm's name, not a noun
    text = "Er arbeitet bei der Nordwerk seit Jahren. Später kaufte Nordwerk eine Halle."
    mention = _mention(text, "Nordwerk")
    assert germanarticle.determined_nouns(text, [mention], _never) == [mention]


def test_known_name_and_feature_compound_kept() -> None:
    text = "Wir segelten über den Tegernsee und besuchten die Wachau."
    lake, valley = _mention(text, "Tegernsee", "LOC"), _mention(text, "Wachau", "LOC")
    kept = germanarticle.determined_nouns(text, [lake, valley], lambda w: w == "Wachau")
    assert kept == [lake, valley]
    alone = "Wir schwammen im See."
    assert germanarticle.determined_nouns(alone, [_mention(alone, "See", "LOC")], _never) == []


def test_adjective_before_noun_counts_as_determiner() -> None:
    assert germanarticle.standing(["die", "neue"]) == "det"
    assert germanarticle.standing(["den", "neuen", "großen"]) == "det"
    assert germanarticle.standing(["mit", "großer"]) == "det"
    assert germanarticle.standing(["kaufte"]) == "bare"  # a verb, no adjective
    assert germanarticle.standing(["werden"]) == "bare"
    assert germanarticle.standing(["der", "jüngste"]) == "det"
    assert germanarticle.standing(["bei"]) == "bare"  # "bei Nordwerk"
    assert germanarticle.standing(["Chef"]) == "bare"


def test_sentence_opener_gives_no_evidence() -> None:
    page = germanarticle.Page.of("Kammerton klingt. Sie hörte den Kammerton.")
    assert list(germanarticle.occurrence_kinds(page, "Kammerton")) == ["det"]


def test_soft_hyphen_joined() -> None:
    text = "Er reiste nach Nieder\u00adlande und zurück."
    joined = germanarticle.whole_words(text, [_mention(text, "Nieder", "LOC")])
    assert joined[0].text == "Nieder\u00adlande"
    assert germanarticle.plain(joined[0].text) == "Niederlande"
    whole = _mention(text, "zurück")
    assert germanarticle.whole_words(text, [whole]) == [whole]


def test_possessive_phrase_dropped() -> None:
    text = "Prüfen Sie vor Beginn Ihrer Wanderung das Wetter."
    mentions = [_mention(text, "Beginn Ihrer Wanderung", "PER")]
    assert germannouns.noun_phrases(text, mentions, _never, _never) == []
    plain = "Sie sprach mit Ihnen."  # a pronoun that is no possessive: nothing to drop
    keep = [_mention(plain, "Ihnen", "PER")]
    assert germannouns.noun_phrases(plain, keep, _never, _never) == keep


def test_unit_after_number_dropped() -> None:
    text = "Am Mittag waren es 28 Grad Celsius, sagte Grad Novak."
    unit, person = _mention(text, "Grad Celsius", "PER"), _mention(text, "Grad Novak", "PER")
    assert germannouns.noun_phrases(text, [unit, person], _never, _never) == [person]


def test_joined_common_nouns_dropped_and_name_kept() -> None:
    common = _listed("Ausbau", "Kontrolle", "Wetter", "Bundesamt")
    text = "Sie lobten den Ausbau der Kontrolle."
    phrase = _mention(text, "Ausbau der Kontrolle")
    assert germannouns.noun_phrases(text, [phrase], common, _never) == []
    text2 = "Sie verurteilten den Ausbau auf Lemberg."
    cut = germannouns.noun_phrases(text2, [_mention(text2, "Ausbau auf Lemberg", "LOC")],
                                   common, lambda w: w == "Lemberg")
    assert [m.text for m in cut] == ["Lemberg"]
    body = "Das Bundesamt für Wetter warnt."
    name = _mention(body, "Bundesamt für Wetter")
    assert germannouns.noun_phrases(body, [name], common, _never) == [name]
    open_text = "Vielmehr zählen Wetter und Kontrolle."  # coordinated nouns, no determiner
    both = _mention(open_text, "Wetter und Kontrolle")
    assert germannouns.noun_phrases(open_text, [both], common, _never) == []


def test_body_names_after_article_kept() -> None:
    text = "Am Freitag tagte der Landesrat. Später stimmte der Bundesrat zu."
    council = _mention(text, "Bundesrat")
    assert germanarticle.determined_nouns(text, [council], _never) == [council]
    assert germanwords.body_name("Weltärztebund") and germanwords.body_name("Bundesgerichtshofes")
    assert not germanwords.body_name("Rat")  # the head alone is a common noun
    assert not germanwords.body_name("Bauernhof")
    assert not germanwords.body_name("Bundestrainer")  # a title, no body


def test_nameless_determiner_marks_a_common_noun() -> None:
    text = "Sie zeigte ihre Urkunde. Ohne Urkunde kam niemand hinein."
    bare = _mention(text, "Urkunde", "ORG", nth=1)
    assert germanarticle.determined_nouns(text, [bare], _never) == []
    page = germanarticle.Page.of("Das ist die neue Kammerordnung.")
    assert germanarticle.common_cue(page, "Kammerordnung")
    # a definite article alone is no such cue: names take one ("die Ukraine")
    assert not germanarticle.common_cue(germanarticle.Page.of("Er lobte die Nordwerk."), "Nordwerk")
    # a person's name keeps its mention even after "seine": "seine Merkel" is no evidence
    person = "Er traf seine Wendel. Dann sprach Wendel."
    named = _mention(person, "Wendel", "PER", nth=1)
    assert germanarticle.determined_nouns(person, [named], _never) == [named]
