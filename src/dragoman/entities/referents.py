"""Document-level resolution before linking: one referent per person, organisation or place
per article.

NER tags each mention on its own, so one person comes out as several: "Marta Kowalczyk"
(PER), "Kowalczyk" (ORG two paragraphs later), "Ambassador Kowalczyk" (a third form). Here
the article's mentions are grouped into referents first:

* titles and honorifics are cut off a name (inside the NER span or written just before it)
  and a title is kept as the person's ``role`` in this article ("Ambassador", "السفير");
* full names of one person are one referent: the same words, or the same surname with
  given names that agree, an initial standing for a name ("J. Ashford", "John Q. Ashford");
  two different given names ("Tom Reyes", "Danny Reyes") are two people;
* a surname alone (any NER type) joins the one person of the article whose full name ends
  with it; with two such people it joins neither;
* the referent's type is decided once, from all its evidence: the NER type of each full
  form (summed scores), the knowledge-base type of the name, titles and honorifics, a given
  name in front, and the speech verbs it takes ("Kowalczyk said") — not per mention.

The linker (``linking.Linker``) then links a referent's head (its longest full form) and
gives every other mention of it the same entity.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from dragoman.entities.compoundnames import merge_compound_surnames
from dragoman.entities.germanlink import genitive_bare
from dragoman.entities.givennames import given_agree
from dragoman.entities.givennames import given_name_clash as given_name_clash  # re-exported
from dragoman.entities.kb import name_key, token_key
from dragoman.entities.listkind import list_kind
from dragoman.entities.nameclass import founds_no_entity, given_name_keys, head_type
from dragoman.entities.nameowners import owner_index
from dragoman.entities.paired import listed_people, placed_alone
from dragoman.entities.personcue import age_follows, speaker_label
from dragoman.entities.reasons import LINK_REASONS as LINK_REASONS  # re-exported
from dragoman.entities.referentorgs import Group as _Group
from dragoman.entities.referentorgs import merge_organisations, organisation_owner
from dragoman.entities.referentvote import Form as _Form
from dragoman.entities.referentvote import KbType as KbType  # re-exported
from dragoman.entities.referentvote import aged as _aged
from dragoman.entities.referentvote import person_by_surname, person_cued, referent_head, surname_of
from dragoman.entities.referentvote import vote as _vote
from dragoman.entities.speechcue import speaks, speech_words
from dragoman.entities.spelling import merge_spellings
from dragoman.entities.spellvariants import merge_spelling_variants
from dragoman.entities.titles import (
    HONORIFICS,
    genitive_place,
    leading_titles,
    list_follows,
    person_role_before,
    plural_title,
    role_of,
    titles_before,
)
from dragoman.entities.titles import only_honorific as only_honorific  # re-exported
from dragoman.entities.tokenize import tokenize
from dragoman.entities.townteams import team_place as team_place  # re-exported
from dragoman.language.rules import LanguageRules, pack_of, rules_for, script_of_language
from dragoman.language.scripts import LATIN
from dragoman.model import EntityType, Mention

_GIVEN_NAMES = given_name_keys()  # the English list and every language pack's
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Referent:
    """One person, organisation or place of an article: its mentions, the head (its
    longest full form, linked first), its type and the role a title gave it."""

    head: Mention
    members: list[Mention] = field(default_factory=list)
    type: EntityType = "MISC"
    role: str | None = None
    key: str = ""  # the head's name key as grouped (the linker may cut the head later)

    @property
    def followers(self) -> list[Mention]:
        """Members that take the head's entity rather than being linked themselves."""
        return [m for m in self.members if m is not self.head]


