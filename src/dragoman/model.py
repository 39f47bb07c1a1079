"""Typed records that flow through Dragoman.

This module imports nothing from the rest of the package: every other layer
depends on it, never the reverse. Every extracted fact carries character
offsets (``start``/``end``, end exclusive) into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

EntityType = Literal["PER", "ORG", "LOC", "MISC"]
InputKind = Literal["text", "html", "auto"]
# How a publication date was obtained; "stated" dates come from the page itself.
DateSource = Literal["text", "meta", "jsonld", "url", "htmldate", "feed", "none"]
# What a page is (extract/pagetype.py): only articles and live blogs join stories and default lists.
PageType = Literal["article", "liveblog", "listing", "media", "other"]
LISTED_PAGE_TYPES: tuple[PageType, ...] = ("article", "liveblog")


@dataclass(slots=True)
class RawPage:
    """One page as read from a source, before extraction."""

    source: str  # path, URL or "stdin:N": what a user sees in error messages
    content: str
    kind: InputKind = "auto"
    url: str | None = None
    fetched_at: datetime | None = None  # reference date for relative dates


@dataclass(slots=True)
class Failure:
    """A record that could not be processed; it travels to the end of the pipeline."""

    source: str
    reason: str
    stage: str = ""


@dataclass(slots=True)
class Block:
    """A span of the clean text with its role (paragraph or inline heading)."""

    start: int
    end: int
    kind: Literal["paragraph", "heading"] = "paragraph"


@dataclass(slots=True)
class Mention:
    """A named-entity mention in the article text."""

    start: int
    end: int
    text: str
    label: EntityType
    entity_id: str | None = None
    score: float = 1.0
    # How the link was made ("kb-name", "referent", "archive-surname" … see
    # entities/referents.py LINK_REASONS); "" when unlinked or not recorded (stored rows).
    reason: str = ""
    # The title written with a person's name in this article ("Ambassador"), cut off the text.
    role: str | None = None


@dataclass(slots=True)
class Entity:
    """A canonical entity: one identity across languages, scripts and spellings."""

    id: str
    name: str
    type: EntityType
    names: dict[str, str] = field(default_factory=dict)  # language -> display name
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Quote:
    """A direct or reported statement attributed (when possible) to a speaker."""

    start: int
    end: int
    text: str
    direct: bool
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_id: str | None = None
    speaker_name: str | None = None
    addressee: str | None = None


@dataclass(slots=True)
class Article:
    """A clean article and everything the analysis stages add to it."""

    id: str
    source: str
    text: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None  # ISO 8601 date or datetime, never invented
    published_confidence: float = 0.0  # 0 when no date; 1.0 only for a stated date
    published_source: DateSource = "none"
    modified: str | None = None
    language: str | None = None
    language_score: float = 0.0
    fetched_at: str | None = None
    extractor: str = ""
    blocks: list[Block] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    story_id: str | None = None
    storyline_id: str | None = None
    duplicate_of: str | None = None
    warnings: list[str] = field(default_factory=list)
    page_type: PageType = "article"


@dataclass(slots=True)
class Story:
    """A cluster of articles about one event, in any number of languages."""

    id: str
    titles: dict[str, str] = field(default_factory=dict)  # language -> title
    first_seen: str | None = None
    last_seen: str | None = None
    article_ids: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    top_entities: list[str] = field(default_factory=list)
    storyline_id: str | None = None


Record = RawPage | Article | Failure
