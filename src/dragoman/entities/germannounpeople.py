"""German words the tagger types as people that the page shows to be laws, job titles, nouns
or products (issue 15; read off German pages of no evaluation set, ``language/de_lawjobs``):

* a law: a span ending in a law's head ("Infektionsschutzgesetz", "das Moore'sche
  Satiregesetz") or a law's camel-case abbreviation ("NetzDG", "IfSG", "StGB") is a work of
  law, typed MISC whatever the tagger said; an abbreviation closing on a lower-case letter and
  "G"/"O" ("UrhG", but a firm's "InnoG", a union's "VdG") only where the page cites a law
  around it ("§ 97 UrhG");
* a job title: an English one with no given name ("Senior Researcher", "Chief Technology
  Officer") goes; a German title compound ("Pressesprecherin", "des Bundespräsidenten",
  "Wien-Landesgeschäftsführerin") typed a person with no given name goes unless the page writes
  it after a given name or title or as a named person's surname; title words closing a span
  after a given name and surname are cut off ("Alexandra Weber Stellvertretende
  Pressesprecherin" -> "Alexandra Weber"). Role heads surnames share ("Burmeister",
  "Springer") and uncompounded titles ("Richter", "Kardinal") stay;
* a title the tagger split from the person after it: alone it goes ("[Kardinal] [Parolin]");
  a church title after a given name takes the surname after it ("Pietro Kardinal Parolin");
* a noun the page uses as one: a single word, no given name, never after a title or given name
  on the page, written as a plural ("die hohen Krankenhauskosten": a plural determiner before
  an adjective in "-en"; a name takes no plural, save a family's "-s" plural: "die beiden
  Kennedys"; no verb after a pronoun subject: "Alle lieben Messi", "Die meisten wählen Merz"),
  as the second part of a truncated compound
  ("Behandlungs- bzw. Krankenhauskosten"), after a contracted article ("im Theater"), or in a
  list of three or more with two untagged common nouns, none a role's or body's ("Mehl, Zucker
  und Vanilleextrakt"; two conjuncts prove nothing: "die Ministerin und Wagenknecht");
* a product with a version: a single word, no given name, that the page writes each time with
  a number right after it ("Office 365") is the product named with the number, typed MISC; a
  year ("Merkel 2005") or a count of a noun ("Kane 3 Tore") is no version.

Surnames that look like compounds ("Zimmermann", "Feuerstein", "Wagenknecht") are never read
as nouns by their letters: only by how the page uses them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from dragoman.entities import germanarticle, germanwords
from dragoman.entities.germanlexicon import given_name
from dragoman.entities.germanwords import WORDS
from dragoman.language.de_lawjobs import (
    COMPOUND_JOINERS,
    CONTRACTED_ARTICLES,
    COORDINATORS,
    EN_JOB_HEADS,
    EN_JOB_RANKS,
    EN_PREPOSITIONS,
    EXTRA_ROLE_HEADS,
    INFIX_TITLES,
    LAW_ABBREVIATION,
    LAW_CONTEXT,
    LAW_HEADS,
    PLURAL_DETERMINERS,
    PRONOUN_DETERMINERS,
    PRONOUN_HEADS,
    RELATIVE_DETERMINERS,
    SINGULAR_EN_DETERMINERS,
    SURE_LAW_ABBREVIATION,
    SURNAME_ROLE_HEADS,
)
from dragoman.model import Mention

# Letters before a role head for a word to be a title compound ("Presse|sprecherin"); shorter
# ones are surnames' ("Hof|richter" stays rare enough; "Bischof" alone is no compound).
MIN_TITLE_PREFIX = 3
# Words of an English job title ("Chief Technology Officer", "Senior Vice President of Sales").
MAX_JOB_WORDS = 6
# Lower-case words read back between a plural determiner and the noun ("die gut informierten",
# "die hohen stationären").
MAX_MODIFIERS = 3
# Share of a word's spots on the page written with a number after it for the word to be a
# versioned product (review, rev_ger2: a pool A page has 21 "Office 365" of 25 "Office"; a
# grade list "Kimmich 2" beside "Kimmich lief" is half).
VERSION_SHARE = 0.5
# Characters read back before an abbreviation in brackets for the name it stands for.
LOOK_BACK = 60
# Characters either side of a camel-case abbreviation of no sure law shape searched for a law's
# context ("§ 97 UrhG", "Paragraf 17 InsO"; r2ger probes: a cited clause sits within 40).
LAW_CONTEXT_REACH = 40
# Letters of a name's stem for an "-s" plural to be a family's ("die Kennedys"; "Os" is none).
MIN_FAMILY_STEM = 3
# Spots of a word, each with the same year after it, for the year to be a product's version
# ("Photoshop 2024" twice; rev_r2ger probes: one "Kohl 1990" is a date).
MIN_YEAR_VERSIONS = 2
# A version number right after the word ("Office 365", "Windows 11"), no score or decimal
# ("Zverev 6:3", "Kobayashi 285,5").
_SURNAME_AFTER = re.compile(r" ([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\b")
_NUMBER_AFTER = re.compile(r" (\d{1,4})(?![\d:/]|[.,]\d)")
# A year after a name is a date or an era ("Merkel 2005", "Scholz 2021"), no version.
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")
# The word after a number: a counted noun ("Kane 3 Tore", "Schweinsteiger 31 Jahre").
_WORD_AFTER = re.compile(r" ?([A-ZÄÖÜ][a-zäöüß]+|%)")


# Lower-case words in "-en" that are no adjective before a noun: auxiliaries, prepositions
# ("gegen", "wegen") and determiners ("einen", "keinen", "den": "die keinen Merz wollen").
_NO_ADJECTIVES = (germanwords.VERB_FORMS | germanwords.ADJECTIVE_LOOKALIKES | EN_PREPOSITIONS
                  | SINGULAR_EN_DETERMINERS)


def _plain(word: str) -> str:
    return germanarticle.plain(word).strip(".,;:")


def law(text: str, page: str = "") -> bool:
    """A law's name: its last word ends in a law head, or is a law's abbreviation the ``page``
    defines as no other name in brackets ("Landesanstalt für Gewässerschutz (LfG)")."""
    last = _plain(text.split()[-1]) if text.split() else ""
    if germanwords.has_head(last, LAW_HEADS):
        return True
    if not LAW_ABBREVIATION.match(last) or not (SURE_LAW_ABBREVIATION.search(last)
                                                 or _law_context(page, last)):
        return False
    defined = [page[max(0, k - LOOK_BACK):k].split() for k in _bracketed(page, last)]
    return all(germanwords.has_head(_plain(w[-1]), LAW_HEADS) for w in defined if w)


def _law_context(page: str, word: str) -> bool:
    """The ``page`` cites a law around some spot of ``word`` ("§ 97 UrhG", "gemäß InsO")."""
    return any(LAW_CONTEXT.search(page, max(0, spot.start() - LAW_CONTEXT_REACH),
                                  spot.end() + LAW_CONTEXT_REACH)
               for spot in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w])", page))


def _bracketed(page: str, word: str) -> list[int]:
    return [found.start() for found in re.finditer(rf"\s*\({re.escape(word)}\)", page)]


def title_compound(word: str) -> bool:
    """A German title that no surname is: a role head behind a prefix ("Pressesprecherin",
    "Wien-Landesgeschäftsführerin") or in a feminine or inflected form ("Kanzlerin",
    "Bundespräsidenten"); a head surnames share ("Burmeister") only when listed whole
    ("Bürgermeister")."""
    low = _plain(word).lower().rpartition("-")[2]
    if not word[:1].isupper():
        return False
    if _title_head(low, EXTRA_ROLE_HEADS):
        return True
    return not low.endswith(SURNAME_ROLE_HEADS) and _title_head(low, WORDS.role_heads)


def _title_head(low: str, heads: tuple[str, ...]) -> bool:
    return any(low.endswith(head) and (len(low) - len(head) >= MIN_TITLE_PREFIX
                                       or (low == head and head.endswith(("in", "en"))))
               for head in heads)


def english_job(words: list[str]) -> bool:
    """An English job title: a rank or field first, a job head last or before "of" or a
    lower-case German word ("Head of Marketing", "Chief Technology Officer des Start-ups"),
    no given name."""
    core = next((words[:i] for i, w in enumerate(words) if w.lower() == "of" or w.islower()), words)
    if not core or len(core) > MAX_JOB_WORDS or any(map(given_name, words)):
        return False
    low = [_plain(w).lower() for w in core]
    if len(core) == 1:  # "Head of Marketing"
        return len(words) > 2 and words[1].lower() == "of" and low[0] in EN_JOB_HEADS
    return low[0] in EN_JOB_RANKS and low[-1] in EN_JOB_HEADS


def title_tail_cut(m: Mention) -> Mention:
    """A person's span of a given name and a surname closed by title words ("... Stellvertretende
    Pressesprecherin"): the name alone."""
    words = m.text.split()
    if len(words) < 3 or not given_name(words[0]) or not title_compound(words[-1]):
        return m
    k = len(words) - 1
    while k > 2 and (title_compound(words[k - 1]) or _capital_adjective(words[k - 1])):
        k -= 1
    end = m.start + len(" ".join(words[:k]))
    return replace(m, end=end, text=m.text[:end - m.start])


