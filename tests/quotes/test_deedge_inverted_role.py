"""A quotation followed, with or without a comma, by one verb and a person named with a role
("„…“ weiß Turnierdirektor Karl Vogt."): the person is the speaker, not the subject of an
earlier sentence; a cue-less quotation takes no subject from sentences back when other
people were named since; and a person right after a fronted preposition ("Für Tim Berger
gab es Applaus.") is no subject. Original sentences, with near misses."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of

LONG = "„Die jungen Spieler wollen hier unbedingt auf sich aufmerksam machen und zeigen, was sie können“"


def _speaker(found: list[Quote]) -> str | None:
    direct = [q for q in found if q.direct]
    return (direct[-1].speaker_name or direct[-1].speaker_text) if direct else None


def test_verb_role_and_name_after_the_closing_mark() -> None:
    cases = (
        (f"Im Finale spielte Lena Hofmann stark. Die Halle war voll. {LONG} weiß "
         "Turnierdirektor Karl Vogt.", ("Lena Hofmann", "Karl Vogt"), "Karl Vogt"),
        (f"Anna Roth gewann ihr Auftaktmatch. {LONG}, findet Trainerin Eva Kern.",
         ("Anna Roth", "Eva Kern"), "Eva Kern"),
        (f"Max Stein kam als Favorit. {LONG} glaubt Vereinschef Jonas Brandt.",
         ("Max Stein", "Jonas Brandt"), "Jonas Brandt"),
    )
    for text, people, speaker in cases:
        assert _speaker(quotes_of(text, "de", people=people)) == speaker, text


def test_verb_role_and_name_near_misses() -> None:
    # the name is an object (more follows it), or a body stands between, or a title quoted
    obj = (f"Paul Weber ist Trainer. {LONG} lobte Trainer Jan Kurz die Mannschaft.",
           ("Paul Weber", "Jan Kurz"))
    assert _speaker(quotes_of(obj[0], "de", people=obj[1])) != "Jan Kurz"
    body = (f"Die Stimmung kippte. {LONG} zeigt die Polizei Karl Vogt.", ("Karl Vogt",))
    assert _speaker(quotes_of(body[0], "de", people=body[1])) != "Karl Vogt"
    title = ("Der „Tatort“ zeigt Kommissar Karl Vogt in Bestform.", ("Karl Vogt",))
    assert _speaker(quotes_of(title[0], "de", people=title[1])) is None
    # a listed cue verb, with or without a comma, as before
    for text in (f"{LONG} sagt Trainer Jan Kurz.", f"{LONG}, erklärt Trainer Jan Kurz."):
        assert _speaker(quotes_of(text, "de", people=("Jan Kurz",))) == "Jan Kurz"


def test_no_subject_from_sentences_back_with_other_people_between() -> None:
    text = ("Im Feld der Juniorinnen führt Anna Roth aus Halle das Feld an. Die Spielerinnen "
            "Eva Kern und Ida Lang haben eine Wildcard erhalten.\n\nBei den Junioren richtet "
            "sich das Augenmerk auf Tim Berger. Die Nummer zwei trainiert in der Halle. "
            f"{LONG}.")
    people = ("Anna Roth", "Eva Kern", "Ida Lang", "Tim Berger")
    assert _speaker(quotes_of(text, "de", people=people)) is None


def test_subject_kept_when_near_or_no_one_between() -> None:
    near = f"Das Spiel war lange offen. Am Ende gewann Max Stein das Finale. {LONG}"
    assert _speaker(quotes_of(near, "de", people=("Max Stein",))) == "Max Stein"
    alone = f"Eva Kern gewann das Finale. Die Halle tobte. Es war ein langer Abend. {LONG}"
    assert _speaker(quotes_of(alone, "de", people=("Eva Kern",))) == "Eva Kern"
    carried = ("Greta Holm tritt im Bezirk an. Ihr Wahlkreis liegt bei Halle.\n\n"
               "Sie setzt sich seit Jahren für die Schulen ein und trifft morgen Landrat Karl Vogt. "
               f"{LONG}.")
    assert _speaker(quotes_of(carried, "de", people=("Greta Holm", "Karl Vogt"))) == "Greta Holm"
    spoke = (f"„Das war stark“, sagte Jan Kurz. Danach sprach auch Tim Berger kurz. Die Fans "
             f"jubelten lange. {LONG}")
    assert _speaker(quotes_of(spoke, "de", people=("Jan Kurz", "Tim Berger"))) == "Jan Kurz"


def test_person_after_a_fronted_preposition_is_no_subject() -> None:
    for prep, obj in (("Für", "Tim Berger"), ("Neben", "Ole Brandt"), ("Hinter", "Daniel Wirth"),
                      ("Bis", "Frank Hess")):
        text = (f"Trainer Jan Kurz kam früh in die Halle. {prep} {obj} gab es am Ende viel "
                "Applaus. „Das hat er sich wirklich verdient“, sagte er.")
        assert _speaker(quotes_of(text, "de", people=("Jan Kurz", obj))) == "Jan Kurz", text
    for prep, obj in (("Von", "Max Stein"), ("Über", "Felix Kern")):
        text = (f"Paul Weber ist Anwalt. {prep} {obj} stimmte Abgeordneter Jonas Brandt. "
                "„Das war richtig“, sagte er.")
        people = ("Paul Weber", obj, "Jonas Brandt")
        assert _speaker(quotes_of(text, "de", people=people)) == "Jonas Brandt", text


def test_fronted_phrase_then_cue_verb_names_the_speaker() -> None:
    for opening in ("Nach dem Spiel", "Für den Verein", "Über das Ergebnis", "Neben dem Platz",
                    "Von der Tribüne aus", "Bis zum Schluss"):
        text = f"{opening} sagte Trainer Jan Kurz, die Mannschaft habe gut gekämpft."
        found = quotes_of(text, "de", people=("Jan Kurz",))
        assert [q.speaker_name for q in found] == ["Jan Kurz"], text
    text = "Ab Montag gilt die neue Regel. „Wir sind bereit“, sagte Bürgermeister Paul Weber."
    assert _speaker(quotes_of(text, "de", people=("Paul Weber",))) == "Paul Weber"