def find_referents(
    text: str, mentions: list[Mention], language: str | None, kb_type: KbType | None = None
) -> list[Referent]:
    """Group an article's unlinked mentions into referents (see the module docstring).

    Mentions are changed in place: titles cut off (``role`` set), labels set to their
    referent's type. Only referents with more than one mention, or a role, are returned."""
    speech = speech_words(language)
    pack = pack_of(language)  # the article's words of media count (``mediumnames``)
    names: dict[str, int] = {}  # token key -> mentions with that word
    for m in mentions:
        for key in {token_key(m.text[a:b]) for a, b in tokenize(m.text)}:
            names[key] = names.get(key, 0) + 1
    conj = _list_conjunctions(language)
    forms: list[_Form] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.entity_id is None:
            forms.append(_form(text, m, speech, names, conj, language))
    _listed_after_plural_titles(text, forms, conj)
    full: list[list[_Form]] = []  # referents of names of two words or more
    by_words: dict[tuple[str, ...], list[_Form]] = {}  # the group of each full name
    for f in forms:
        if len(f.words) >= 2:
            _place_full(full, by_words, f)
    full = merge_spellings(full, [any(f.mention.label == "PER" for f in g) for g in full], names)
    full = merge_spelling_variants(full, text)
    full = merge_compound_surnames(full, forms)
    groups = [_Group(g) for g in _merge_initials(full)]
    for g in groups:
        g.type = _vote(g.forms, kb_type, heads=True, text=text, pack=pack)
    listed_people(text, groups, mentions, conj,
                  lambda fs: _vote(fs, kb_type, heads=True, text=text, pack=pack))
    groups = merge_organisations(groups, kb_type)
    # Words the text writes in lower case: a full name led by one ("This Easter", "Each
    # Trust") is no person whose surname may stand alone, unless it is a given name ("Will").
    lower = {w for w in _WORD.findall(text) if w.islower()} - _GIVEN_NAMES
    people = [g for g in groups if g.forms[0].words[0] not in lower
              and g.forms[0].words[-1] not in g.forms[0].words[:-1]]
    singles: dict[str, list[_Form]] = {}
    # (head, type) of full names: a one-word form joining a group never becomes its head
    by_initials = owner_index([(referent_head(g.forms).text, g.type) for g in groups])
    # One-word names that some mention calls a person (NER, a title or a speech verb): each
    # mention of that word may then be a first name ("Hunter" LOC beside "Hunter" PER).
    personal = {f.words[0] for f in forms if len(f.words) == 1
                and (f.mention.label == "PER" or f.titled or f.speaks or _aged(f))}
    ending, opening = _by_end_words(people)
    # one-word mentions NER calls a place, by word: "Atlanta" seven times beside one
    # "Midtown Atlanta" is the city, whatever type that longer span took
    # not those listed beside a person ("Sanders or Warren": ``paired``)
    surnames = {g.forms[0].words[-1] for g in people if g.type == "PER"}
    placed, listed = placed_alone(text, forms, surnames, conj)
    lone = Counter((f.words[0], person_cued(f)) for f in forms if len(f.words) == 1)
    places = {m.start for m in mentions if m.label == "LOC"}
    for f in forms:
        if len(f.words) != 1:
            continue
        same_end = ending.get(f.words[0], [])
        mostly_person = lone[(f.words[0], True)] > lone[(f.words[0], False)]
        cued = lone[(f.words[0], True)]
        alone = 0 if f.mention.start in listed else placed[f.words[0]]  # a listed one is the person
        owners = (_surname_owners(same_end, f, kb_type, alone, text, places, mostly_person, cued, pack)
                  or _first_name_owners(opening.get(f.words[0], []), f, kb_type, lower, personal)
                  or _same_type_owners(same_end, f, kb_type))
        if not owners and (organisation := organisation_owner(groups, by_initials, f, kb_type)) is not None:
            owners = [organisation]  # "LAPD", "Simpson" (for "Simpson Oil")
        if len(owners) == 1:
            _join(owners[0], f)
        elif owners and all(g.type == "PER" for g in owners):  # one of two people: linked to neither
            f.mention.label = "PER"
        else:
            singles.setdefault(f.words[0], []).append(f)
    out: list[Referent] = []
    latin = script_of_language(language) == LATIN
    for g in groups:
        out.append(_referent(g.forms, g.type, text, latin))
    for group in singles.values():
        out.append(_referent(group, _vote(group, kb_type, heads=False, text=text, pack=pack), text, latin))
    return [r for r in out if len(r.members) > 1 or r.role]


