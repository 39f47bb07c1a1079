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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from dragoman.entities.kb import name_key, name_skeleton, token_key, variant_key
from dragoman.entities.memory import ARABIC
from dragoman.entities.nameclass import abbreviation_owner, given_name_keys, head_type, organisation_host
from dragoman.entities.reasons import LINK_REASONS as LINK_REASONS  # re-exported
from dragoman.entities.speechcue import speaks, speaks_after, speech_words
from dragoman.entities.tokenize import tokenize
from dragoman.entities.transliterate import name_script
from dragoman.language.rules import all_rules
from dragoman.model import EntityType, Mention

# Evidence weights for a referent's type, in units of one NER mention of score 1. Chosen by
# hand, not fitted: a title or honorific (written for people only) outweighs two NER votes;
# a given name in front ("Morgan Stanley" has one too) and the KB type of a full name (not
# of a one-word name: "Georgia", "Jordan") count as one and two; a speech verb as half a
# vote, as organisations speak too ("Chelsea said").
TITLE_WEIGHT = 2.0
GIVEN_NAME_WEIGHT = 1.0
SPEECH_WEIGHT = 0.5
KB_WEIGHT = 2.0
# An organisation's or place's head word in a form ("Fox News", "Rubio Avenue"; ``nameclass.
# head_type``) weighs as a title: people's names hold none. Not for a form NER calls MISC
# (events and works have such words too). Chosen by hand, not fitted.
HEAD_WEIGHT = 2.0
# Most title words read before a name ("Deputy Foreign Minister").
TITLE_MAX_WORDS = 3

# Titles written before a person's name that are the person's role, compared by
# ``token_key`` (which folds case, Arabic letter forms and the article ال): every language
# pack's ``titles``, ``role_titles`` and ``role_modifiers``; the packs' ``honorifics`` (a
# person, no role: "Mr", "السيد") are taken out of them; the modifiers are a role only with
# another title word ("Foreign Minister"), never alone.
ROLE_TITLES = frozenset(token_key(w) for rules in all_rules()
                        for w in (*rules.titles, *rules.role_titles, *rules.role_modifiers))
HONORIFICS = frozenset(token_key(w) for rules in all_rules() for w in rules.honorifics)
_ONLY_WITH_OTHERS = frozenset(token_key(w) for rules in all_rules() for w in rules.role_modifiers)
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


KbType = Callable[[str, bool], str | None]  # (name, gazetteer towns too) -> KB type, or None


def find_referents(
    text: str, mentions: list[Mention], language: str | None, kb_type: KbType | None = None
) -> list[Referent]:
    """Group an article's unlinked mentions into referents (see the module docstring).

    Mentions are changed in place: titles cut off (``role`` set), labels set to their
    referent's type. Only referents with more than one mention, or a role, are returned."""
    speech = speech_words(language)
    names: dict[str, int] = {}  # token key -> mentions with that word
    for m in mentions:
        for key in {token_key(m.text[a:b]) for a, b in tokenize(m.text)}:
            names[key] = names.get(key, 0) + 1
    forms: list[_Form] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if m.entity_id is None:
            forms.append(_form(text, m, speech, names))
    full: list[list[_Form]] = []  # referents of names of two words or more
    by_words: dict[tuple[str, ...], list[_Form]] = {}  # the group of each full name
    for f in forms:
        if len(f.words) >= 2:
            _place_full(full, by_words, f)
    groups = [_Group(g) for g in _merge_initials(full)]
    for g in groups:
        g.type = _vote(g.forms, kb_type, heads=True)
    groups = _merge_organisations(groups)
    # Words the text writes in lower case: a full name led by one ("This Easter", "Each
    # Trust") is no person whose surname may stand alone, unless it is a given name ("Will").
    lower = {w for w in _WORD.findall(text) if w.islower()} - _GIVEN_NAMES
    people = [g for g in groups if g.forms[0].words[0] not in lower
              and g.forms[0].words[-1] not in g.forms[0].words[:-1]]
    singles: dict[str, list[_Form]] = {}
    # (head, type) of full names: a one-word form joining a group never becomes its head
    heads = [(_referent_head(g.forms).text, g.type) for g in groups]
    # One-word names that some mention calls a person (NER, a title or a speech verb): each
    # mention of that word may then be a first name ("Hunter" LOC beside "Hunter" PER).
    personal = {f.words[0] for f in forms if len(f.words) == 1
                and (f.mention.label == "PER" or f.titled or f.speaks)}
    for f in forms:
        if len(f.words) != 1:
            continue
        owners = (_surname_owners(people, f, kb_type)
                  or _first_name_owners(people, f, kb_type, lower, personal))
        if not owners and (organisation := _organisation_owner(groups, heads, f, kb_type)) is not None:
            owners = [organisation]  # "LAPD", "Simpson" (for "Simpson Oil")
        if len(owners) == 1:
            owners[0].forms.append(f)
        elif owners:  # one of two people of the article: a person, linked to neither
            f.mention.label = "PER"
        else:
            singles.setdefault(f.words[0], []).append(f)
    out: list[Referent] = []
    for g in groups:
        out.append(_referent(g.forms, g.type))
    for group in singles.values():
        out.append(_referent(group, _vote(group, kb_type, heads=False)))
    return [r for r in out if len(r.members) > 1 or r.role]


