"""Issue 16, real Spanish and Italian pages: the error classes of their dev pages, on original
sentences: speech-verb inflections generated from lemmas, a marker with its verb ("según
informó X"), organisation nouns and roles as speakers, a two-word adverb before an inverted
subject, a subject with a relative clause, a second statement of the same speaker."""

from __future__ import annotations

import pytest

import dragoman
from dragoman.language import es, it, pt
from dragoman.model import Quote


def _quotes(text: str, lang: str) -> list[Quote]:
    return dragoman.analyze(text, lang=lang).quotes


def _one(text: str, lang: str, content: str) -> Quote:
    found = [q for q in _quotes(text, lang) if q.text.startswith(content)]
    assert len(found) == 1, [q.text for q in _quotes(text, lang)]
    return found[0]


@pytest.mark.parametrize(("module", "lemma", "forms"), [
    (es, "precisar", {"precisa", "precisan", "precisó", "precisaron", "precisaba",
                      "ha precisado", "han precisado"}),
    (es, "reprochar", {"reprocha", "reprochó", "ha reprochado", "han reprochado"}),
    (es, "sostener", {"sostiene", "sostienen", "sostuvo", "sostenía", "ha sostenido"}),
    (es, "añadir", {"añade", "añadió", "añadieron", "añadía", "han añadido"}),
    (pt, "garantir", {"garante", "garantem", "garantiu", "garantiram", "tem garantido"}),
    (pt, "dizer", {"diz", "dizem", "disse", "disseram", "dizia", "tem dito"}),
    (it, "comunicare", {"comunica", "comunicano", "comunicò", "comunicava", "ha comunicato",
                        "hanno comunicato"}),
    (it, "ribadire", {"ribadisce", "ribadiscono", "ribadì", "ha ribadito"}),
    (it, "dire", {"dice", "dicono", "disse", "diceva", "ha detto"}),
])
def test_speech_forms_cover_the_tenses_news_uses(module: object, lemma: str,
                                                 forms: set[str]) -> None:
    made = set(module.speech_forms(lemma))  # type: ignore[attr-defined]
    assert forms <= made
    assert forms <= set(module.RULES.speech_verbs)  # type: ignore[attr-defined]


@pytest.mark.parametrize(("module", "noun"), [(es, "denuncia"), (pt, "garantia"),
                                             (it, "critica")])
def test_forms_that_are_mostly_nouns_are_left_out(module: object, noun: str) -> None:
    assert noun not in module.RULES.speech_verbs  # type: ignore[attr-defined]


@pytest.mark.parametrize(("lang", "text", "content", "speaker"), [
    ("es", "Fuentes del ministerio precisan que el tren llegará a Badajoz en 2026.",
     "el tren llegará", "Fuentes del ministerio"),
    ("es", "La consejera Lucía Prieto aseguraba que el hospital abrirá en otoño.",
     "el hospital abrirá", "Lucía Prieto"),
    ("es", "El Banco de España apunta a que el paro bajará este invierno.",
     "el paro bajará", "Banco de España"),
    ("es", "El diputado Jorge Salas ha reprochado al ministro que el plan llega tarde.",
     "el plan llega tarde", "Jorge Salas"),
    ("it", "Il ministero della Salute comunica che le farmacie resteranno aperte.",
     "le farmacie resteranno aperte", "ministero della Salute"),
])
def test_inflected_and_added_cues(lang: str, text: str, content: str, speaker: str) -> None:
    q = _one(text, lang, content)
    assert not q.direct and q.speaker_text  # the phrase or its head ("Fuentes", "Salute")
    assert q.speaker_text in speaker or speaker in q.speaker_text


