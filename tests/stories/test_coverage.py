"""Languages the embedder does not cover, and undated articles (a fake embedder, no model)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from dragoman.model import Article, Entity, Mention
from dragoman.store.sqlite import SQLiteStore
from dragoman.stories.cluster import Clusterer
from dragoman.stories.lexical import USE_LANGUAGES, covers, lexical_vector
from dragoman.stories.service import StoryService
from dragoman.stories.similarity import event_day


class ConstantEmbedder:
    """Every text gets the same vector: an embedder that knows nothing of these languages."""

    name = "constant"
    version = "1"
    dim = 16
    languages: frozenset[str] | None = frozenset({"en"})

    def embed(self, texts: Sequence[str], langs: Sequence[str | None] | None = None) -> np.ndarray:
        rows = np.zeros((len(texts), self.dim), dtype=np.float32)
        rows[:, 0] = 1.0
        return rows


# Finnish (original texts): two reports of a ferry fire in Turku, one of a school strike.
FERRY_1 = ("Matkustajalautta syttyi palamaan Turun satamassa tiistaiaamuna. Palokunta sammutti "
           "lautan konehuoneen palon kahdessa tunnissa, ja kaikki matkustajat evakuoitiin "
           "turvallisesti satamaterminaaliin.")
FERRY_2 = ("Turun satamassa palanut matkustajalautta jää telakalle viikoiksi. Konehuoneen palo "
           "sammutettiin tiistaina, ja matkustajat evakuoitiin terminaaliin ilman vammoja, "
           "kertoi palokunta.")
STRIKE = ("Opettajat aloittivat lakon Oulun kouluissa maanantaina palkkaneuvottelujen "
          "kariuduttua. Ammattiliitto vaatii korotuksia, ja kunta lupasi uuden tarjouksen "
          "ensi viikolla.")
# Other Finnish news of the same days (background for the language's running mean).
BACKGROUND = [
    "Helsingin kaupunginvaltuusto hyväksyi uuden pyörätiesuunnitelman keskiviikkona, ja "
    "rakennustyöt alkavat kesäkuussa keskustan alueella.",
    "Lapissa satoi ennätysmäärä lunta huhtikuussa, ja hiihtokeskukset jatkavat kautta "
    "toukokuun puoliväliin asti.",
    "Suomen jääkiekkomaajoukkue voitti Ruotsin harjoitusottelussa Tampereella maalein "
    "neljä kaksi.",
    "Tilastokeskuksen mukaan kuluttajahinnat nousivat maaliskuussa hieman, kun energian "
    "hinta kallistui edelliskuusta.",
    "Kirjaston uusi lukusali avattiin Jyväskylässä, ja ensimmäisenä päivänä sen vieraili "
    "yli tuhat kävijää.",
    "Metsäyhtiö ilmoitti sulkevansa sahan Kainuussa ensi vuonna, mikä vaikuttaa sadan "
    "työntekijän työpaikkaan.",
]
LINKED = [("x-turku", "Turku", "LOC"), ("x-viking", "Viking Line", "ORG"),
          ("x-rescue", "Finnish Rescue Service", "ORG")]


def _article(key: str, lang: str, text: str, linked: bool = False,
             published: str | None = "2025-04-01") -> Article:
    mentions = [Mention(i, i + 1, name, kind, eid)  # type: ignore[arg-type]
                for i, (eid, name, kind) in enumerate(LINKED)] if linked else []
    entities = [Entity(eid, name, kind) for eid, name, kind in LINKED] if linked else []  # type: ignore[arg-type]
    return Article(id=key, source=key, text=text, language=lang, language_score=1.0,
                   published=published, mentions=mentions, entities=entities)


def _place(items: list[Article]) -> dict[str, str | None]:
    store = SQLiteStore(":memory:")
    for article in items:
        store.put_article(article)
    StoryService(store, ConstantEmbedder()).update()
    placed = {a.id: a.story_id for a in store.iter_articles()}
    store.close()
    return placed


def test_coverage_is_a_named_set() -> None:
    assert covers(USE_LANGUAGES, "ar") and covers(USE_LANGUAGES, "zh")
    assert not covers(USE_LANGUAGES, "fi") and not covers(USE_LANGUAGES, "bn")
    assert covers(None, "fi")  # a model whose languages are unknown


def test_uncovered_language_clusters_on_words_not_on_the_vector() -> None:
    background = [_article(f"b{n}", "fi", text) for n, text in enumerate(BACKGROUND)]
    placed = _place([*background, _article("f1", "fi", FERRY_1), _article("f2", "fi", FERRY_2),
                     _article("s1", "fi", STRIKE)])
    assert placed["f1"] == placed["f2"]
    assert placed["s1"] != placed["f1"]  # the embedder's vector is the same for all three


def test_other_languages_join_only_through_shared_linked_entities() -> None:
    english = ("A passenger ferry caught fire in the port of Turku on Tuesday morning; "
               "all passengers were evacuated.")
    unlinked = _place([_article("f1", "fi", FERRY_1, linked=True),
                       _article("e1", "en", english)])
    assert unlinked["e1"] != unlinked["f1"]
    linked = _place([_article("f1", "fi", FERRY_1, linked=True),
                     _article("e1", "en", english, linked=True)])
    assert linked["e1"] == linked["f1"]


def test_lexical_vectors_are_unit_and_wordless_texts_are_zero() -> None:
    vector = lexical_vector(_article("f1", "fi", FERRY_1))
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5
    assert not lexical_vector(_article("n", "fi", "1 2 3 ,,")).any()


def test_a_missing_date_is_not_evidence_against_a_match() -> None:
    rng = np.random.default_rng(5)
    base = rng.standard_normal(64)
    vectors = []
    for _ in range(2):  # two noisy copies: cosine about 0.6, the range of translations
        v = base + 0.9 * rng.standard_normal(64)
        vectors.append((v / np.linalg.norm(v)).astype(np.float32))
    assert 0.55 < float(vectors[0] @ vectors[1]) < 0.75
    clusterer = Clusterer(64)
    dated = clusterer.assign(_article("a", "en", "x", published="2025-04-01"), vectors[0])
    undated = clusterer.assign(_article("b", "ar", "x", published=None), vectors[1])
    assert undated.story_id == dated.story_id
    other = rng.standard_normal(64).astype(np.float32)
    assert clusterer.assign(_article("c", "en", "x", published=None),
                            other / np.linalg.norm(other)).new_story


def test_event_day_uses_fetch_time_then_a_stated_date() -> None:
    fetched = _article("a", "en", "No date here.", published=None)
    fetched.fetched_at = "2025-04-02T08:00:00+00:00"
    assert event_day(fetched) == (fetched_day := event_day(fetched)[0], "fetched") and fetched_day
    assert str(fetched_day) == "2025-04-02"
    stated = _article("b", "en", "KYIV, 3 March 2025 - Talks resumed. Earlier, on 1 March 2025, "
                      "nothing moved.", published=None)
    assert str(event_day(stated)[0]) == "2025-03-03" and event_day(stated)[1] == "text"
    assert event_day(_article("c", "en", "Nothing dated.", published=None)) == (None, "none")
