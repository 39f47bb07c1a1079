"""Italian, Spanish and Portuguese reported speech (issue 16, itales-quotes): "a detta di X",
rule documents after "secondo"/"según"/"segundo", an ordinal after a Portuguese article, a
party's members as speakers, Portuguese preposition-articles before the clause, a Portuguese
role resolved to the person named with it, a quotation set again with more words. Original
sentences written for these tests."""

from __future__ import annotations

import pytest

from dragoman.language.documents import rule_document
from dragoman.model import Quote
from dragoman.quotes.pullquotes import repeated_quotes
from tests.support.quoting import quotes_of


def _reported(found: list[Quote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in found if not q.direct]


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("A detta di Elena Rossetti, il museo riceverà nuovi fondi dalla regione.",
     "il museo riceverà nuovi fondi dalla regione", "Elena Rossetti"),
    ("A detta del sindaco Lorenzo Pace, la fiera tornerà in primavera.",
     "la fiera tornerà in primavera", "Lorenzo Pace"),
])
def test_a_detta_di_names_the_source(text: str, content: str, speaker: str) -> None:
    people = tuple(p for p in ("Elena Rossetti", "Lorenzo Pace") if p in text)
    found = _reported(quotes_of(text, "it", people))
    assert [c for c, _ in found] == [content]
    assert speaker in (found[0][1] or "")


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "Secondo il regolamento, le iscrizioni chiudono a mezzanotte."),
    ("it", "Secondo la legge regionale, i negozi chiudono la domenica."),
    ("es", "Según el reglamento, el parque abre a las nueve."),
    ("es", "Según la ley, el plazo vence en junio."),
    ("pt", "Segundo o edital, as inscrições terminam no domingo."),
    ("pt", "Segundo as regras do torneio, o clube não pode inscrever o atleta."),
])
def test_a_rule_document_says_nothing(lang: str, text: str) -> None:
    assert _reported(quotes_of(text, lang)) == []


@pytest.mark.parametrize(("lang", "text", "content"), [
    ("es", "Según el informe, el plazo vence en junio.", "el plazo vence en junio"),
    ("pt", "Segundo o relatório, o prazo termina em junho.", "o prazo termina em junho"),
    ("it", "Secondo il rapporto, le vendite sono calate.", "le vendite sono calate"),
])
def test_a_report_is_still_a_source(lang: str, text: str, content: str) -> None:
    assert [c for c, _ in _reported(quotes_of(text, lang))] == [content]


def test_romance_rule_heads_match_whole_words_only() -> None:
    assert rule_document("es", "ley") and rule_document("es", "Leyes")
    assert not rule_document("es", "Bradley")
    assert not rule_document("it", "rilegge")
    assert rule_document("de", "Straßenverkehrsordnung")  # compounds still, in German


@pytest.mark.parametrize("text", [
    "Gustavo Brito é o segundo jogador mais caro do elenco.",
    "Rui Matos foi o segundo a chegar à reunião.",
])
def test_a_portuguese_ordinal_after_its_article_is_no_marker(text: str) -> None:
    people = tuple(p for p in ("Gustavo Brito", "Rui Matos") if p in text)
    assert _reported(quotes_of(text, "pt", people)) == []


def test_a_portuguese_marker_after_a_comma_still_reports() -> None:
    text = "O prazo acabou, segundo o ministro, e a obra vai parar."
    assert _reported(quotes_of(text, "pt")) != []


@pytest.mark.parametrize(("lang", "text", "content"), [
    ("es", "Los independentistas han reprochado al Gobierno que cambió el texto.",
     "cambió el texto"),
    ("it", "I socialisti hanno replicato che la riforma è ingiusta.", "la riforma è ingiusta"),
    ("pt", "Os socialistas afirmaram que o orçamento é injusto.", "o orçamento é injusto"),
])
def test_a_party_s_members_speak(lang: str, text: str, content: str) -> None:
    assert [c for c, _ in _reported(quotes_of(text, lang))] == [content]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Los independentistas han votado contra el texto."),
    ("it", "I socialisti hanno votato contro la riforma."),
    ("pt", "Os socialistas votaram contra o orçamento."),
])
def test_a_party_s_members_without_a_cue_say_nothing(lang: str, text: str) -> None:
    assert _reported(quotes_of(text, lang)) == []


@pytest.mark.parametrize("text", [
    "Ana Lopes disse aos moradores que a rua ficará fechada.",
    "Ana Lopes disse à imprensa que a rua ficará fechada.",
    "Ana Lopes afirmou nos últimos dias que a rua ficará fechada.",
])
def test_a_portuguese_preposition_article_is_no_content(text: str) -> None:
    assert _reported(quotes_of(text, "pt", ("Ana Lopes",))) == [
        ("a rua ficará fechada", "Ana Lopes")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Rui Matos, ministro da Saúde, visitou a obra. O ministro disse que o orçamento será "
     "aprovado.", "Rui Matos"),
    ("Rui Matos, ministro da Saúde, visitou a obra. Segundo o ministro, o orçamento será "
     "aprovado.", "Rui Matos"),
    # another role: no one so named, the role stays
    ("Rui Matos, prefeito de Braga, visitou a obra. O ministro disse que o orçamento será "
     "aprovado.", "O ministro"),
])
def test_a_portuguese_role_is_the_person_named_with_it(text: str, speaker: str) -> None:
    found = _reported(quotes_of(text, "pt", ("Rui Matos",)))
    assert found == [("o orçamento será aprovado", speaker)]


