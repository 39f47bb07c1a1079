"""A body's name NER cut in two (issue 14, French entities). The French press writes a
ministry's noun before its capitalised portfolio, in lower case ("le ministère de la Santé") or
capitalised ("le Ministère de l'Intérieur"), and the rest of a public body's name after its
capitalised head in lower case ("Conseil constitutionnel", "Autorité de la concurrence"). NER
tags one half alone: the portfolio ("Santé palestinien", "Santé du Hamas", a junk
organisation) or the noun or head ("Ministère", "Conseil", which name no body).

Read with the packs' ``entity_words.ministry_nouns`` and ``ministry_links`` and their
``organisation_heads`` (every pack's joined), before linking:

* a mention opening with a capitalised word right after a ministry noun and its link starts
  at the noun and keeps the portfolio: its capitalised words joined by "et" ("de l'Europe et
  des Affaires") and the lower-case words NER took with them ("étrangères"), less a peoples'
  adjective ("palestinien") and an owner ("du Hamas", kept as a mention of its own). A mention
  whose rest is another name ("Justice Éric Dupond-Moretti") is left alone;
* a mention that is a ministry noun or an organisation head (of a pack listing ministry
  links) alone takes the link and the portfolio written after it ("Ministère de
  l'Intérieur"), else the link and one lower-case noun ("Autorité de la concurrence"), then
  lower-case adjectives by their endings ("Conseil constitutionnel", "Autorité
  palestinienne"), and the mentions NER made inside them.

The name is an organisation. A lower-case ministry noun with a lower-case portfolio ("le
ministère de l'agriculture") is no name, and nothing is made of it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from dragoman.entities.entitled import kb_types
from dragoman.entities.kb import token_key
from dragoman.entities.packwords import alternation, every_pack, every_pack_in_order
from dragoman.language.rules import all_rules
from dragoman.model import EntityType, Mention

# Characters read before a mention for the ministry noun and link, and after a lone noun for
# its portfolio: the longest noun and link ("ministères de l’") are 17 characters, and the
# longest portfolio of the probes ("de l'Enseignement supérieur et de la Recherche") 48.
_BEFORE_CHARS = 40
_AFTER_CHARS = 120


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(noun and link closing a text, link opening a text, a portfolio's next word), or None
    when no pack lists a ministry noun."""
    nouns = every_pack(lambda w: w.ministry_nouns)
    links = every_pack_in_order(lambda w: w.ministry_links)
    if not nouns or not links:
        return None
    # an elided link ("de l'") runs into the portfolio; the others take a space
    link = "(?:" + "|".join(
        r"\s+".join(map(re.escape, x.split())) + ("" if x[-1] in "'’" else r"\s+")
        for x in sorted(links, key=len, reverse=True)) + ")"
    noun = alternation(sorted(nouns, key=len, reverse=True))
    before = re.compile(rf"(?<![\w-])({noun})\s+{link}$", re.IGNORECASE)
    after = re.compile(rf"[ \t]+{link}(?=[^\W\d_])", re.IGNORECASE)
    # the next word: capitalised after "et" and a link ("et des Affaires", "et de la
    # Recherche"; not "et l'Union": a second body, "le Conseil de l'Europe et l'Union
    # européenne"), or a lower-case word after one space ("étrangères")
    conjunction = alternation(every_pack_in_order(lambda w: w.portfolio_conjunctions))
    step = re.compile(rf"[ \t]+{conjunction}[ \t]+{link}(?P<upper>{_UPPER})"
                      rf"|[ \t](?P<lower>[a-zà-ÿ][\w'’-]*)")
    return before, after, step


# A capitalised word, and the endings of the lower-case words read as a portfolio's adjectives
# after a lone ministry noun ("nationale"), of peoples' adjectives, which are owners and never
# part of the portfolio ("palestinien"), and of the further adjectives a body's head takes
# ("européenne"); the lower-case words that join a name, never a portfolio's word alone (the
# packs' ``entity_words``).
_UPPER = r"[^\W\d_a-zà-ÿ][\w'’-]*"
_ADJECTIVE_ENDINGS = every_pack_in_order(lambda w: w.portfolio_adjective_endings)
_PEOPLE_ENDINGS = every_pack_in_order(lambda w: w.people_adjective_endings)
_HEAD_ADJECTIVE_ENDINGS = (*_ADJECTIVE_ENDINGS, *_PEOPLE_ENDINGS,
                           *every_pack_in_order(lambda w: w.body_adjective_endings))
_LINK_WORDS = every_pack(lambda w: w.portfolio_stop_words)
_FIRST = re.compile(_UPPER)
# A lower-case noun after a head's link ("concurrence"), a lower-case word after one space.
_LOWER_NOUN = re.compile(r"[a-zà-ÿ][\w'’-]{2,}")
_LOWER_WORD = re.compile(r"[ \t]([a-zà-ÿ][\w'’-]*)")
# A capitalised word opening a name inside a mention's rest ("l'Agence").
_NEXT_NAME = re.compile(rf"(?<![\w-]){_UPPER}")