def _capital_adjective(word: str) -> bool:
    return bool(re.match(r"^[A-ZÄÖÜ][a-zäöüß]{3,}(?:e|en|er)$", word)) and not given_name(word)


def plural_use(words: list[str], i: int, pronouns: bool = True) -> bool:
    """Token ``i`` written as a plural noun: a plural determiner, then lower-case words the
    last of which is an adjective in "-en" ("die hohen Krankenhauskosten", "die gut
    informierten Insider")."""
    before = words[i - 1] if i >= 2 else ""
    if not before.islower() or not before.endswith("en") or before in _NO_ADJECTIVES:
        return False
    k = i - 1
    while k >= 0 and i - k <= MAX_MODIFIERS and words[k].islower() \
            and words[k] not in PLURAL_DETERMINERS:
        k -= 1
    # "die" after a comma is a relative pronoun: "Staaten, die zwischen Putin ... stehen"
    if k < 0 or words[k].lower() not in PLURAL_DETERMINERS \
            or (k > 0 and words[k - 1] == "," and words[k] in RELATIVE_DETERMINERS):
        return False
    # a pronoun's head before the "-en" word makes that the verb: "Die meisten wählen Merz"
    # (``pronouns`` off for a listed noun: "Die drei großen Autobauer" is a plural)
    if pronouns and any(w.lower() in PRONOUN_HEADS or w.isdigit() for w in words[k + 1:i - 1]):
        return False
    return not (pronouns and _pronoun_subject(words, k, i))