def _quote(text: str, sub: str, *, cue: str = "", speaker: str | None = None) -> Quote:
    at = text.index(sub)
    return Quote(at, at + len(sub), sub, True, cue=cue, speaker_text=speaker)


def test_a_quotation_set_again_with_more_words_keeps_its_speaker() -> None:
    first = "El deshielo avanza cada año sin pausa alguna"
    text = (f"“{first}”, explica Marta Vidal, glacióloga.\n\n“La base está lejos.”, dijo Luis Gómez."
            f"\n\n“{first}. Y los datos lo confirman”\n\nOtra cosa.")
    quotes = [_quote(text, first, cue="explica", speaker="Marta Vidal"),
              _quote(text, "La base está lejos.", cue="dijo", speaker="Luis Gómez"),
              _quote(text, f"{first}. Y los datos lo confirman", speaker="Luis Gómez")]
    assert [q.speaker_text for q in repeated_quotes(text, quotes)] == [
        "Marta Vidal", "Luis Gómez", "Marta Vidal"]


def test_a_quotation_that_only_shares_a_few_words_keeps_its_speaker() -> None:
    text = ("“El deshielo avanza”, explica Marta Vidal.\n\n"
            "“El deshielo avanza, pero la base resiste”\n\nOtra cosa.")
    quotes = [_quote(text, "El deshielo avanza", cue="explica", speaker="Marta Vidal"),
              _quote(text, "El deshielo avanza, pero la base resiste", speaker="Luis Gómez")]
    assert [q.speaker_text for q in repeated_quotes(text, quotes)] == [
        "Marta Vidal", "Luis Gómez"]


# review (issue 16): a given name that is also a rule head ("Norma", "Regla") is a source
@pytest.mark.parametrize(("lang", "text", "person"), [
    ("es", "Según Norma Pérez, la clínica cierra en agosto.", "Norma Pérez"),
    ("es", "Según Regla Martínez, la escuela necesita maestros.", "Regla Martínez"),
    ("it", "Secondo Norma Ricci, la mostra resterà aperta.", "Norma Ricci"),
    ("pt", "Segundo Norma Silva, o posto fecha às seis.", "Norma Silva"),
])
def test_a_name_that_is_a_rule_head_still_speaks(lang: str, text: str, person: str) -> None:
    found = _reported(quotes_of(text, lang, (person,)))
    assert len(found) == 1 and person in (found[0][1] or "")


def test_a_bare_capitalised_rule_head_is_a_name() -> None:
    assert not rule_document("es", "Norma", bare=True)
    assert rule_document("es", "norma", bare=True) and rule_document("es", "Norma")


def _said(text: str, sub: str, speaker: str, *, cue: str = "", nth: int = 0) -> Quote:
    at = text.index(sub)
    for _ in range(nth):
        at = text.index(sub, at + 1)
    who = text.index(speaker)
    return Quote(at, at + len(sub), sub, True, cue=cue, speaker_text=speaker,
                 speaker_start=who, speaker_end=who + len(speaker))


def test_a_pull_quote_with_a_carried_cue_goes_back_to_the_first_speaker() -> None:
    first = "The river rose two metres in one night"
    text = (f"“{first},” said Jane Porter.\n\n“We lost it all,” said Ana Ruiz.\n\n"
            f"“{first}. We moved everyone by boat.”")
    quotes = [_said(text, first, "Jane Porter", cue="said"),
              _said(text, "We lost it all", "Ana Ruiz", cue="said"),
              _said(text, f"{first}. We moved everyone by boat.", "Ana Ruiz", cue="said")]
    assert [q.speaker_text for q in repeated_quotes(text, quotes)] == [
        "Jane Porter", "Ana Ruiz", "Jane Porter"]


@pytest.mark.parametrize("between", [
    "Her rival Tom Hale laughed at the promise.\n\n",  # named in a paragraph of its own
    "Her rival Tom Hale laughed at the promise. ",  # running text: never reassigned
])
def test_an_echo_by_someone_named_in_between_keeps_its_speaker(between: str) -> None:
    first = "We will rebuild every house on this street"
    text = (f"“{first},” said Jane Porter.\n\n{between}“{first}? She said that last year.”")
    quotes = [_said(text, first, "Jane Porter", cue="said"),
              _said(text, f"{first}? She said that last year.", "Tom Hale")]
    assert [q.speaker_text for q in repeated_quotes(text, quotes)] == [
        "Jane Porter", "Tom Hale"]
