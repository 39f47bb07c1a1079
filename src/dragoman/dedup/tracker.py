"""Near-duplicate marking during ingestion, with signatures persisted by the caller's store.

The tracker only needs an object with ``put_signature``, ``iter_signatures`` and
``iter_unsigned`` (both archive backends have them); it never imports the store.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from dragoman.dedup.minhash import NearDuplicateIndex, Signature, signature
from dragoman.model import Article


class SignatureState(Protocol):
    def put_signature(self, article_id: str, size: int, minhash: bytes) -> None: ...

    def iter_signatures(self) -> Iterator[tuple[str, str | None, int, bytes]]: ...

    def iter_unsigned(self) -> Iterator[tuple[str, str, str | None]]: ...


class DuplicateTracker:
    """``mark`` an article before it is stored, ``remember`` it once stored."""

    def __init__(self, state: SignatureState) -> None:
        self.state = state
        self._index: NearDuplicateIndex | None = None
        self._pending: dict[str, Signature] = {}

    @property
    def index(self) -> NearDuplicateIndex:
        """Loaded on first use; articles stored without a signature (a kill between the
        article's transaction and its signature's) are signed now."""
        if self._index is None:
            index = NearDuplicateIndex()
            index.extend((aid, dup, Signature(values, size))
                         for aid, dup, size, values in self.state.iter_signatures())
            for aid, text, dup in list(self.state.iter_unsigned()):
                sig = signature(text)
                self.state.put_signature(aid, sig.size, sig.values)
                index.add(aid, sig, dup)
            self._index = index
        return self._index

    def mark(self, article: Article) -> None:
        """Set ``duplicate_of`` when the article copies one already indexed."""
        sig = signature(article.text)
        self._pending[article.id] = sig
        if article.duplicate_of is None:
            article.duplicate_of = self.index.find_original(sig, exclude=article.id)

    def remember(self, article: Article) -> None:
        sig = self._pending.pop(article.id, None) or signature(article.text)
        self.state.put_signature(article.id, sig.size, sig.values)
        self.index.add(article.id, sig, article.duplicate_of)

    def forget(self, article: Article) -> None:
        """Drop the pending signature of an article that was not stored."""
        self._pending.pop(article.id, None)