def _pronoun_subject(words: list[str], k: int, i: int) -> bool:
    """Determiner ``k`` opens the clause alone as its subject, the "-en" word after it the
    verb, token ``i`` its object: no lower-case word (a verb, "und") follows ``i`` ("Alle
    lieben Messi, sagt er", where a subject "Alle großen Autobauer leiden" has its verb next)."""
    opens = k == 0 or words[k - 1] in (".", "!", "?", ":", ";")
    after = words[i + 1] if i + 1 < len(words) else "."
    return opens and i - k == 2 and words[k].lower() in PRONOUN_DETERMINERS \
        and not after.islower()


def compound_tail(words: list[str], i: int) -> bool:
    """Token ``i`` after a truncated compound and a joining word ("Behandlungs- bzw.")."""
    j = i - 1
    if j > 0 and words[j] == ".":
        j -= 1
    return j >= 2 and words[j].lower() in COMPOUND_JOINERS and words[j - 1] == "-" \
        and words[j - 2][:1].isupper()


def noun_neighbour(words: list[str], i: int, noun: Callable[[str], bool]) -> bool:
    """Token ``i`` in a list of three or more with two common nouns no mention holds ("Mehl,
    Zucker und Vanilleextrakt"; ``noun`` says which words are such nouns). Two conjuncts give
    no evidence: names stand beside people's nouns ("die Ministerin und Wagenknecht")."""
    def joined(a: int, b: int) -> bool:  # tokens a < b next in the list
        return b - a == 2 and words[a + 1] in (*COORDINATORS, ",")

    def plain(k: int) -> bool:
        return 0 <= k < len(words) and noun(words[k])

    return any(all(plain(k) for k in pair) and joined(min(pair[0], i), max(pair[0], i))
               and joined(min(pair), max(pair)) and (words[min(i, *pair) + 1] == ","
                                                      or words[max(i, *pair) - 1] in COORDINATORS)
               for pair in ((i - 2, i - 4), (i + 2, i + 4), (i - 2, i + 2)))


def versioned(text: str, word: str, noun: Callable[[str], bool] = lambda word: False) -> bool:
    """The page ``text`` writes ``word`` mostly with a version number right after it
    ("Office 365"): no year ("Merkel 2005") nor a count of a ``noun`` ("Kane 3 Tore")."""
    spots = list(re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))
    # mostly: a name with a number now and then is a grade or score ("Kimmich 2, Goretzka 3")
    numbers = [_NUMBER_AFTER.match(text, spot.end()) for spot in spots]
    # a year is a product's only where the page repeats it alone ("Excel 2019" twice), not
    # where the years vary or it stands once ("Merkel 2005 ... Merkel 2021", "Kohl 1990")
    years = {n[1] for n in numbers if n}
    dated = len(years) == 1 and len(spots) >= MIN_YEAR_VERSIONS
    numbered = sum(1 for spot in spots if _version(text, spot.end(), noun, dated))
    return numbered > VERSION_SHARE * len(spots)


def _version(text: str, end: int, noun: Callable[[str], bool], dated: bool = False) -> bool:
    number = _NUMBER_AFTER.match(text, end)
    if not number or (_YEAR.match(number[1]) and not dated):
        return False
    counted = _WORD_AFTER.match(text, number.end())
    return not (counted and (counted[1] == "%" or noun(counted[1])))