@pytest.mark.parametrize(("lang", "text", "content", "source"), [
    ("es", "El aeropuerto cerrará una pista en julio, según informó la empresa Aena.",
     "El aeropuerto cerrará", "Aena"),
    ("es", "La fábrica contratará a cien personas, según han avanzado fuentes sindicales.",
     "La fábrica contratará", "fuentes sindicales"),
    ("es", "El museo abrirá los lunes, según ha explicado a este diario un portavoz del "
           "Ayuntamiento.", "El museo abrirá", "Ayuntamiento"),
    ("pt", "O hospital vai abrir em maio, segundo informou a Secretaria de Saúde.",
     "O hospital vai abrir", "Secretaria de Saúde"),
    ("it", "Il museo riaprirà a giugno, secondo quanto ha comunicato il Comune di Lucca.",
     "Il museo riaprirà", "Comune di Lucca"),
])
def test_a_marker_with_its_verb_keeps_its_source(lang: str, text: str, content: str,
                                                 source: str) -> None:
    q = _one(text, lang, content)
    assert q.cue.split()[0].casefold() in ("según", "segundo", "secondo")
    assert q.speaker_text and (q.speaker_text in source or source in q.speaker_text)


def test_a_marker_tail_opened_by_a_conjunction_is_no_content() -> None:
    text = ("El consejo aprobó el presupuesto, según han avanzado fuentes del partido, si bien "
            "los afiliados deberán votarlo en enero.")
    assert [q.text for q in _quotes(text, "es")] == ["El consejo aprobó el presupuesto"]


def test_a_second_statement_of_the_same_speaker_ends_the_first() -> None:
    text = ("En una nota, la empresa Renfe asegura que los trenes saldrán a su hora, pero "
            "también advierte de que habrá retrasos en la línea de Cádiz.")
    first = _one(text, "es", "los trenes")
    assert first.text == "los trenes saldrán a su hora"
    assert any(q.text.startswith("de que habrá retrasos") for q in _quotes(text, "es"))


@pytest.mark.parametrize(("lang", "text", "content", "name"), [
    ("es", "La empresa Mercadona publicó ayer sus cuentas. La misma compañía reconoce que las "
           "ventas bajaron en Portugal.", "las ventas", "Mercadona"),
    ("fr", "La société Renault a publié ses comptes mardi. La même entreprise reconnaît que "
           "les ventes ont reculé en Espagne.", "les ventes", "Renault"),
])
def test_an_organisation_noun_is_the_organisation_named_with_it(lang: str, text: str,
                                                                content: str,
                                                                name: str) -> None:
    assert _one(text, lang, content).speaker_name == name


def test_an_organisation_noun_is_the_organisation_that_spoke_last() -> None:
    text = ("Las obras empezarán en abril, según ha explicado un portavoz de la Confederación "
            "Hidrográfica del Ebro. En un comunicado, la entidad apunta a que el caudal es "
            "suficiente para el riego.")
    q = _one(text, "es", "el caudal")
    assert q.speaker_name is not None and "Confederación" in q.speaker_name


def test_a_role_is_the_person_quoted_since_it_named_someone() -> None:
    text = ("Luis Pardo, el investigador del Instituto de Física, midió la ola. “El agua subió "
            "mucho”, explica Pardo. “No hubo daños graves en el puerto”, resalta Marta Vidal. "
            "“La costa se recuperará en pocas semanas”, añade la investigadora.")
    q = _one(text, "es", "La costa se recuperará")
    assert q.speaker_name == "Marta Vidal"


def test_a_two_word_adverb_before_an_inverted_subject() -> None:
    text = "“La previsión es demasiado optimista”, opina en cambio Álvaro Méndez, economista."
    assert _one(text, "es", "La previsión").speaker_name == "Álvaro Méndez"


def test_a_subject_with_a_relative_clause_up_to_its_verb() -> None:
    text = ("Carmen Ibáñez, la bióloga del parque, que contó 1,5 millones de aves explica en "
            "una entrevista que la colonia crece cada año.")
    assert _one(text, "es", "la colonia crece").speaker_name == "Carmen Ibáñez"


def test_a_verb_in_a_relative_clause_before_a_second_one_states_nothing() -> None:
    text = ("Visitamos la península que apunta hacia el norte del continente y que es el lugar "
            "más frío de la región.")
    assert _quotes(text, "es") == []
