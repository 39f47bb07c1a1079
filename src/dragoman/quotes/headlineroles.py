"""A role speaker of the headline ("Governor says …", "Bürgermeister kritisiert …", "Le
ministre annonce …") that nothing named before it resolves: the person the body then names
with that role word right before the name ("Governor Jay Inslee appointed …"). News names the
person of a headline's role in its first paragraphs; the role word standing right before a
name is how it does so in every language of the packs."""

from __future__ import annotations

from functools import lru_cache

from dragoman.language.normalize import normalize_for_match
from dragoman.model import Mention
from dragoman.quotes.complements import DETERMINERS
from dragoman.quotes.lexicon import MIN_COMPOUND_LEAD, Lexicon, Word, words
from dragoman.quotes.mentions import Mentions, Speaker

# How far into the body, in characters after the headline, a name with the headline's role
# word may stand: the person of "Governor says …" (pool A, ua106652) is named 180 characters
# into the body; news names a headline's speaker in its first paragraphs, and a name further
# on more likely belongs to another holder of the role.
FORWARD_ROLE_REACH = 1500
# Longest first line read as a headline, in characters: news headlines run to about 150
# (PolNeAR's, pool A's); a longer first line is a paragraph of the body, and the bound keeps
# the search for the line's end off a long text written without line breaks.
MAX_HEADLINE_CHARS = 400


def headline_role_holder(text: str, speaker: Speaker, lex: Lexicon,
                         mentions: Mentions) -> Speaker | None:
    """The person the body names with the role word of ``speaker`` (a role phrase of the
    text's first line, a headline of at most ``MAX_HEADLINE_CHARS``) right before the name,
    within ``FORWARD_ROLE_REACH`` characters after that line; None when the speaker is not in
    the first line, its head is no role of one person, no such name follows, or the body so
    names two different people (which of them the headline means is unknown)."""
    line_end = text.find("\n", 0, MAX_HEADLINE_CHARS)
    if line_end < 0 or speaker.end > line_end:
        return None
    role = _role_words(text, speaker, lex)
    if not role:
        return None
    found: list[Mention] = []
    for m in mentions.within(speaker.end, line_end + FORWARD_ROLE_REACH):
        if m.label == "PER" and _named_with(text, m, role, lex):
            found.append(m)
    people = {_identity(m) for m in found}
    if len(people) != 1:
        return None
    return mentions.speaker(found[0])


def _role_words(text: str, speaker: Speaker, lex: Lexicon) -> list[Word]:
    """The words of the role phrase up to its head, the role of one person ("Italian Prime
    Minister" of "the Italian Prime Minister of …"); none when the head is no such role."""
    found = [w for w in words(text, speaker.start, speaker.end) if w.key not in DETERMINERS]
    links = _keys(lex.rules.speaker_group_links)
    cut = next((n for n, w in enumerate(found) if w.key in links), len(found))
    found = found[:cut]
    if not found or not person_role(found[-1].key, lex):
        return []
    return found


def person_role(key: str, lex: Lexicon) -> bool:
    """A role naming one person (the pack's ``person_roles`` or occupations); where nouns are
    capitalised, also a compound ending in one."""
    if key in lex.person_roles or key in _keys(lex.rules.name_occupations):
        return True
    return lex.rules.capitalised_nouns and any(  # "Oberbürgermeister", "Konzernchef"
        key[i:].lstrip("-") in lex.person_roles for i in range(MIN_COMPOUND_LEAD, len(key) - 2))


@lru_cache(maxsize=64)
def _keys(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize_for_match(x) for x in items)


def _named_with(text: str, m: Mention, role: list[Word], lex: Lexicon) -> bool:
    """``m`` stands right after the role's head word (or holds it before a name: "Governor
    Jay Inslee", "Finance Minister Ann Lee" as one mention), and the words before that head
    agree with the role's: a different capitalised word there makes another office ("Prime
    Minister Ann Lee" is not the "Foreign Minister" of the headline)."""
    inside = words(text, m.start, m.end)
    held = next((w for w in reversed(inside[:-1]) if w.key == role[-1].key), None)
    if held is not None:
        before_end = held.start
    else:
        last = words(text, max(0, m.start - 2 * len(role[-1].text) - 2), m.start)[-1:]
        if not last or last[0].key != role[-1].key or not _spaces(text, last[0].end, m.start):
            return False
        before_end = last[0].start
    return _modifiers_agree(text, before_end, role[:-1], lex)


def _modifiers_agree(text: str, end: int, modifiers: list[Word], lex: Lexicon) -> bool:
    """Walking back from ``end``: each word equal to the headline's modifier before it, until
    the body's word is no part of a title (lower case, a determiner, across punctuation) or
    the headline's modifiers run out. Another office: a capitalised word that differs from the
    headline's modifier there, or a word of the pack's ``role_modifiers`` on one side only
    ("Former Governor Ann Lee", "Deputy Mayor Tom Ray" for a headline's "Governor", "Mayor";
    "President Ann Lee" for its "Vice President"). A possessive modifier ("Ukraine's") names
    no office, and ends the comparison."""
    offices = _keys(lex.rules.role_modifiers)
    before = words(text, max(0, end - 40 * (len(modifiers) + 1)), end)
    owners = [n for n, w in enumerate(modifiers) if w.key.endswith(("'s", "’s"))]
    mods = modifiers[owners[-1] + 1:] if owners else list(modifiers)  # after "Ukraine's"
    while mods and before:
        word = before[-1]
        if not _spaces(text, word.end, end) or word.key in DETERMINERS or (
                word.key != mods[-1].key):
            break
        before.pop()
        mods.pop()
        end = word.start
    if any(w.key in offices for w in mods):
        return False  # the headline's "Vice" President, not the body's President
    if not before or not _spaces(text, before[-1].end, end) or before[-1].key in DETERMINERS:
        return True
    word = before[-1]
    if word.key in offices:
        return False  # the body's "Former" Governor
    return not mods or not word.text[:1].isupper()


def _spaces(text: str, start: int, end: int) -> bool:
    gap = text[start:end]
    return bool(gap) and gap.isspace() and "\n" not in gap


def _identity(m: Mention) -> str:
    """The person of ``m`` by its last word: "Jay Inslee" and "Governor Inslee" are one
    (the entity ids of one person may differ where linking missed)."""
    return normalize_for_match(m.text.split()[-1]) if m.text.split() else m.text


__all__ = ["FORWARD_ROLE_REACH", "headline_role_holder"]