def _family_plural(word: str, noun: Callable[[str], bool], learned: Callable[[str], bool],
                   surnames: set[str]) -> bool:
    """``word`` a family's plural in "-s" ("die beiden Kennedys", "die Windsors"): the stem a
    surname on the page or no listed noun, as the word is none ("die vielen Autos" stays)."""
    stem = word[:-1]
    if not word.endswith("s") or len(stem) < MIN_FAMILY_STEM:
        return False
    return stem in surnames or not (noun(word) or noun(stem) or learned(stem))


def titles_before_people(text: str, mentions: list[Mention],
                         noun: Callable[[str], bool] = lambda word: False,
           learned: Callable[[str], bool] | None = None) -> list[Mention]:
    """A title the tagger cut from the person right after it: alone it goes ("überreichte
    [Kardinal] [Parolin]"); after a given name it joins the surname after it, tagged or a
    capitalised word no listed noun ("[Pietro Kardinal] Parolin", the church's order of names,
    -> "Pietro Kardinal Parolin")."""
    people = {m.start: m for m in mentions if m.label == "PER"}
    starts = {m.start for m in mentions}
    out: list[Mention] = []
    joined: set[int] = set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start in joined:
            continue
        words = m.text.split()
        after = people.get(m.end + 1) if text[m.end:m.end + 1] == " " else None
        if m.label != "PER" or not words or len(words) > 2:
            out.append(m)
        elif len(words) == 1 and after and (germanwords.role_noun(words[0]) or title_compound(words[0])):
            continue
        elif len(words) == 2 and given_name(words[0]) and words[1].lower() in INFIX_TITLES:
            surname = _SURNAME_AFTER.match(text, m.end)
            end = after.end if after else surname.end() if (
                surname and m.end + 1 not in starts and not noun(surname[1])) else m.end
            joined.add(m.end + 1)
            out.append(replace(m, end=end, text=text[m.start:end]))
        else:
            out.append(m)
    return out


def refine(text: str, mentions: list[Mention], titled: Callable[[str], bool],
           noun: Callable[[str], bool] = lambda word: False,
           learned: Callable[[str], bool] | None = None) -> list[Mention]:
    """``mentions`` with laws and versioned products typed MISC; job titles, plural nouns and
    truncated-compound nouns typed a person dropped (the module docstring; a lone title
    compound whatever its type: "des Bundespräsidenten" LOC). ``titled`` says whether the page
    writes a word after an honorific, a role noun or a given name, ``noun`` whether a word is a
    listed common noun, ``learned`` whether it is one by the learned list (a dictionary's rare
    nouns are surnames too: "Parolin"; ``noun`` when not given)."""
    tagged = {w for m in mentions for w in m.text.split()}

    def plain_noun(word: str) -> bool:
        # no people's or bodies' nouns: "Regierung, Gewerkschaften und Wagenknecht"
        return (word not in tagged and not titled(word) and noun(word)
                and not germanwords.role_noun(word) and not germanwords.institution(word))

    surnames = {w for m in mentions if m.label == "PER" and given_name(m.text.split()[0])
                for w in m.text.split()[1:]}
    page: germanarticle.Page | None = None
    # each verdict read off the whole page once per word: a page repeating a name stays linear
    laws = cache(lambda name: law(name, text))
    versions = cache(lambda word: versioned(text, word, noun))

    @cache
    def noun_use(word: str) -> bool:
        nonlocal page
        page = page if page is not None else germanarticle.Page.of(text)
        words = page.words
        family = _family_plural(word, noun, learned or noun, surnames)
        pronouns = not noun(word)
        return any((plural_use(words, i, pronouns) and not family) or compound_tail(words, i)
                   or (i > 0 and words[i - 1] in CONTRACTED_ARTICLES)
                   or noun_neighbour(words, i, plain_noun) for i in page.where.get(word, []))

    out: list[Mention] = []
    for m in titles_before_people(text, mentions, learned or noun):
        words = m.text.split()
        if not words:
            continue
        # a word after an honorific or role noun is a name: "Herrn Gesetz", "Rapper LoG"
        if laws(m.text) and not titled(_plain(words[-1])):
            out.append(m if m.label == "MISC" else replace(m, label="MISC"))
            continue
        if english_job(words):
            continue
        if m.label == "PER":
            m = title_tail_cut(m)
            words = m.text.split()
        last = _plain(words[-1])
        if any(map(given_name, words)) or last in surnames or titled(last) or (
                m.label != "PER" and len(words) > 1):
            out.append(m)
            continue
        if title_compound(last):
            continue
        if len(words) == 1 and m.label == "PER":
            if noun_use(last):
                continue
            if versions(last):
                number = _NUMBER_AFTER.match(text, m.end)
                end = number.end() if number else m.end
                m = replace(m, end=end, text=text[m.start:end], label="MISC")
        out.append(m)
    return out
