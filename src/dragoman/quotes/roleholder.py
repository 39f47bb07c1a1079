"""The person a bare role phrase stands for: "der Virologe", "the former mayor", "la
gastro-entérologue" with no name beside it is the person named who spoke last, when the role
fits them (its determiner's gender, no other office of theirs). Used by ``quotes.attach`` for
a speaker phrase and an "according to" source."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from dragoman.quotes.gender import speaker_gender
from dragoman.quotes.lexicon import words
from dragoman.quotes.roleanaphor import anaphoric_role, other_office, role_gender
from dragoman.quotes.speakers import DETERMINERS, SPEAKER_MEMORY_CHARS, Speaker

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context


def role_holder(ctx: _Context, sp: Speaker, pos: int, since: int = 0) -> Speaker | None:
    """"der Virologe", "the former mayor", "la gastro-entérologue" with no name beside them:
    the named person (a person mention) quoted last, within ``SPEAKER_MEMORY_CHARS`` and
    after ``since`` (where the article last named someone with that role), whose gender,
    when known, agrees with the role's determiner. A role naming one person only
    (``person_roles``), a determiner, at most one modifier; never an organisation."""
    lex = ctx.lex
    found = words(sp.text)
    dets = dict(lex.rules.role_determiner_genders)  # "o" investigador
    if not (2 <= len(found) <= 3 and (found[0].key in DETERMINERS or found[0].key in dets)
            and found[-1].key in lex.person_roles) and not anaphoric_role(sp.text, found, lex):
        return None  # anaphoric_role: a compound role too ("so die Integrationsministerin")
    want = role_gender(found, lex)  # "der Virologe", "la gastro-entérologue", "-in"
    i = bisect.bisect_left(ctx.history, pos, key=lambda h: h[0])
    for at, c in reversed(ctx.history[:i]):
        if pos - at > SPEAKER_MEMORY_CHARS or at < since:
            return None
        if c.label == "PER" and (want is None or speaker_gender(ctx.text, c) in (want, None)) and (
                not other_office(ctx.text, c, found, lex, pos)):  # not "Pendler X" -> "der Bahnchef"
            return c
    return None


__all__ = ["role_holder"]
