"""Names in languages without an NER model (issue 14/16): learned names spotted as written, and
people named by a known given name. Sentences are original, written for these tests."""

from __future__ import annotations

import pytest

from dragoman import analyze
from dragoman.entities.kb import load_kb
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory, written_form
from dragoman.model import Mention


def _persons(text: str, lang: str) -> list[str]:
    return [m.text for m in analyze(text, lang).mentions if m.label == "PER"]


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("it", "Il ministro norvegese Henrik Voss ha detto che le forniture continueranno.", "Henrik Voss"),
    ("it", "Secondo Sophie Lambert, la riforma delle pensioni resterà com'è.", "Sophie Lambert"),
    ("it", "L'attaccante Luca Brambilla ha segnato due gol nel secondo tempo.", "Luca Brambilla"),
    ("it", "«Non chiuderemo la scuola», ha assicurato la sindaca Francesca Orlandini.",
     "Francesca Orlandini"),
    ("it", "Il presidente del Valencia Tomás Ferrer ha parlato ai tifosi.", "Tomás Ferrer"),
    ("ru", "По словам Анна Петрова, тарифы останутся прежними.", "Анна Петрова"),
    ("ru", "Журналисты спросили, что думает Мария Захарова о новых пошлинах.", "Мария Захарова"),
    ("ru", "Второй мяч забил футболист Алексей Миранчук.", "Алексей Миранчук"),
    ("it", "La Lazio di Maurizio Sarri ha perso in casa contro il Lecce.", "Maurizio Sarri"),
    ("it", "Il ministro dell'Economia Giancarlo Giorgetti ha presentato la manovra.",
     "Giancarlo Giorgetti"),
    ("it", "Il presidente della FIGC Gabriele Gravina ha convocato il consiglio.", "Gabriele Gravina"),
    ("it", "Durante la serata ha cantato anche Laura Pausini, accolta da applausi.", "Laura Pausini"),
    ("ru", "Губернатор Александр Беглов открыл новую станцию.", "Александр Беглов"),
    ("ru", "Ректор МГУ Виктор Садовничий выступил перед студентами.", "Виктор Садовничий"),
])
def test_given_name_and_surname_is_a_person(lang: str, text: str, name: str) -> None:
    assert name in _persons(text, lang)


def test_two_coordinated_people_are_two() -> None:
    found = _persons("Il sindaco ha incontrato ieri Marco Bellandi e Giulia Ferraresi in comune.", "it")
    assert found == ["Marco Bellandi", "Giulia Ferraresi"]


@pytest.mark.parametrize(("lang", "text"), [
    ("it", "La conferenza si terrà nella basilica di Santa Maria Novella a giugno."),
    ("it", "I turisti sono arrivati a San Francisco ieri sera con un volo diretto."),
    ("it", "Il treno per Victoria Station partirà con un'ora di ritardo."),
    ("it", "La Jean Monnet Foundation ha premiato tre ricercatrici italiane."),
    ("it", "La fondazione Jean Monnet ha premiato tre ricercatrici italiane."),
    ("it", "Il mercato si svolgerà in via Giuseppe Verdi davanti al municipio."),
    ("it", "La partita allo stadio Giuseppe Meazza è stata rinviata per pioggia."),
    ("it", "Il traffico sul George Washington Bridge è rimasto bloccato per ore."),
    ("it", "Ieri la Sofia Airport ha annunciato nuovi voli per Bari."),
    ("it", "Il liceo Enrico Fermi ha aperto le iscrizioni per settembre."),
    ("it", "Gli infermieri dell'ospedale Sandro Pertini hanno scioperato."),
    ("it", "Papa Giovanni Paolo II visitò la città nel 1986."),
    ("it", "Il Premio Carlo Levi è andato a una giovane scrittrice."),
    ("it", "Il sindaco ha inaugurato piazza Anna Frank nel quartiere nord."),
    ("ru", "Концерт пройдёт на улице Николай Гоголь в центре города."),
    ("ru", "Фонд Александр Невский объявил о новом гранте."),
    ("ru", "В школе имени Александр Пушкин прошёл праздник."),
    ("ru", "На площади Николай Гоголь установили памятник."),
    ("it", "Santa Maria Novella è stata restaurata grazie a una donazione."),
    ("it", "Villa Adriana Ferri ha riaperto le sue sale al pubblico."),
    ("it", "Fondazione Carlo Rossi: il bando per le borse di studio scade a maggio."),
    ("ru", "Мост Александр Невский закрыли на ремонт."),
    ("ru", "В фильме «Иван Васильевич меняет профессию» снялись известные актёры."),
    ("it", "Gli studenti della Luiss Guido Carli hanno occupato l'aula magna."),
    ("it", "Il volo è atterrato all'aeroporto Marco Polo di Venezia in ritardo."),
    ("it", "Lo spettacolo andrà in scena al teatro Carlo Felice di Genova."),
    ("it", "L'Istituto Mario Negri ha pubblicato uno studio sui farmaci."),
    ("it", "Il premio è stato consegnato al Piccolo Teatro Paolo Grassi."),
])
def test_places_and_organisations_opening_with_a_given_name_are_no_person(lang: str, text: str) -> None:
    assert _persons(text, lang) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Secondo Sophie Lambert, la riforma non cambierà.", "Sophie Lambert"),
    ("Ieri Marco Bellandi ha lasciato il partito.", "Marco Bellandi"),
    ("Вчера Игорь Краснов подписал приказ.", "Игорь Краснов"),
])
def test_function_word_opening_the_sentence_is_no_part_of_the_name(text: str, name: str) -> None:
    lang = "ru" if text.startswith("Вчера") else "it"
    assert _persons(text, lang) == [name]