def _list_conjunctions(language: str | None) -> frozenset[str]:
    """The language's ``list_conjunctions``, casefolded ("and", "und", "et")."""
    rules = rules_for(language)
    return frozenset(c.casefold() for c in rules.list_conjunctions) if rules else frozenset()


def _by_end_words(groups: list[_Group]) -> tuple[dict[str, list[_Group]], dict[str, list[_Group]]]:
    """The full names by their last and by their first word: a one-word form reads only the
    names it may join, not every name of the article."""
    ending: dict[str, list[_Group]] = {}
    opening: dict[str, list[_Group]] = {}
    for g in groups:
        ending.setdefault(g.forms[0].words[-1], []).append(g)
        opening.setdefault(g.forms[0].words[0], []).append(g)
    return ending, opening


def _form(text: str, m: Mention, speech: frozenset[str], names: dict[str, int],
          conj: frozenset[str], language: str | None) -> _Form:
    listed = list_follows(text, m.end, conj)  # a plural title only before a list of names
    inner = leading_titles(m.text, listed)
    if inner and not (m.label == "PER" or _rest_named(m.text, names) or _full_name_after(m.text, inner)):
        inner = []
    role_words = [m.text[a:b] for a, b in inner]
    if inner and inner[-1][1] < len(m.text):
        cut = tokenize(m.text)[len(inner)][0]
        m.start, m.text = m.start + cut, m.text[cut:]
    owned = genitive_place(m.text, language)  # "Präsident Brasiliens": the role's country
    before = titles_before(text, m.start, listed) if not inner and not owned else []
    role_words = [text[a:b] for a, b in before] + role_words
    words = genitive_bare(name_key(m.text).split(), names, language)  # "Mario Draghis"
    plural = any(plural_title(w) for w in role_words)  # "Judges Lee, Ortiz and Hale"
    role = None if plural else role_of(role_words)
    start = before[0][0] if before else m.start
    honorific = any(token_key(w) in HONORIFICS for w in role_words)
    # a role noun before an acronym is its founder's or head's ("fondatrice WARA")
    titled = bool(role_words) or (person_role_before(text, start) and not m.text.isupper() and not owned)
    return _Form(m, words, role, titled, speaks(text, start, m.end, speech), honorific,
                 age_follows(text, m.end, brackets=m.label == "PER") or speaker_label(text, m.start, m.end),
                 plural,
                 list_kind(text, m.start, m.end, language))


def _full_name_after(name: str, titles: list[tuple[int, int]]) -> bool:
    """Whether the title words at the front of a span NER did not call a person lead a full
    name: two capitalised words or more, no organisation's or place's head word among its
    ends ("Bundespräsident Frank-Walter Steinmeier"; not "General Motors", "Minister Street",
    "President Nixon Library")."""
    rest = name[titles[-1][1] :]
    spans = tokenize(rest)
    return len(spans) >= 2 and _capitalised_words(rest) and head_type(rest) is None


def _listed_after_plural_titles(text: str, forms: list[_Form], conj: frozenset[str]) -> None:
    """The names listed after a plural title are titled too ("Judges Lee, Ortiz, and Hale":
    Ortiz and Hale are judges): each next form separated from the one before by a comma, a
    list conjunction of the language (``conj``: its ``list_conjunctions``) or both."""
    listed, end = False, 0
    for f in forms:
        if listed:  # the gap is read only after a plural title: no scan of the whole text
            gap = text[end : f.mention.start]
            words = [w.casefold() for w in _WORD.findall(gap)]
            listed = (len(words) <= 1 and all(w in conj for w in words)
                      and _WORD.sub("", gap).strip(" ,") == "" and gap.strip() != "")
        listed = f.plural or listed
        f.titled = f.titled or listed
        end = f.mention.end


def _rest_named(name: str, names: dict[str, int]) -> bool:
    """Whether the last word of a mention is a word of another mention of the article too
    (then "Ambassador" leads a person's name even where NER typed the span a place; "General
    Motors" keeps its first word)."""
    spans = tokenize(name)
    return bool(spans) and names.get(token_key(name[slice(*spans[-1])]), 0) > 1


