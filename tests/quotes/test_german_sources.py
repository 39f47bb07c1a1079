"""German reported speech, precision first: a common noun that names no source is no speaker
("Die Tatsache … erklärt", "so der Grundtenor"), nor is a phrase with no noun ("laut
offiziellen | Angaben"); a plural cue does not agree with one name ("… des Grafen X sagen");
"laut <document> <genitive owner>" has the owner for source and its content after the phrase
(``quotes/nounsources.py``, ``quotes/sources.py``, ``quotes/markers.py``). Original sentences
with invented people and places, each rule with cases that must not change."""

from __future__ import annotations

from dragoman.model import Quote
from tests.support.quoting import quotes_of


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if not q.direct]


# --- a common noun naming no source ---------------------------------------------------------

def test_a_fact_that_explains_is_no_speaker() -> None:
    text = "Die Tatsache, dass die Nacht kalt war, erklärt, warum der Brunnen im Hof gefror."
    assert _reported(quotes_of(text, "de")) == []


def test_the_gist_of_opinions_is_no_source() -> None:
    text = ("Kein Mensch wolle darüber noch streiten, nachdem der Streit beigelegt sei, so der "
            "Grundtenor.")
    assert _reported(quotes_of(text, "de")) == []


def test_a_resolved_common_noun_leaves_the_statement_without_speaker() -> None:
    text = ("Jana Roth war da. Der Grundtenor der Runde blieb gleich. Er fordert, die Brücke bald "
            "wieder zu öffnen.")
    found = quotes_of(text, "de", people=("Jana Roth",))
    assert all(q.speaker_text != "Grundtenor" for q in found)


def test_nouns_of_people_bodies_and_documents_stay_speakers() -> None:
    cases = [
        ("Kein Mensch wolle darüber noch streiten, nachdem der Streit beigelegt sei, so die "
         "Kommentatoren.", "Kommentatoren"),
        ("Die Brücke sei seit Tagen gesperrt gewesen, sagte ein Zeuge.", "Zeuge"),
        ("Laut der Übersicht sind die meisten Fälle mild verlaufen.", "Übersicht"),
        ("Die Lage sei ernst, teilte die Gemeindeverwaltung mit.", "Gemeindeverwaltung"),
        ("Laut Polizei wurde bei dem Unfall niemand verletzt.", "Polizei"),
    ]
    for text, speaker in cases:
        found = [(s or "").split()[-1:] for _, s in _reported(quotes_of(text, "de"))]
        assert found == [[speaker]], text  # (with its article or not)


def test_an_adjective_cut_from_its_noun_is_no_source() -> None:
    text = "Die Mieten seien laut offiziellen Angaben deutlich gestiegen."
    assert _reported(quotes_of(text, "de")) == []


def test_a_year_opening_the_clause_is_no_speaker_but_the_statement_stays() -> None:
    text = ("2013 warnten andere Forscher in der Zeitschrift Weltblick, das Risiko einer Seuche "
            "sei hoch.")
    found = _reported(quotes_of(text, "de", others=(("Weltblick", "ORG"),)))
    assert found == [("das Risiko einer Seuche sei hoch", None)]


# --- a plural cue and one name ---------------------------------------------------------------

def test_an_infinitive_after_a_name_in_the_genitive_has_no_speaker() -> None:
    text = ("Jana Roth war da. Was dabei hilft, lässt sich am schönsten mit einem Lied des Grafen "
            "Bernau sagen: „Wir wollen nach Arbeit fragen und nicht nach Lohn.“")
    found = quotes_of(text, "de", people=("Jana Roth",), others=(("Grafen Bernau", "ORG"),))
    assert [q.speaker_text for q in found if q.cue == "sagen"] == [None]


def test_a_plural_cue_takes_the_noun_of_people_before_the_name() -> None:
    text = "Jana Roth war da. Die Lage sei ernst, sagen die Ökonomen der Bank Nordkredit."
    found = _reported(quotes_of(text, "de", people=("Jana Roth",),
                                others=(("Nordkredit", "ORG"),)))
    assert found == [("Die Lage sei ernst", "die Ökonomen der Bank Nordkredit")]


def test_coordinated_names_and_singular_cues_keep_their_speaker() -> None:
    both = _reported(quotes_of("Die Lage sei ernst, sagen Jana Roth und Paul Brenner.", "de",
                               people=("Jana Roth", "Paul Brenner")))
    one = _reported(quotes_of("Die Lage sei ernst, sagt Jana Roth.", "de", people=("Jana Roth",)))
    assert [s for _, s in both] == ["Jana Roth"] and [s for _, s in one] == ["Jana Roth"]


# --- "laut" a document and its owner -------------------------------------------------------

def test_the_owner_of_the_data_is_the_source() -> None:
    found = _reported(quotes_of("Laut Daten der Bundespolizei wurden im Mai viele Einreisen "
                                "gezählt.", "de"))
    assert found == [("wurden im Mai viele Einreisen gezählt", "Bundespolizei")]


def test_the_owner_of_the_statements_is_the_source_of_a_postposed_marker() -> None:
    found = _reported(quotes_of("Den Aussagen der Zeugen zufolge floh der Täter zu Fuß in den "
                                "Wald.", "de"))
    assert found == [("floh der Täter zu Fuß in den Wald", "Zeugen")]


