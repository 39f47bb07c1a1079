"""The "entities" analysis stage: NER, then linking to KB and learned entities."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from dragoman.entities.kb import load_kb
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.errors import DragomanError
from dragoman.language.segment import split_sentences
from dragoman.model import Article, Mention
from dragoman.pipeline.budget import MAX_ANALYSED_CHARS, analysed_end, mark_partial
from dragoman.pipeline.stage import Stage, map_stage

KnownAlias = tuple[str, str, str, str, str | None]  # entity id, type, name, alias, language

# Work one page may cost this stage. Real articles stay far below these caps (the 80 Fundus
# evaluation pages: at most 37 k characters, 299 sentences, 559 mentions; NTREX-128: at most
# 28 sentences); they bind on generated or hostile pages, e.g. 20,000 short paragraphs of
# names, which took minutes here before.
# NER reads at most this many sentences (CRF tagging and context features: about 1.3 ms per
# short sentence on the busy 2-core development machine), and none past
# ``analysed_end(text)`` (pipeline/budget.py), where the linker stops looking for names too.
MAX_NER_SENTENCES = 2000
# At most this many NER mentions are linked per page (about 2 ms each there: knowledge-base,
# memory and skeleton lookups, cuts of run-together names).
MAX_LINKED_MENTIONS = 1500
# NER spans longer than this many words are tagging errors, not names, and are dropped
# before linking: trying every cut of a span and every reading of each side costs the
# cube of its length (the NER window is 400 tokens).
MAX_MENTION_WORDS = 16


def _fragment_trained(language: str | None, backend: str | None,
                      models_dir: str | None = None) -> bool:
    try:
        from dragoman.entities import ner
    except ImportError:
        return False
    return ner.fragment_trained(language, backend, models_dir)


def _recognize(article: Article, backend: str | None,
               models_dir: str | None = None) -> tuple[list[Mention], bool]:
    """NER mentions and whether a model read the text; without a usable recognizer, none
    (linking then finds knowledge-base names only)."""
    try:
        from dragoman.entities import ner
    except ImportError as exc:
        article.warnings.append(f"entities: no NER ({exc}); knowledge-base names only")
        return [], False
    try:
        sentences = _ner_sentences(article)
        mentions = ner.recognize(_read_part(article.text, [s for _, s in sentences or ()]),
                                 article.language, sentences, backend, models_dir)
    except DragomanError as exc:  # a missing model or package must not cost the article
        article.warnings.append(f"entities: NER unavailable ({exc}); knowledge-base names only")
        return [], False
    return _bounded(article, mentions), bool(mentions) or ner.reads(article.language, backend,
                                                                    models_dir)


def _ner_sentences(article: Article) -> list[tuple[int, int]] | None:
    """The sentences NER reads: all, or the first MAX_NER_SENTENCES before ``analysed_end``."""
    end = analysed_end(article.text)
    sentences = article.sentences or None
    if sentences is None:
        if end == len(article.text):
            return None  # NER splits the text itself
        sentences = split_sentences(article.text, article.language)
    kept = [s for s in sentences[:MAX_NER_SENTENCES] if s[0] < end]
    if len(kept) < len(sentences):
        mark_partial(article, "entities", f"NER read the first {len(kept)} of {len(sentences)} "
                     f"sentences (limits: {MAX_NER_SENTENCES} sentences, {MAX_ANALYSED_CHARS} characters)")
    return kept


def _read_part(text: str, ends: list[int]) -> str:
    """``text`` up to ``analysed_end`` and the ``ends`` of what is read (a sentence or a mention
    that runs past it): every whole-page scan of NER and the linker then stops there too,
    where on a long page each cost about 1 CPU s per 100 k characters nobody analyses."""
    return text[: max([analysed_end(text), *ends])]


def _bounded(article: Article, mentions: list[Mention]) -> list[Mention]:
    """NER mentions to link: spans of names only, at most MAX_LINKED_MENTIONS."""
    kept = [m for m in mentions if len(m.text.split()) <= MAX_MENTION_WORDS]
    if len(kept) < len(mentions):
        article.warnings.append(f"entities: {len(mentions) - len(kept)} NER spans over "
                                f"{MAX_MENTION_WORDS} words dropped")
    if len(kept) > MAX_LINKED_MENTIONS:
        mark_partial(article, "entities", f"linked the first {MAX_LINKED_MENTIONS} of {len(kept)} "
                     "NER mentions")
        kept = kept[:MAX_LINKED_MENTIONS]
    return kept


Recognized = tuple[list[Mention], bool]  # NER mentions to link, whether a model read the text


def recognize_mentions(article: Article, backend: str | None = None,
                       models_dir: str | None = None) -> Recognized:
    """NER as the entities stage runs it, for a process other than the one that links
    (linking learns names across articles, so it runs in input order in one process)."""
    return _recognize(article, backend, models_dir)


def article_date(article: Article) -> str | None:
    """The date roles are resolved on: publication, else fetch time."""
    return article.published or article.fetched_at or None


def entities_stage(
    known: Iterable[KnownAlias] | None = None,
    memory: Memory | None = None,
    backend: str | None = None,
    recognized: Callable[[Article], Recognized | None] | None = None,
    models_dir: str | None = None,
    cache_dir: str | None = None,
    **_: Any,
) -> Stage:
    """A stage filling ``Article.mentions`` and ``Article.entities``.

    ``known`` are an archive's stored aliases (``SQLiteStore.entity_aliases``), so
    that names learned in earlier runs keep their ids; ``memory`` shares learned
    names between stages. The knowledge base loads on the first article.
    ``recognized(article)``: NER already run elsewhere (``recognize_mentions`` in a
    worker process, executors/pool.py), or None to run it here. ``backend`` and
    ``models_dir`` choose the NER models, ``cache_dir`` where the built knowledge-base index
    is kept (the ``ner_backend``, ``ner_models`` and ``cache_dir`` settings).
    """
    state: dict[str, Linker] = {}

    def run(article: Article) -> Article:
        linker = state.get("linker")
        if linker is None:
            linker = state["linker"] = Linker(kb=load_kb(cache_dir),
                                              memory=memory or Memory(known or ()))
        done = recognized(article) if recognized is not None else None
        mentions, ran = done if done is not None else _recognize(article, backend, models_dir)
        article.mentions, article.entities = linker.link(
            _read_part(article.text, [m.end for m in mentions]), mentions, article.language,
            article_date(article), ner=ran,
            scan_chars=analysed_end(article.text),
            fragment_names=ran and _fragment_trained(article.language, backend, models_dir),
        )
        return article

    return map_stage(
        "entities",
        run,
        needs=frozenset({"text", "language", "sentences"}),
        adds=frozenset({"mentions", "entities"}),
    )