def _place_full(groups: list[list[_Form]], by_words: dict[tuple[str, ...], list[_Form]],
                f: _Form) -> None:
    """Add a full name to the group with the same words (``by_words``), else start a group."""
    group = by_words.get(tuple(f.words))
    if group is not None:
        group.append(f)
        return
    groups.append(by_words.setdefault(tuple(f.words), [f]))


def _merge_initials(groups: list[list[_Form]]) -> list[list[_Form]]:
    """Join a full name to the one longer full name its given names agree with ("John
    Ashford", "J. Ashford" into "John Q. Ashford"); none when two longer names would do."""
    order = sorted(range(len(groups)), key=lambda i: -len(groups[i][0].words))
    # only names with one surname and one initial can agree (``given_agree``; "Group", "Bank"
    # end many names): each name is compared with those alone
    alike: dict[tuple[str, str], list[int]] = {}
    for i in order:
        alike.setdefault(_surname_initial(groups[i][0].words), []).append(i)
    merged: dict[int, int] = {}
    for i in order:
        words = groups[i][0].words
        same = alike[_surname_initial(words)]
        hosts = [
            j for j in same
            if j != i and j not in merged and len(groups[j][0].words) >= len(words)
            and groups[j][0].words != words
            and given_agree(words[:-1], groups[j][0].words[:-1])
        ]  # fmt: skip
        if len(hosts) == 1 and not _clashes([groups[j] for j in same], groups[hosts[0]], words):
            merged[i] = hosts[0]
            groups[hosts[0]].extend(groups[i])
    return [g for i, g in enumerate(groups) if i not in merged]


def _surname_initial(words: list[str]) -> tuple[str, str]:
    return words[-1], words[0][:1]


def _clashes(groups: list[list[_Form]], host: list[_Form], words: list[str]) -> bool:
    """Whether another full name with this surname (of ``groups``, the names of its surname
    and initial) disagrees with the host's given names ("J. Reyes" with "John Reyes" and
    "Jane Reyes" both in the article)."""
    host_words = host[0].words
    return any(
        g[0].words[-1] == words[-1] and g[0].words != host_words and g[0].words != words
        and not given_agree(g[0].words[:-1], host_words[:-1])
        and given_agree(words[:-1], g[0].words[:-1])
        for g in groups
    )  # fmt: skip


def _surname_owners(groups: list[_Group], f: _Form, kb_type: KbType | None, placed: int,
                    text: str, places: set[int], mostly_person: bool, cued: int = 0,
                    pack: LanguageRules | None = None) -> list[_Group]:
    """The people of the article whose full name ends with this one word, if it may be one
    of them: not a place that NER also calls a place ("Washington" beside "George
    Washington"), unless a title or speech verb makes it a person. A gazetteer town of that
    name ("Warren", "Garland", "Bush": not the seed knowledge base's) is the person when NER
    calls the word alone a place (``placed`` mentions: not those listed beside other people,
    ``paired``) no more often than the text writes the person's full name, and never when its
    region follows ("Warren, Michigan"; ``places``: starts of place mentions). A preposition
    before proves nothing: "a rally in Warren", but "faith in Bush". A full name NER typed
    otherwise is the one of ``person_by_surname`` when most mentions of the word alone are
    cued as a person's (``mostly_person``; ``pack``: the article's language pack)."""
    owners = [g for g in groups if g.type == "PER" and surname_of(g.forms[0], f, text)]
    found = [g for g in groups
             if mostly_person and person_by_surname(g.forms[0], f, kb_type, cued, text, pack)]
    if not owners and len(found) == 1:
        owners, found[0].type = found, "PER"  # "Gal Abdush" LOC, then "Abdush said"
    m = f.mention
    if not owners or m.label != "LOC" or f.titled or f.speaks or kb_type is None:
        return owners
    if _region_after(text, m, places) or kb_type(m.text, False) == "LOC":
        return []
    town = kb_type(m.text, True) == "LOC"
    named = max(sum(len(form.words) > 1 for form in g.forms) for g in owners)
    return [] if town and placed > named else owners