@dataclass(slots=True)
class _Form:
    """A mention with the evidence read around it."""

    mention: Mention
    words: list[str]  # token keys of the name, titles and possessive cut off
    role: str | None
    titled: bool  # a title or honorific before it
    speaks: bool  # a speech verb next to it
    honorific: bool = False  # Mr, Ms, Dr, السيد …


@dataclass(slots=True)
class _Group:
    forms: list[_Form]
    type: EntityType = "MISC"


def _form(text: str, m: Mention, speech: frozenset[str], names: dict[str, int]) -> _Form:
    inner = _leading_titles(m.text) if m.label == "PER" or _rest_named(m.text, names) else []
    role_words = [m.text[a:b] for a, b in inner]
    if inner and inner[-1][1] < len(m.text):
        cut = tokenize(m.text)[len(inner)][0]
        m.start, m.text = m.start + cut, m.text[cut:]
    before = _titles_before(text, m.start) if not inner else []
    role_words = [text[a:b] for a, b in before] + role_words
    words = name_key(m.text).split()
    role = _role(role_words)
    start = before[0][0] if before else m.start
    honorific = any(token_key(w) in HONORIFICS for w in role_words)
    return _Form(m, words, role, bool(role_words), speaks(text, start, m.end, speech), honorific)


def _rest_named(name: str, names: dict[str, int]) -> bool:
    """Whether the last word of a mention is a word of another mention of the article too
    (then "Ambassador" leads a person's name even where NER typed the span a place; "General
    Motors" keeps its first word)."""
    spans = tokenize(name)
    return bool(spans) and names.get(token_key(name[slice(*spans[-1])]), 0) > 1


def _leading_titles(name: str) -> list[tuple[int, int]]:
    """Spans of the title words at the front of a mention (never all of it); one capitalised
    word may lead them when a full name follows ("Economics Adviser Ann Lee")."""
    spans = tokenize(name)
    words = [name[a:b] for a, b in spans]
    lead = int(len(words) > 3 and words[0][:1].isupper() and not _title_word(words[0])
               and _title_word(words[1]))
    n = lead
    while n < len(spans) - 1 and n < TITLE_MAX_WORDS and _title_word(words[n]):
        n += 1
    return spans[:n] if n > lead and (not lead or len(spans) - n >= 2) else []


def only_honorific(name: str) -> bool:
    """A mention that is an honorific alone ("M.", "Mr", "السيد"): NER's piece of "M. Caldwell"."""
    return token_key(name.strip().rstrip(".")) in HONORIFICS


def _titles_before(text: str, start: int) -> list[tuple[int, int]]:
    """Spans of the title words written right before ``start`` (spaces between only, or the
    dot of an abbreviated honorific: "M. Caldwell", "Dr. Okafor")."""
    spans = tokenize(text, max(0, start - 60), start)
    out: list[tuple[int, int]] = []
    end = start
    for a, b in reversed(spans):
        gap = text[b:end].strip()
        if text[a:b] == "." and not gap:
            continue  # the dot of "M.", judged with the word before it
        gap = gap.lstrip(".") if token_key(text[a:b]) in HONORIFICS and not out else gap
        if len(out) == TITLE_MAX_WORDS or gap or not _title_word(text[a:b]):
            break
        out.insert(0, (a, b))
        end = a
    return out


def _title_word(word: str) -> bool:
    """A title before a name: capitalised in Latin script; in Arabic, definite ("الرئيس
    ماكرون"; the construct "رئيس الوزراء", "سفير فرنسا" heads an organisation or place)."""
    key = token_key(word)
    if key in HONORIFICS:
        return True
    if key not in ROLE_TITLES:
        return False
    if ARABIC.match(word):
        return word.lstrip("وف").startswith("ال")
    return word[:1].isupper()