def test_sentence_initial_only_is_no_evidence() -> None:
    assert _persons("Maria Rossi ha vinto il premio, ha detto il portavoce.", "it") == []


def test_sentence_initial_taken_once_seen_inside() -> None:
    text = "Maria Rossi ha vinto il premio. Lo ha annunciato ieri Maria Rossi stessa."
    assert _persons(text, "it") == ["Maria Rossi", "Maria Rossi"]


def test_everyday_word_as_given_name_is_left() -> None:
    text = "La vera storia è un'altra, ha scritto Vera Martinelli nel suo libro."
    assert _persons(text, "it") == []


def test_languages_with_a_model_are_left_to_it() -> None:
    linker = Linker(kb=load_kb(), memory=Memory())
    mentions, _ = linker.link("The mayor met Giulia Ferraresi on Monday.", [], "en")
    assert not [m for m in mentions if m.reason == "given-name"]


def _learned(name: str, label: str = "PER") -> Linker:
    memory = Memory([("x-learned00001", label, name, name, "en")])
    return Linker(kb=load_kb(), memory=memory)


def test_learned_name_spotted_in_a_language_without_a_model() -> None:
    linker = _learned("Oskar Brandvik")
    mentions, _ = linker.link("Ieri Oskar Brandvik non ha voluto commentare la notizia.", [], "it", ner=False)
    assert [(m.text, m.entity_id, m.reason) for m in mentions] == [
        ("Oskar Brandvik", "x-learned00001", "spotted")]


def test_learned_name_spotted_where_ner_missed_it() -> None:
    linker = _learned("Brightwater Logistics", "ORG")
    text = "Shares of Brightwater Logistics fell after the report."
    mentions, _ = linker.link(text, [], "en", ner=True)
    assert [(m.text, m.reason) for m in mentions] == [("Brightwater Logistics", "spotted")]


@pytest.mark.parametrize("text", [
    "La Oskar Brandvik Stiftung ha finanziato il progetto.",  # a longer capitalised run
    "Il premio Nordic Oskar Brandvik è stato assegnato.",
    "ieri oskar brandvik non era presente.",  # not as written
    "Ieri Brandvik non ha voluto commentare.",  # one word
])
def test_learned_name_not_spotted_inside_other_forms(text: str) -> None:
    linker = _learned("Oskar Brandvik")
    mentions, _ = linker.link(text, [], "it", ner=False)
    assert all(m.entity_id != "x-learned00001" for m in mentions)


def test_learned_name_replaces_a_shorter_unlinked_mention() -> None:
    linker = _learned("Oskar Brandvik")
    text = "Il commissario Oskar Brandvik ha firmato."
    start = text.index("Brandvik")
    ner = [Mention(start, start + 8, "Brandvik", "PER", None, 0.6, "")]
    mentions, _ = linker.link(text, ner, "it", ner=True)
    assert [(m.text, m.entity_id) for m in mentions] == [("Oskar Brandvik", "x-learned00001")]


@pytest.mark.parametrize(("alias", "ok"), [
    ("Henrik Voss", True), ("Banco de Sevilla", True), ("Voss", False), ("NEW YORK", False),
    ("J. R.", False), ("the Voss", False), ("President Voss", False),
])
def test_written_form(alias: str, ok: bool) -> None:
    assert written_form(alias) is ok


@pytest.mark.parametrize(("text", "nominative", "declined"), [
    ("Губернатор Александр Беглов открыл станцию. Решение Александра Беглова поддержали.",
     "Александр Беглов", "Александра Беглова"),
    ("Председатель Анна Петрова выступила утром. Вечером с Анной Петровой встретились журналисты.",
     "Анна Петрова", "Анной Петровой"),
    ("Министр Сергей Кравцов приехал в школу. Учителя рассказали Сергею Кравцову о проблемах.",
     "Сергей Кравцов", "Сергею Кравцову"),
])
def test_declined_russian_name_of_a_known_person(text: str, nominative: str, declined: str) -> None:
    mentions = analyze(text, "ru").mentions
    ids = {m.text: m.entity_id for m in mentions if m.label == "PER"}
    assert ids[declined] == ids[nominative] is not None


def test_declined_russian_name_needs_a_known_person() -> None:
    assert _persons("Учителя рассказали Сергею Кравцову о проблемах.", "ru") == []


def test_declined_russian_name_after_a_naming_word_is_left() -> None:
    text = "Министр Сергей Кравцов выступил. Школа имени Сергея Кравцова открылась."
    assert _persons(text, "ru") == ["Сергей Кравцов"]


def test_name_learned_in_english_links_the_italian_speaker() -> None:
    linker = Linker(kb=load_kb(), memory=Memory())
    english = "Energy minister Ingrid Hovland said supplies would not be cut."
    start = english.index("Ingrid")
    ner = [Mention(start, start + len("Ingrid Hovland"), "Ingrid Hovland", "PER", None, 0.95, "")]
    first, _ = linker.link(english, ner, "en")
    learned = next(m.entity_id for m in first if m.text == "Ingrid Hovland")
    italian = "«Non ridurremo le forniture», ha detto la ministra dell'Energia Ingrid Hovland."
    second, _ = linker.link(italian, [], "it", ner=False)
    assert [(m.text, m.entity_id) for m in second if m.label == "PER"] == [("Ingrid Hovland", learned)]