def _region_after(text: str, m: Mention, places: set[int]) -> bool:
    """Whether a place follows the mention after a comma or in brackets, its region or
    country ("Warren, Michigan", "Jackson (Mississippi)"; ``places``: starts of place
    mentions): the mention is a town, not a surname."""
    return text[m.end : m.end + 2] in (", ", " (") and m.end + 2 in places


def _same_type_owners(groups: list[_Group], f: _Form, kb_type: KbType | None) -> list[_Group]:
    """The full names of the article that end with this one word and that NER types as it
    types the word ("Kaitlan Collins" and "Collins", both ORG to NER: one referent, whatever
    its type), when the word is no name the knowledge base knows on its own ("York" beside
    "New York") and the full name is capitalised words only ("Chase & Status" joins two
    names), none an organisation's or a place's head word."""
    if kb_type is None or kb_type(f.mention.text, True) is not None:
        return []
    return [g for g in groups if g.type == f.mention.label and g.type != "PER"
            and len(g.forms[0].words) >= 2 and g.forms[0].words[-1] == f.words[0]
            and _capitalised_words(g.forms[0].mention.text)
            and head_type(g.forms[0].mention.text) is None]


def _capitalised_words(name: str) -> bool:
    return all(name[a].isupper() for a, _ in tokenize(name))


def _first_name_owners(groups: list[_Group], f: _Form, kb_type: KbType | None,
                       lower: set[str], personal: set[str]) -> list[_Group]:
    """The one person of the article whose full name begins with this one word ("Hunter"
    after "Hunter Biden"), when some mention of the word is a person (``personal``: NER's
    type, a title or a speech verb) or it is a common given name, the text never writes it
    in lower case, and it is no place NER also calls one; none when two people share it. A
    word the knowledge base does not know may be the given name of a two-word name too
    ("Mercedes" after "Mercedes Schlapp"; not "Harbourside" of "Harbourside Tomas Eklund",
    nor "Welsh" of "Welsh Conservative", a name that founds no entity)."""
    if f.words[0] in lower:
        return []
    cued = f.words[0] in personal or f.words[0] in _GIVEN_NAMES
    unknown = kb_type is not None and kb_type(f.mention.text, True) is None
    owners = [g for g in groups if (g.type == "PER" or _untyped_person(g, f, kb_type))
              and len(g.forms[0].words) >= 2
              and g.forms[0].words[0] == f.words[0]
              and (cued or (unknown and len(g.forms[0].words) == 2
                            and not founds_no_entity(g.forms[0].mention.text, "PER")))]
    m = f.mention
    if (owners and m.label == "LOC" and not (f.titled or f.speaks) and kb_type is not None
            and kb_type(m.text, True) == "LOC"):
        return []
    return owners[:1] if len(owners) == 1 else owners


def _join(group: _Group, f: _Form) -> None:
    """Add a one-word form to its owner; an honorific or an age settles the type (``_vote``)."""
    group.forms.append(f)
    if f.honorific or _aged(f):
        group.type = "PER"


def _untyped_person(g: _Group, f: _Form, kb_type: KbType | None) -> bool:
    """Whether a full name NER alone typed otherwise is a person's all the same: its first
    word stands alone with an honorific, or with an age when that word names no place ("Mina
    Starsiak Hawk" ORG in photo credits, then "Mina, 35,"; "Charlotte, 3," is no Charlotte
    Hornets), and neither a head word nor the knowledge base types the name."""
    if not (f.honorific or _aged(f)) or kb_type is None:
        return False  # the usual case: no evidence, nothing to look up
    head = g.forms[0].mention.text
    if head_type(head) is not None or kb_type(head, False) is not None:
        return False
    return f.honorific or kb_type(f.mention.text, True) is None


def _referent(forms: list[_Form], kind: EntityType, text: str, latin: bool) -> Referent:
    head = referent_head(forms, text, latin)
    roles = [f.role for f in forms if f.role] if kind == "PER" else []
    for f in forms:
        f.mention.label = kind
        if kind == "PER" and f.role:
            f.mention.role = f.role
    return Referent(head, [f.mention for f in forms], kind, roles[0] if roles else None,
                    name_key(head.text))
