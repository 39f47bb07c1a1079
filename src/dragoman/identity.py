"""Stable identifiers: an article is keyed by canonical URL when known, else by its text."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from dragoman.language.normalize import normalize_for_match

_TRACKING = ("utm_", "fbclid", "gclid", "mc_", "ref", "cmp", "ocid")


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, drop fragment, tracking parameters and trailing slash."""
    parts = urlsplit(url.strip())
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING)
    ]
    path = parts.path.rstrip("/") or "/"
    netloc = parts.netloc.lower().removeprefix("www.")
    return urlunsplit((parts.scheme.lower(), netloc, path, urlencode(sorted(query)), ""))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def article_id(url: str | None, text: str) -> str:
    if url:
        return "u" + _digest(canonical_url(url))[:15]
    return "t" + _digest(normalize_for_match(text))[:15]
