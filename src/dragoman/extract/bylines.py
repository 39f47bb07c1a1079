"""Byline cleaning: author values as pages state them → names of people or agencies only.

Pages put much more than names in their author fields: "By X, Staff Writer",
handles (@x, x.y), e-mail addresses, URLs, IP addresses, dates and "2 min read",
a whole author bio glued to the name, the site's own name, a CMS account
("admin", "publisher"), a slogan. Each value is split into names and every part
that is not a name is dropped; a page whose author fields name nobody gets [].
"""

from __future__ import annotations

import html
import re
import unicodedata
from urllib.parse import urlsplit

from dragoman.extract.dates import find_dates

# A name has at most this many words ("Maria de los Angeles Cruz Pérez" has six).
NAME_MAX_WORDS = 6
# A byline value longer than this (characters) carries a bio after the name.
BIO_MIN_CHARS = 60

_SOFT = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_JSON_NAME = re.compile(r'"name"\s*:\s*"([^"]+)"')
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|net|org|de|at|ch|fr|it|co\.uk|uk|info|io|news|eu)"
                  r"\b/?\S*", re.IGNORECASE)
_EMAIL = re.compile(r"\S+(?:@|\[at\])\S+\.\w+|@\w+", re.IGNORECASE)
_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
_READ_TIME = re.compile(r"\b\d+\s*(?:min(?:ute)?s?|mins?)\.?\s*(?:read|lesezeit|de lecture)?\b",
                        re.IGNORECASE)
_PREFIX = re.compile(
    r"^(?:(?:von\s+)?autor(?:in)?:|автор:|written by|reported by|reporting by|recueilli par|"
    r"(?:by|von|par|por|di|door|av|af|über|about|بقلم|كتب|كتبت|herr|frau|mr|mrs|ms|dr|prof)\.?(?:\s+|:\s*))"
    r"|^By(?=[A-Z])",
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s*(?:,|;|\||/|\s+-\s+|\s+–\s+|\s+&\s+|\band\b|\bund\b|\bet\b|\by\b|\se\s|"
                         r"\bwith\b|\bmit\b|\sو(?=\S))\s*", re.IGNORECASE)
# "X for The Daily Planet", "X in London": the name ends before these words.
_AFFILIATION = re.compile(r"\s+(?:for|für|pour|para|in|aus|at)\s+.*$", re.IGNORECASE)
# Words that make a byline part a role, a desk or an organisation, not a name.
_NOT_NAME_WORDS = frozenset(re.findall(r"\S+", """
staff writer writers reporter reporters correspondent correspondents editor editors redaktion
redakteur redakteurin desk team newsroom news service services report reports contributor
contributors columnist author autor autorin admin administrator publisher webteam webmaster
unknown anonymous guest gastautor gastbeitrag photographer photos fotograf kitchens
gmbh ag e.v. ev ltd inc llc plc co verlag media group gruppe stiftung ministerium bundesministerium
verband verein union partei fraktion institut institute foundation university universität
zeitung magazin magazine online sports phd no none n/a autoren authors agencies newsdesk
deutschland deutsche deutscher deutsches österreich schweiz germany austria switzerland amt
"""))
# Endings of German compound organisation names ("Bundestagsfraktion", "Caritasverband").
_ORG_SUFFIXES = ("fraktion", "ministerium", "verband", "stiftung", "verlag", "zeitung", "gesellschaft",
                 "institut", "redaktion", "kammer", "agentur", "portal", "anstalt")
_ARTICLE = re.compile(r"^(?:the|die|der|das|le|la|les|l'|el|il)\s", re.IGNORECASE)
# Lower-case words that may stand inside a name ("Christoph von Ritter", "Nuño de la Rosa").
_PARTICLES = frozenset(re.findall(r"\S+", "von van der den de da das do dos du del della di la le les "
                                            "ter ten zu al el bin ibn bint y e st"))
# News agencies: names of their own, kept as bylines.
AGENCIES = frozenset({
    "ap", "afp", "dpa", "reuters", "associated press", "the associated press", "agence france-presse",
    "ansa", "efe", "kyodo", "xinhua", "tass", "ria novosti", "anadolu", "apa", "sda", "kna", "epd",
    "upi", "pa", "pa media", "bloomberg",
})


def clean_authors(values: list[str], site: str | None = None, url: str | None = None) -> list[str]:
    """Names of people or agencies in ``values`` (as pages state them), cleaned and split."""
    names: list[str] = []
    seen: set[str] = set()
    for value in values:
        for name in _names(value, site, url):
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                names.append(name)
    return names


def _names(value: str, site: str | None, url: str | None) -> list[str]:
    text = _SOFT.sub("", html.unescape(value))
    found = _JSON_NAME.search(text)
    if found:
        text = found.group(1)
    text = " ".join(text.split())
    if len(text) > BIO_MIN_CHARS:
        text = _before_bio(text)
    for pattern in (_EMAIL, _URL, _IP, _READ_TIME):
        text = pattern.sub(" ", text)
    for d in reversed(find_dates(text)):
        text = text[: d.start] + " " + text[d.end :]
    parts = [p for p in _SEPARATORS.split(text) if p.strip(" .,:;-–—|()[]")]
    out = []
    for part in parts:
        name = _as_name(part, site, url)
        # One word next to other parts is a place or a desk ("X, London", "Name, CNN"), not a name.
        if name and (len(parts) == 1 or len(name.split()) > 1 or name.casefold() in AGENCIES):
            out.append(name)
    return out


def _before_bio(text: str) -> str:
    """"Jane RoeJane Roe is a reporter ..." → "Jane Roe"; "" when no name leads the text."""
    glued = re.search(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ])", text)
    head = text[: glued.start()] if glued else re.split(r"[.!?]\s", text, maxsplit=1)[0]
    return head if len(head.split()) <= NAME_MAX_WORDS else ""


