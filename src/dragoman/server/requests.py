"""Request shapes and write actions both faces accept: paging parameters, the ingest body,
an analyst correction, and the feed size. The API validates JSON against them, the web
pages validate form fields against the same models, so a limit is stated once."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import Query
from pydantic import BaseModel, Field, model_validator

from dragoman.errors import InputError
from dragoman.model import RawPage
from dragoman.server.services import MAX_BODY_BYTES, Services

# Most rows one list request returns.
MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
# Deepest offset accepted (deeper paging is a crawl; use `dragoman export`).
MAX_OFFSET = 100_000
# Longest name or reason an analyst may write.
MAX_TEXT_CHARS = 500
# Entries in a watchlist feed and in a watchlist's JSON.
FEED_ENTRIES = 50

Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Ident = Annotated[str | None, Query(max_length=128)]


class IngestRequest(BaseModel):
    """A page to analyse: give ``text`` (a page flattened to text) or ``html``."""

    text: str | None = Field(None, max_length=MAX_BODY_BYTES)
    html: str | None = Field(None, max_length=MAX_BODY_BYTES)
    url: str | None = Field(None, max_length=2048, pattern=r"^https?://\S+$")
    fetched_at: datetime | None = Field(
        None, description="reference date for relative dates such as 'today'")

    @model_validator(mode="after")
    def one_body(self) -> IngestRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


def ingest_page(svc: Services, body: IngestRequest) -> tuple[dict[str, Any], bool]:
    """Analyse and store one page; the article and whether it was new."""
    content = body.text if body.text is not None else body.html
    assert content is not None  # the validator guarantees one of them
    page_ = RawPage(source=body.url or "api", content=content,
                    kind="text" if body.text is not None else "html", url=body.url,
                    fetched_at=body.fetched_at)
    report = svc.ingest(page_)
    ids = report.added or report.existing
    if not ids:
        failure = report.failures[0] if report.failures else None
        raise InputError(page_.source, failure.reason if failure else "no article came out")
    data = svc.archive().article(ids[0])
    # A later step (e.g. story placement) may fail after the article was stored.
    data["ingest_warnings"] = [f"{f.stage or 'ingest'}: {f.reason}" for f in report.failures]
    return data, bool(report.added)


class CorrectionRequest(BaseModel):
    """``merge``: ``other_id`` is merged into this entity; ``split``: ``article_id`` (and
    ``start``/``end`` for one mention); ``rename``: ``name``; ``retype``: ``type``."""

    kind: Literal["merge", "split", "rename", "retype", "not_entity"]
    other_id: str | None = Field(None, max_length=128)
    article_id: str | None = Field(None, max_length=128)
    start: int | None = Field(None, ge=0)
    end: int | None = Field(None, ge=0)
    name: str | None = Field(None, max_length=MAX_TEXT_CHARS)
    type: Literal["PER", "ORG", "LOC", "MISC"] | None = None
    reason: str = Field("", max_length=MAX_TEXT_CHARS)


def add_correction(svc: Services, entity_id: str, body: CorrectionRequest) -> dict[str, Any]:
    """Record and apply a correction (shared by the API and the web form)."""
    fields = body.model_dump()
    kind = fields.pop("kind")
    return svc.archive().correct(kind, entity_id[:128], **fields).to_dict()
