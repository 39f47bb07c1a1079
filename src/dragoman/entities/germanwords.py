"""German word classes that are never names on news, or that stand before a name and are no
part of it (German span shaping, ``germanspans``; issue 15, second pass).

* months and the time words before them ("Mitte Januar", "Ende Juli"): dates, never names;
* diseases ("Pest", "Afrikanische Schweinepest", "Vogelgrippe"): never names nor towns;
* events ("Olympischen Spielen", "Europameisterschaft"): not scored as names (MISC);
* role nouns ("Europameister", "Caritas-Chef", "Moderator", "Glücks-Guru"): a title or
  function before a person's name, cut off and kept as the mention's ``role``;
* organisation descriptors ("Regierungspartei", "Kryptobörse", "Weltklimarat"): a common
  noun before an organisation's name ("Partei Attayar"), cut off.
"""

from __future__ import annotations

from dragoman.language import de

# The German noun classes of the language pack (``dragoman.language.de_nouns``).
WORDS = de.RULES.noun_classes
# Every determiner a common noun stands behind: the definite ones, the pack's noun cues
# ("eine", "seine", "keine"...) and the demonstratives and quantifiers.
ARTICLE_CUES = WORDS.definite_articles | frozenset(de.RULES.noun_cues) | WORDS.determiners
# Those that no name takes ("eine", "seine", "keine", "diese"; not "die": "die Ukraine").
NAMELESS_CUES = ARTICLE_CUES - WORDS.definite_articles
# The pack's auxiliaries and modal verbs: lower-case words before a name that only look like
# inflected adjectives (``germanarticle``).
VERB_FORMS = frozenset(de.RULES.auxiliaries) | frozenset(de.RULES.modal_verbs)
# Prepositions and adverbs that look like inflected adjectives ("gegen" Schalke, "wieder").
ADJECTIVE_LOOKALIKES = WORDS.adjective_lookalikes
# Letters before a compound's head ("Welt|klimarat", "Caritas-|Chef"): fewer make "Rat" of
# "Grat" or "Star" of "Start"-like words. Set by hand.
MIN_PREFIX = 3


def _forms(word: str) -> list[str]:
    low = word.lower().rpartition("-")[2]
    return [low, *(low[: -len(e)] for e in ("es", "s", "n") if low.endswith(e) and len(low) > 4)]


def has_head(word: str, heads: tuple[str, ...]) -> bool:
    """Whether ``word`` (or its last hyphenated part, also inflected) is one of ``heads`` or a
    compound ending in one ("Europameister", "Caritas-Chef", "Schweinepest")."""
    return any(f == h or (f.endswith(h) and len(f) - len(h) >= MIN_PREFIX)
               for f in _forms(word) for h in heads)


def month(word: str) -> bool:
    return word.lower() in WORDS.months


def disease(word: str) -> bool:
    return has_head(word, WORDS.disease_heads)


def event(word: str) -> bool:
    """An event's head word; a fair only as a compound ("Buchmesse"; "Messe Frankfurt" is a firm)."""
    fair = WORDS.fair_head
    return has_head(word, WORDS.event_heads) or (
        bool(fair) and word.lower() != fair and has_head(word, (fair,)))


def role_noun(word: str) -> bool:
    """A capitalised title or function ("Staatspräsident", "Glücks-Guru"); some heads are
    titles only in compounds ("Europameister", "Superstar"; not "Meister Proper", "Star Wars")."""
    return (word[:1].isupper() and word.lower() not in WORDS.compound_only_roles
            and has_head(word, WORDS.role_heads))


def institution(word: str) -> bool:
    """A word that opens a body's name ("Bundesamts", "Zentrum", "Hochschule")."""
    return has_head(word, WORDS.institution_heads)


def body_name(word: str) -> bool:
    """A one-word name of a body that takes an article: a compound of an institution word
    ("der Europarat", "die Bundespsychotherapeutenkammer"; "der Rat" alone is a noun) or a
    federal or European body ("die Bundeswehr", "der Bundesrat", "die Europol")."""
    low = word.lower()
    if role_noun(word):
        return False  # "der Bundestrainer", "des Bundespräsidenten": a title
    return (institution(word) and low.rpartition("-")[2] not in WORDS.institution_heads) or (
        bool(WORDS.body_prefixes) and low.startswith(WORDS.body_prefixes)
        and len(low) > max(map(len, WORDS.body_prefixes)) + MIN_PREFIX)


def org_descriptor(word: str) -> bool:
    return word[:1].isupper() and has_head(word, WORDS.org_descriptor_heads)


def place_descriptor(word: str) -> bool:
    """A common noun before a place's name ("Hochburg", "Hauptstadt"): no part of it."""
    return word[:1].isupper() and has_head(word, WORDS.place_descriptor_heads)


def feminine_name(first: str, last: str) -> bool:
    """A woman's given name in "-a" and a Slavic or Baltic woman's surname: "Paulina Fialkova"."""
    return (first.lower().endswith(("a", "ia")) and len(first) > 2 and len(last) > 5
            and last.lower().endswith(WORDS.feminine_surname_endings))