def _portfolio_end(text: str, at: int, limit: int, within_span: bool,
                   step: re.Pattern[str]) -> int:
    """The end of the portfolio written at ``at`` before ``limit``; ``at`` when none is. Inside
    NER's span (``within_span``) any lower-case word but a people's adjective or a link word
    counts; after a lone noun only one of the adjective endings."""
    first = _FIRST.match(text, at, limit)
    if first is None:
        return at
    end = first.end()
    while True:
        found = step.match(text, end, limit)
        if found is None:
            return end
        lower = found.group("lower")
        if lower is not None and (lower in _LINK_WORDS or lower.endswith(_PEOPLE_ENDINGS) or not (
                within_span or lower.endswith(_ADJECTIVE_ENDINGS))):
            return end
        end = found.end()


@lru_cache(maxsize=1)
def _lone_heads() -> frozenset[str]:
    """Token keys of the organisation heads of the packs that list ministry links: those
    languages write a body's name on in lower case after its head ("Conseil
    constitutionnel"); English heads ("Bank", "Group") are read by no rule here."""
    return frozenset(token_key(h) for rules in all_rules() if rules.entity_words.ministry_links
                     for h in rules.organisation_heads)


def _lone_head_end(text: str, m: Mention, after: re.Pattern[str], step: re.Pattern[str]) -> int:
    """The end of the name a lone ministry noun or head of a body opens: its link and
    capitalised portfolio ("Ministère de l'Intérieur"), else its link and one lower-case noun
    ("Autorité de la concurrence", "Conseil des ministres"), then its adjectives ("Conseil
    constitutionnel", "Autorité palestinienne"); ``m.end`` when none follows."""
    limit = min(len(text), m.end + _AFTER_CHARS)
    end = m.end
    link = after.match(text, m.end, limit)
    if link is not None:
        portfolio = _portfolio_end(text, link.end(), limit, False, step)
        if portfolio > link.end():
            return m.end if _body_or_person(text[link.end():portfolio]) else portfolio
        noun = _LOWER_NOUN.match(text, link.end(), limit)
        if noun is None or noun.group() in _LINK_WORDS:
            return m.end
        end = noun.end()
    while (word := _LOWER_WORD.match(text, end, limit)) is not None and word.group(1).endswith(
            _HEAD_ADJECTIVE_ENDINGS):
        end = word.end()
    return end


def ministry_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` (sorted by start) with each ministry's cut name made whole (module
    docstring); sorted by start."""
    patterns = _patterns()
    if patterns is None or not mentions:
        return mentions
    before, after, step = patterns
    nouns = every_pack(lambda w: w.ministry_nouns)
    out: list[Mention] = []
    absorbed_to = -1
    for m in mentions:
        if m.start < absorbed_to:
            continue  # inside a lone noun's portfolio, now the ministry's name
        if m.text.casefold() in nouns or token_key(m.text) in _lone_heads():
            end = _lone_head_end(text, m, after, step)
            if end > m.end:
                out.append(Mention(m.start, end, text[m.start:end], "ORG", score=m.score))
                absorbed_to = end
                continue
        elif m.text[:1].isupper():
            head = before.search(text, max(0, m.start - _BEFORE_CHARS), m.start)
            if head is not None and not (out and out[-1].end > head.start()):
                whole = _whole_name(text, m, head.start(), step, after)
                if whole is not None:
                    out.extend(whole)
                    continue
        out.append(m)
    return sorted(out, key=lambda x: (x.start, x.end))


def _whole_name(text: str, m: Mention, start: int, step: re.Pattern[str],
                after: re.Pattern[str]) -> list[Mention] | None:
    """The ministry's name for a mention opening with its portfolio, and the owner NER ran
    into it as a mention of its own; None when the mention's rest is another name."""
    end = _portfolio_end(text, m.start, m.end, True, step)
    if end <= m.start or _body_or_person(text[m.start:end]):
        return None  # "le ministère du Hamas": the ministry's owner, linked on its own
    name = Mention(start, end, text[start:end], "ORG", score=m.score)
    rest = text[end:m.end]
    owner_end = len(text[:m.end].rstrip())
    if not rest.strip() or (rest.strip()[0].islower() and after.match(rest) is None):
        # "Santé" and nothing, or lower-case words ("palestinien"), or a second body NER ran
        # on into after "et" ("Santé et l'Agence régionale de santé"), kept on its own
        other = _NEXT_NAME.search(text, end, owner_end)
        return [name] if other is None else [name, _own_mention(text, other.start(), owner_end, m)]
    owner = after.match(text, end, m.end)
    if owner is None:
        return None  # "Justice Éric Dupond-Moretti": another name follows
    return [name, _own_mention(text, owner.end(), owner_end, m)]


def _own_mention(text: str, start: int, end: int, m: Mention) -> Mention:
    """The part of ``m`` from ``start`` to ``end`` as a mention of its own, typed as the
    knowledge base types it where it agrees ("du Qatar" in an ORG NER ran on: a place)."""
    types = kb_types(text[start:end])
    label = cast(EntityType, types.pop()) if len(types) == 1 else m.label
    return Mention(start, end, text[start:end], label, score=m.score)


def _body_or_person(portfolio: str) -> bool:
    """Whether the words after a ministry's noun and link name an organisation or a person of
    the knowledge base ("Hamas"): the ministry's owner, not its portfolio, which is a field
    ("Santé") or at most a place ("de l'Europe et des Affaires étrangères")."""
    return bool(kb_types(portfolio) & {"ORG", "PER"})
