"""Headlines without the site's name and without rubric prefixes.

"Headline | TheHill", "Headline - Site Name", "Opinion | Headline" → "Headline".
The site name comes from the page (og:site_name, JSON-LD publisher), from its host
("thehill.com" names "TheHill"), or is learned across several pages of one site:
a suffix that every title of the site ends with is the site's name (site_suffix).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

# Separators between a headline and a site name or rubric.
_SPLIT = re.compile(r"\s+[|–—\-:·•»]\s+|\s*\|\s*")
# A rubric before the headline ("Opinion | ", "Live | ") has at most this many words.
RUBRIC_MAX_WORDS = 3
# A site suffix learned across pages must end at least this many titles of the site.
LEARNED_MIN_PAGES = 2


def _squeeze(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _names_site(part: str, site: str | None, url: str | None) -> bool:
    key = _squeeze(part)
    if not key:
        return False
    names = [_squeeze(site or "")]
    if url:
        host = urlsplit(url).netloc.casefold().removeprefix("www.")
        names += [_squeeze(host), _squeeze(host.rsplit(".", 1)[0])]
    return any(n and (key == n or (len(key) > 3 and (key in n or n in key))) for n in names)


def clean_title(title: str, site: str | None = None, url: str | None = None,
                learned: str | None = None) -> str:
    """The headline without a trailing (or leading) site name and without a short rubric prefix."""
    title = " ".join(title.split())
    if learned and title.endswith(learned) and len(title) > len(learned):
        title = title[: -len(learned)].rstrip()
    while True:
        seps = list(_SPLIT.finditer(title))
        if not seps:
            return title
        last, first = seps[-1], seps[0]
        if _names_site(title[last.end():], site, url):
            title = title[: last.start()].rstrip()
        elif _names_site(title[: first.start()], site, url) or (
                len(seps) == 1 and _is_rubric(title[: first.start()], first.group())):
            title = title[first.end():].lstrip()
        else:
            return title


def _is_rubric(first: str, separator: str) -> bool:
    """"Opinion | Headline": a short capitalised label before a vertical bar."""
    return ("|" in separator and len(first.split()) <= RUBRIC_MAX_WORDS
            and first[:1].isupper() and not first.rstrip().endswith((".", "?", "!")))


def site_suffix(titles: list[str]) -> str | None:
    """The separator and site name that the titles of one site end with, when they share one."""
    ends: Counter[str] = Counter()
    for title in titles:
        found = list(_SPLIT.finditer(title))
        if found:
            ends[title[found[-1].start():]] += 1
    if not ends:
        return None
    suffix, count = ends.most_common(1)[0]
    return suffix if count >= LEARNED_MIN_PAGES and count >= len(titles) / 2 else None