def test_an_adjective_inside_the_owner() -> None:
    found = _reported(quotes_of("Laut Informationen der städtischen Verwaltung ist die Zahl der "
                                "Besucher gestiegen.", "de"))
    assert found == [("ist die Zahl der Besucher gestiegen", "Verwaltung")]


def test_a_quoted_name_belongs_to_the_source() -> None:
    text = ("Laut dem Nachrichtenportal „Tirolblick, Nachrichten für Osttirol“ soll der Lehrer "
            "Marko Venn einen Ausflug gemacht haben.")
    found = _reported(quotes_of(text, "de", people=("Marko Venn",)))
    assert [c for c, _ in found] == ["soll der Lehrer Marko Venn einen Ausflug gemacht haben"]


def test_the_content_starts_at_the_finite_verb_not_a_later_comma() -> None:
    found = _reported(quotes_of("Laut dem Magazin Tech-Blick könnte Samsung 2025 einen Akku "
                                "bauen, der lange hält.", "de"))
    assert [c for c, _ in found] == ["könnte Samsung 2025 einen Akku bauen, der lange hält"]
    named = _reported(quotes_of("Laut Jana Roth sei die Lage ernst, weil die Vorräte knapp "
                                "würden.", "de", people=("Jana Roth",)))
    assert named == [("sei die Lage ernst, weil die Vorräte knapp würden", "Jana Roth")]


def test_sources_without_a_document_noun_are_unchanged() -> None:
    found = _reported(quotes_of("Laut Angaben der Feuerwehr brach das Feuer am Abend aus.", "de"))
    assert found == [("brach das Feuer am Abend aus", "Feuerwehr")]
    assert _reported(quotes_of("Laut der Straßenverkehrsordnung müssen Radfahrer hintereinander "
                               "fahren.", "de")) == []


# --- review: names of bodies, infinitives, plural names (narrowed rules) -----------------------

def test_a_body_name_the_lists_miss_stays_the_speaker() -> None:
    # one capitalised word the tagger's word list does not know may name a body or a medium
    found = _reported(quotes_of("Die Hanseatica teilte mit, die Fähren fielen am Sonntag aus.", "de"))
    assert found == [("die Fähren fielen am Sonntag aus", "Hanseatica")]
    medium = _reported(quotes_of("Die Fähren fielen aus, so die Küstenschau.", "de"))
    assert [s for _, s in medium] == ["Küstenschau"]
    # a listed noun and a noun of the gist still name no source
    assert _reported(quotes_of("Die Tatsache, dass der Deich brach, erklärt den Schaden.", "de")) == []
    assert _reported(quotes_of("Man müsse den Deich erhöhen, so der Tenor im Saal.", "de")) == []


def test_groups_and_offices_are_sources() -> None:
    found = _reported(quotes_of("Die Arbeitsgruppe erklärte, der Deich sei zu niedrig.", "de"))
    assert found == [("der Deich sei zu niedrig", "Arbeitsgruppe")]


def test_an_infinitive_after_a_singular_modal_keeps_its_speaker() -> None:
    text = "Jonas Brenner konnte nur sagen, dass die Fähre am Montag ausfalle."
    found = _reported(quotes_of(text, "de", people=("Jonas Brenner",)))
    assert found == [("die Fähre am Montag ausfalle", "Jonas Brenner")]
    # an impersonal subject still leaves no speaker
    text = "Jonas Brenner war da. Man möchte fast sagen, die Fähre sei nie pünktlich."
    assert _reported(quotes_of(text, "de", people=("Jonas Brenner",))) == []


def test_a_polite_sie_addresses_one_person() -> None:
    text = "Herr Brenner, Sie sagen, die Fähre sei sicher?"
    found = _reported(quotes_of(text, "de", people=("Brenner",)))
    assert [s for _, s in found] == ["Brenner"]


def test_plural_names_agree_with_a_plural_cue() -> None:
    team = _reported(quotes_of("Die Seeadler Husum erklärten, der Trainer bleibe.", "de",
                               others=(("Seeadler Husum", "ORG"),)))
    people = _reported(quotes_of("Die Fähre sei zu teuer, sagen viele Friesen.", "de",
                                 others=(("Friesen", "LOC"),)))
    assert [s for _, s in team] == ["Seeadler Husum"]
    assert [s for _, s in people] == ["Friesen"]
    # one person's name with a plural cue still has no speaker
    text = "Jonas Brenner war da. Was bleibt, lässt sich mit einem Wort des Grafen Husum sagen: nichts."
    found = quotes_of(text, "de", people=("Jonas Brenner",), others=(("Grafen Husum", "ORG"),))
    assert [q.speaker_text for q in found if q.cue == "sagen"] in ([], [None])


def test_a_name_coordinated_with_a_noun_behind_its_article() -> None:
    text = "Die Ministerin Jana Roth und ihr Staatssekretär sagen, die Fähre komme."
    found = _reported(quotes_of(text, "de", people=("Jana Roth",)))
    assert [s for _, s in found] == ["Jana Roth"]


def test_a_person_noun_in_the_genitive_owns_the_statement() -> None:
    found = _reported(quotes_of("Laut Angaben des Veranstalters kamen 4000 Gäste an den Hafen.", "de"))
    assert found == [("kamen 4000 Gäste an den Hafen", "Veranstalters")]