def _role(words: list[str]) -> str | None:
    """The role the title words name; None for honorifics alone or a lone modifier."""
    kept = [w for w in words if token_key(w) not in HONORIFICS]
    if not kept or all(token_key(w) in _ONLY_WITH_OTHERS for w in kept):
        return None
    return " ".join(kept)


def _given_agree(a: list[str], b: list[str], spelling: bool = False) -> bool:
    """Given names (all words but the surname) of two full names can be one person's:
    the shorter list matches words of the longer in order, a word matching its initial;
    ``spelling``: or a spelling of it (same variant key; in another script or in Arabic,
    same consonant skeleton: ``ماجنوس`` ~ ``ماغنوس`` ~ Magnus)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    same = _same_spelling if spelling else _same_given
    if short and not same(short[0], long[0]):
        return False  # only middle names may be left out ("Harbourside Tomas" is not "Tomas")
    i = 0
    for word in short:
        while i < len(long) and not same(word, long[i]):
            i += 1
        if i == len(long):
            return False
        i += 1
    return True


def _same_given(a: str, b: str) -> bool:
    if a == b:
        return True
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _same_spelling(a: str, b: str) -> bool:
    if _same_given(a, b) or variant_key(a) == variant_key(b):
        return True
    loose = name_script(a) != name_script(b) or bool(ARABIC.match(a))
    return loose and name_skeleton(a) == name_skeleton(b) != ""


def given_name_clash(a: str, b: str) -> bool:
    """Two full names with the same surname and given names that cannot be one person's
    ("Tom Reyes", "Danny Reyes"; not "ماجنوس كارلسن", "ماغنوس كارلسن"); False when either
    is one word or the surnames differ."""
    wa, wb = name_key(a).split(), name_key(b).split()
    if len(wa) < 2 or len(wb) < 2:
        return False
    if wa[-1] != wb[-1] and name_skeleton(wa[-1]) != name_skeleton(wb[-1]):
        return False
    return not _given_agree(wa[:-1], wb[:-1], spelling=True)


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
    merged: dict[int, int] = {}
    for i in order:
        words = groups[i][0].words
        hosts = [
            j for j in order
            if j != i and j not in merged and len(groups[j][0].words) >= len(words)
            and groups[j][0].words != words and groups[j][0].words[-1] == words[-1]
            and _given_agree(words[:-1], groups[j][0].words[:-1])
        ]  # fmt: skip
        if len(hosts) == 1 and not _clashes(groups, hosts[0], words):
            merged[i] = hosts[0]
            groups[hosts[0]].extend(groups[i])
    return [g for i, g in enumerate(groups) if i not in merged]


def _clashes(groups: list[list[_Form]], host: int, words: list[str]) -> bool:
    """Whether another full name with this surname disagrees with the host's given names
    ("J. Reyes" with "John Reyes" and "Jane Reyes" both in the article)."""
    host_words = groups[host][0].words
    return any(
        g[0].words[-1] == words[-1] and g[0].words != host_words and g[0].words != words
        and not _given_agree(g[0].words[:-1], host_words[:-1])
        and _given_agree(words[:-1], g[0].words[:-1])
        for g in groups
    )  # fmt: skip


def _surname_owners(groups: list[_Group], f: _Form, kb_type: KbType | None) -> list[_Group]:
    """The people of the article whose full name ends with this one word, if it may be one
    of them: not a place that NER also calls a place ("Washington" beside "George
    Washington"), unless a title or speech verb makes it a person."""
    owners = [g for g in groups if g.type == "PER" and g.forms[0].words[-1] == f.words[0]]
    m = f.mention
    if (owners and m.label == "LOC" and not (f.titled or f.speaks) and kb_type is not None
            and kb_type(m.text, True) == "LOC"):
        return []
    return owners


def _first_name_owners(groups: list[_Group], f: _Form, kb_type: KbType | None,
                       lower: set[str], personal: set[str]) -> list[_Group]:
    """The one person of the article whose full name begins with this one word ("Hunter"
    after "Hunter Biden"), when some mention of the word is a person (``personal``: NER's
    type, a title or a speech verb) or it is a common given name, the text never writes it
    in lower case, and it is no place NER also calls one; none when two people share it."""
    if f.words[0] in lower or not (f.words[0] in personal or f.words[0] in _GIVEN_NAMES):
        return []
    owners = [g for g in groups if g.type == "PER" and len(g.forms[0].words) >= 2
              and g.forms[0].words[0] == f.words[0]]
    m = f.mention
    if (owners and m.label == "LOC" and not (f.titled or f.speaks) and kb_type is not None
            and kb_type(m.text, True) == "LOC"):
        return []
    return owners[:1] if len(owners) == 1 else owners


def _merge_organisations(groups: list[_Group]) -> list[_Group]:
    """Join an organisation's name to the one longer one it is part of (``organisation_host``)."""
    merged: set[int] = set()
    orgs = [i for i, g in enumerate(groups) if g.type == "ORG"]  # only these host or join
    for i in orgs if len(orgs) > 1 else ():
        words = groups[i].forms[0].words
        hosts = [j for j in orgs if j != i and j not in merged and len(groups[j].forms[0].words) > len(words)]
        names = [(groups[j].forms[0].words, "ORG") for j in hosts]
        if (host := organisation_host(words, "ORG", names)) is not None:
            merged.add(i)
            groups[hosts[host]].forms.extend(groups[i].forms)
    return [g for i, g in enumerate(groups) if i not in merged]


def _organisation_owner(groups: list[_Group], names: Sequence[tuple[str, str]], f: _Form,
                        kb_type: KbType | None) -> _Group | None:
    """The one organisation or place of the article a one-word mention abbreviates
    (``nameclass.abbreviation_owner``; ``names``: each group's head and type), unless it is
    a known name or a town's ("Newport")."""
    if kb_type is not None and kb_type(f.mention.text, True) is not None:
        return None
    owner = abbreviation_owner(f.mention.text, f.mention.label, names)
    return groups[owner] if owner is not None else None


def _vote(forms: list[_Form], kb_type: KbType | None, heads: bool) -> EntityType:
    """The type of a referent from all its evidence (see the module docstring and the
    weights above). ``heads``: the forms are full names (a given name in front counts).
    An honorific ("Mr.", "السيد") settles it: it is written before people only."""
    if any(f.honorific for f in forms):
        return "PER"
    votes: dict[str, float] = {}
    for f in forms:
        votes[f.mention.label] = votes.get(f.mention.label, 0.0) + f.mention.score
        if f.titled:
            votes["PER"] = votes.get("PER", 0.0) + TITLE_WEIGHT
        if f.speaks:
            votes["PER"] = votes.get("PER", 0.0) + SPEECH_WEIGHT
        head_kind = head_type(f.mention.text) if f.mention.label != "MISC" else None
        if head_kind is not None:  # a MISC name stays one ("Europa League", a competition)
            votes[head_kind] = votes.get(head_kind, 0.0) + HEAD_WEIGHT
    head = max(forms, key=lambda f: len(f.words))
    if heads and head.words[0] in _GIVEN_NAMES:
        votes["PER"] = votes.get("PER", 0.0) + GIVEN_NAME_WEIGHT
    if heads and kb_type is not None:
        known = kb_type(head.mention.text, False)
        if known is not None:
            votes[known] = votes.get(known, 0.0) + KB_WEIGHT
    first: dict[str, int] = {f.mention.label: n for n, f in reversed(list(enumerate(forms)))}
    best = max(votes, key=lambda t: (votes[t], -first.get(t, len(forms))))
    return best if best in ("PER", "ORG", "LOC", "MISC") else "MISC"  # type: ignore[return-value]


def _referent_head(forms: list[_Form]) -> Mention:
    return max(forms, key=lambda f: (len(f.words), -f.mention.start)).mention


def _referent(forms: list[_Form], kind: EntityType) -> Referent:
    head = _referent_head(forms)
    roles = [f.role for f in forms if f.role] if kind == "PER" else []
    for f in forms:
        f.mention.label = kind
        if kind == "PER" and f.role:
            f.mention.role = f.role
    return Referent(head, [f.mention for f in forms], kind, roles[0] if roles else None,
                    name_key(head.text))


def cued_one_words(text: str, mentions: list[Mention], language: str | None) -> set[str]:
    """Name keys of the article's one-word mentions that some evidence besides NER calls a
    name: a title or honorific written before one of them ("Senator Navarro", "Mr Navarro"),
    or a speech verb right after one ("Navarro said"; not "told Salon", where the name is
    the one spoken to)."""
    speech = speech_words(language)
    out: set[str] = set()
    for m in mentions:
        key = name_key(m.text)
        if not key or " " in key or key in out:
            continue
        if m.role or _titles_before(text, m.start) or speaks_after(text, m.end, speech):
            out.add(key)
    return out
