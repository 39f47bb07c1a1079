"""Site boilerplate in ingest: a short body paragraph that several pages of one site in the
same ingest run share ("Our Standards: ...", an author's standing bio) is the site's, and is
dropped from each of them (the rule of ``extract/sitewide.py``, which ``extract_site`` uses).

The stage runs in the parent, in input order, right after language identification and
before the entities stage, in both ingest paths (one process, or a pool of workers), so an
archive built with N workers is the one built with one:

* it looks at consecutive windows of ``SITE_WINDOW_RECORDS`` records of the run, fixed by
  input position alone (never by timing), and holds one window at a time (memory stays
  bounded however long the input); pages of one site further apart are not compared;
* only articles with a URL take part (their ids are URL keys, so removing a paragraph never
  changes an id: re-ingesting a page is still recognised as the same article);
* an article whose text changed gets its sentences split again (the language identified
  on the page as extracted is kept), and ``changed(article)`` is called: the pool uses it to
  discard the NER its worker ran on the old text, so the entities stage runs it on the new.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from dragoman.extract import site_key
from dragoman.extract.sitewide import drop_site_repeats
from dragoman.language.segment import split_sentences
from dragoman.model import Article, RawPage, Record
from dragoman.pipeline.stage import Stage

# Records (pages, failures included) compared together. A site's pages in one crawl or feed
# run usually come together; 256 articles of text are a few MB held at once.
SITE_WINDOW_RECORDS = 256


def _site(article: Article) -> str:
    return site_key(RawPage(article.source, "", url=article.url))


@dataclass
class SiteRepeatsStage:
    """Drops, per window of records, the short paragraphs a site's pages repeat."""

    changed: Callable[[Article], object] | None = None
    window: int = SITE_WINDOW_RECORDS
    name: str = "site_repeats"
    needs: frozenset[str] = field(default_factory=lambda: frozenset({"text", "language"}))
    adds: frozenset[str] = field(default_factory=lambda: frozenset({"sentences"}))

    def __call__(self, records: Iterable[Record]) -> Iterator[Record]:
        it = iter(records)
        while chunk := list(islice(it, max(1, self.window))):
            self._drop(chunk)
            yield from chunk

    def _drop(self, chunk: list[Record]) -> None:
        articles = [r for r in chunk if isinstance(r, Article) and r.url]
        if len(articles) < 2:
            return
        before = [a.text for a in articles]
        drop_site_repeats(articles, _site)
        for article, text in zip(articles, before, strict=True):
            if article.text != text:
                article.sentences = split_sentences(article.text, article.language)
                if self.changed is not None:
                    self.changed(article)


def with_site_repeats(stages: list[Stage], changed: Callable[[Article], object] | None = None,
                      ) -> list[Stage]:
    """``stages`` with a ``SiteRepeatsStage`` after the language stage (first when there is
    none: the pool's parent stages start after it)."""
    at = next((i + 1 for i, s in enumerate(stages) if s.name == "language"), 0)
    return [*stages[:at], SiteRepeatsStage(changed), *stages[at:]]
