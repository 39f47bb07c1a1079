"""Issue 16 (German pool, second helper): the owner of an unnamed circle is no speaker, and
church offices and lawyers speak as roles. Sentences written for these tests."""

from __future__ import annotations

import dragoman
from dragoman.language.rules import rules_for
from dragoman.model import Quote
from dragoman.quotes.germancircle import without_addressee
from dragoman.quotes.lexicon import Lexicon, lexicon


def _reported(text: str) -> list[tuple[str, str | None]]:
    a = dragoman.analyze(text, lang="de")
    return [(text[q.start:q.end], q.speaker_name or q.speaker_text) for q in a.quotes
            if not q.direct]


def test_circle_around_a_company_is_the_source() -> None:
    found = _reported("Wie Vertraute aus dem Umfeld von Bosch berichteten, soll es "
                      "einen Käufer für die Sparte gegeben haben.")
    assert found and found[0][1] == "Vertraute aus dem Umfeld von Bosch"


def test_circle_as_subject_of_a_verb() -> None:
    found = _reported("Mitarbeiter aus dem Umfeld des Bürgermeisters sagten, die Wahl werde "
                      "verschoben.")
    assert found == [("die Wahl werde verschoben",
                      "Mitarbeiter aus dem Umfeld des Bürgermeisters")]


def test_circle_with_no_noun_before_it() -> None:
    found = _reported("Aus Kreisen der Landesregierung hieß es, der Haushalt stehe.")
    assert found and found[0][1] == "Kreisen der Landesregierung"


def test_owner_without_circle_unchanged() -> None:
    found = _reported("Ein Sprecher von Bosch sagte, die Werke blieben offen.")
    assert found and found[0][1] != "Sprecher von Bosch aus dem Umfeld"
    assert "Umfeld" not in (found[0][1] or "")


def test_circle_word_as_place_is_no_source() -> None:
    found = _reported("Im Umfeld des Bahnhofs kam es zu Staus, teilte die Polizei mit.")
    assert all("Umfeld" not in (sp or "") for _, sp in found)


def test_pope_role_resolves_to_named_pope() -> None:
    found = _reported("Papst Franziskus besuchte am Montag die Gemeinde in Assisi. Die Armen "
                      "brauchen unsere Hilfe, so der Papst.")
    assert found and found[0][1] is not None and "Franziskus" in found[0][1]


def test_bishop_role_alone_is_a_speaker() -> None:
    found = _reported("Der Landesbischof sagte, die Gemeinden müssten enger zusammenarbeiten.")
    assert found and found[0][1] is not None and "bischof" in found[0][1].lower()


def test_cardinal_role_speaks() -> None:
    found = _reported("Das Bistum wird neu geordnet, so der Kardinal.")
    assert found and found[0][1] is not None and "Kardinal" in found[0][1]


def test_pope_as_object_is_no_speaker() -> None:
    found = _reported("Die Pilger warteten stundenlang auf den Papst, sagte die Reiseleiterin.")
    assert found and found[0][1] is not None and "Papst" not in found[0][1]



def _lex() -> Lexicon:
    rules = rules_for("de")
    assert rules is not None
    return lexicon(rules)


def _quote(text: str, speaker: str, cue: str) -> Quote:
    s, c = text.index(speaker), text.index(cue)
    return Quote(start=0, end=text.index(","), text=text[:text.index(",")], direct=False,
                 cue=cue, cue_start=c, cue_end=c + len(cue), speaker_text=speaker,
                 speaker_start=s, speaker_end=s + len(speaker), speaker_name=speaker)


def test_object_pronoun_cut_off_speaker_after_cue() -> None:
    text = "Der Vertrag ist gültig, sagen uns zwei Notare."
    q = without_addressee(text, _quote(text, "uns zwei Notare", "sagen"), _lex())
    assert q.speaker_text == "zwei Notare" and q.speaker_name == "zwei Notare"


def test_possessive_ihr_kept() -> None:
    text = "Der Vertrag ist gültig, sagt ihr Notar."
    q = without_addressee(text, _quote(text, "ihr Notar", "sagt"), _lex())
    assert q.speaker_text == "ihr Notar"


def test_lone_pronoun_kept() -> None:
    text = "Der Vertrag ist gültig, sagte uns."
    q = without_addressee(text, _quote(text, "uns", "sagte"), _lex())
    assert q.speaker_text == "uns"
