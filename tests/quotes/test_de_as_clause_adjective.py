"""The subject of a German "wie" clause whose article is followed by adjectives ("Wie die
beiden Fachleute auf einer Tagung berichteten, …"): the noun after the adjectives speaks, not a
noun of the adverbial before the cue (``quotes/germanas.py``). Original sentences; a subject
without adjectives, a pronoun and a name keep what they had."""

from __future__ import annotations

from tests.support.quoting import quotes_of


def _speakers(text: str, people: tuple[str, ...] = ()) -> list[str | None]:
    return [q.speaker_text for q in quotes_of(text, "de", people=people) if not q.direct]


def test_adjectives_after_the_article_belong_to_the_subject() -> None:
    cases = [
        ("Wie die beiden Gutachter auf einer Tagung berichteten, ist die Brücke marode.",
         "Gutachter"),
        ("Wie der neue Vorsitzende in einem Rundschreiben erklärte, steigen die Beiträge.",
         "Vorsitzende"),
    ]
    for text, head in cases:
        found = _speakers(text)
        assert len(found) == 1 and (found[0] or "").endswith(head), (text, found)


def test_subjects_without_adjectives_are_unchanged() -> None:
    assert _speakers("Wie die Polizei am Montag mitteilte, ist die Straße wieder frei.") == [
        "Polizei"]
    assert _speakers("Wie Jana Roth in einem Interview sagte, ist die Straße wieder frei.",
                     ("Jana Roth",)) == ["Jana Roth"]


def test_a_pronoun_subject_is_left_to_the_other_rules() -> None:
    text = "Jana Roth war da. Wie sie sagte, ist die Straße wieder frei."
    assert _speakers(text, ("Jana Roth",)) == ["Jana Roth"]