def _as_name(part: str, site: str | None, url: str | None) -> str | None:
    part = _PREFIX.sub("", part.strip(" ,:;-–—|()[]\"'")).strip(" ,:;-–—|()[]\"'")
    if part.endswith(".") and len(part.split()[-1]) > 3:
        part = part[:-1]  # a sentence's full stop, not "Jr." or an initial
    part = _AFFILIATION.sub("", part).strip()
    if not part or any(ch.isdigit() for ch in part):
        return None
    if part.casefold() in AGENCIES:
        return _recase(part)
    words = part.split()
    if len(words) > NAME_MAX_WORDS or _is_site(part, site, url) or _ARTICLE.match(part):
        return None  # too long, the site itself, or a publication ("The Daily Planet")
    folded = [p.strip(".") for w in words for p in w.casefold().split("-")]
    if any(w in _NOT_NAME_WORDS or w.endswith(_ORG_SUFFIXES) for w in folded) \
            or re.search(r"\w\.\w{2}", part):
        return None  # a role, a desk, an organisation, or a handle ("christian.stadtfeld")
    letters = [c for c in part if c.isalpha()]
    cased = [c for c in letters if c.lower() != c.upper()]
    if cased:
        lower_words = [w for w in words if w[:1].islower() and w.casefold() not in _PARTICLES]
        if lower_words or not any(c.isupper() for c in cased):
            return None  # a handle ("mh", "dehlix") or a phrase
        if len(words) == 1 and len(part) <= 3:
            return None  # initials ("GNB", "mf")
    elif not letters or not all(unicodedata.category(c)[0] in "LMZP" for c in part):
        return None
    return _recase(part)


def _recase(name: str) -> str:
    """"MELISSA GOLDIN" → "Melissa Goldin", "Patrick ANGEVIN" → "Patrick Angevin"; "AFP" stays."""
    if len(name) <= 4:
        return name
    whole = name.isupper()
    return " ".join(w.capitalize() if w.isupper() and "." not in w and (whole or len(w) > 3) else w
                    for w in name.split())


def _is_site(part: str, site: str | None, url: str | None) -> bool:
    """The site's own name given as the author, or its host as a one-word author.

    A person's name that is also the host (a personal site, "janeroe.com") stays.
    """
    key = re.sub(r"[\W_]+", "", part.casefold())
    site_key = re.sub(r"[\W_]+", "", (site or "").casefold())
    if site_key and (key == site_key or (len(key) > 3 and key in site_key)
                     or (len(site_key) > 3 and site_key in key)):
        return True
    host = urlsplit(url).netloc.casefold().removeprefix("www.") if url else ""
    labels = re.sub(r"[\W_]+", "", host.split(".")[0]) if host else ""
    return len(part.split()) == 1 and len(key) > 3 and bool(labels) and (key in labels or labels in key)
