"""Who is speaking: the phrase next to a cue, and what a pronoun, role or implicit subject refers to."""

from __future__ import annotations

import re

from dragoman.language.normalize import normalize_for_match
from dragoman.language.rules import all_rules
from dragoman.language.scripts import ARABIC
from dragoman.model import Mention
from dragoman.quotes.adverbs import unlisted_adverb
from dragoman.quotes.complements import ARTICLES as _ARTICLES
from dragoman.quotes.complements import DETERMINERS as DETERMINERS
from dragoman.quotes.complements import head_before_complement
from dragoman.quotes.frontedperson import fronted_preposition, subject_mentions
from dragoman.quotes.groups import GROUP_HEADS, GROUP_LINKS, QUANTIFIERS, quantified
from dragoman.quotes.lexicon import Lexicon, Word
from dragoman.quotes.mentions import Mentions as Mentions
from dragoman.quotes.mentions import Speaker as Speaker
from dragoman.quotes.numberdots import before_date, number_dot
from dragoman.quotes.pronouns import opens_sentence, pronoun_part
from dragoman.quotes.reducedsubject import reduced_relative_subject
from dragoman.quotes.speakingphrase import speaking_phrase
from dragoman.quotes.suspendedhyphen import merge_compounds, suspended_coordination

# Most words a speaker phrase may have (longer phrases are clauses, not speakers).
MAX_SPEAKER_WORDS = 8
# A pronoun or implicit subject refers back to the last speaker only when that speaker was
# named this recently (characters); further back the latest person mention is taken instead.
# Checked on PolNeAR train: 400 to 2,000 give the same speaker accuracy within 0.002.
SPEAKER_MEMORY_CHARS = 1200
# Most words of a verb-initial sentence's subject (without a named-entity mention), e.g.
# "الرئيس الكيني ويليام روتو"; written for the Arabic set's VSO sentences.
ARABIC_SUBJECT_WORDS = 5
# Most given names added before an Arabic person mention that holds only the family name.
ARABIC_GIVEN_NAMES = 2

# Abbreviations whose dot ends no phrase ("Sen.", "Dr."): every language pack's, casefolded.
_TITLES = frozenset(a.casefold() for rules in all_rules() for a in rules.abbreviations)
# Adverbs (and emphatic pronouns) between a speaker and the cue: "Ann Lee, upset, famously said".
MANNER_ADVERBS = frozenset({
    "also", "later", "then", "again", "once", "previously", "recently", "repeatedly", "quickly",
    "simply", "flatly", "publicly", "privately", "often", "frequently", "further", "reportedly",
    "always", "never", "subsequently", "famously", "angrily", "quietly", "openly", "bluntly",
    "sharply", "firmly", "candidly", "proudly", "immediately", "initially", "eventually",
    "ultimately", "finally", "jokingly", "tersely", "loudly", "calmly", "emphatically",
    "separately", "similarly", "likewise", "herself", "himself", "themselves"}) | frozenset(
    # the same adverbs in the other languages (written for the issue 16 dev passages)
    normalize_for_match(w) for w in ("неоднократно", "ранее", "также", "уже", "вновь", "снова",
                                     "wiederholt", "bereits", "erneut", "ripetutamente", "già",
                                     "repetidamente", "reiteradamente", "déjà"))
SKIP_BEFORE_VERB = MANNER_ADVERBS | frozenset({"has", "had", "have", "did", "does", "would",
                                                "will", "was", "were", "is"})
# Words linking a role to its organisation ("spokesman for X", "director of X").
_ROLE_LINKS = frozenset({"for", "of", "at"})
# Most words of a name set off after a role ("said the spokeswoman, Julie Anne Martin").
MAX_NAME_AFTER_ROLE = 4
# Arabic "son of" / "daughter of" inside a name: the word after it is a name even when it reads
# as a stop word once normalized ("علي" after "بن" is the name Ali, not "على").
_NAME_LINKS = frozenset({"بن", "ابن", "بنت"})
# A short parenthesised tag after a name: a party and state, "(R-Fla.)", "(D)".
_PAREN_TAG = re.compile(r"\s*\([A-Z][\w.\- ]{0,10}\)\s*,?\s*$")
# How far before a word such a tag is looked for: its longest form with a comma and a space.
PAREN_TAG_CHARS = 16
_BOUNDARY = re.compile(r"[.!?;:,،؛؟\"“”«»„‹›()\[\]\n—–]")


def group_speaker(text: str, chunk: list[Word], m: Mention) -> Speaker | None:
    """"The family of Omar Haddad", "Omar Haddad's family" around ``m``: the group speaks."""
    after = [w for w in chunk if w.start >= m.end][:1]
    if after and text[m.end:m.end + 2] in ("'s", "’s") and after[0].key in GROUP_HEADS:
        return Speaker(m.start, after[0].end, text[m.start:after[0].end])
    k = next((n for n, w in enumerate(chunk) if w.start >= m.start), len(chunk))
    j = _group_head(chunk, k)
    if j is None:
        return None
    return Speaker(chunk[j].start, m.end, text[chunk[j].start:m.end])


def _group_head(chunk: list[Word], k: int) -> int | None:
    """The group head ("family") before chunk[k], across at most three links ("of"), or None."""
    j = k - 1
    while j >= 0 and k - j <= 3 and chunk[j].key in GROUP_LINKS:
        j -= 1
    return j if j >= 0 and chunk[j].key in GROUP_HEADS else None


def _is_name_word(w: Word, common: frozenset[str]) -> bool:
    return (w.text[:1].isupper() and w.text.casefold() not in common
            and w.key not in _ARTICLES and w.key not in QUANTIFIERS
            and not w.text.endswith(("'s", "’s")))


def _best_mention(found: list[Mention], near_end: bool) -> Mention | None:
    people = ([m for m in found if m.label == "PER"] or [m for m in found if m.label == "ORG"]
              or [m for m in found if m.label == "LOC"])  # "Russia has warned", "Moscow said"
    if not people:
        return None
    return people[-1] if near_end else people[0]


def abbreviation(w: Word) -> bool:
    """A title or an initial, whose dot does not end the phrase ("Sen.", "J.")."""
    return w.key in _TITLES or (len(w.text) == 1 and w.text.isupper())


def chunk_before(text: str, ws: list[Word], i: int, floor: int,
                  limit: int = MAX_SPEAKER_WORDS + 2, end: int | None = None) -> list[Word]:
    """At most ``limit`` words before ws[i] (or ``end``), no punctuation but dots of titles and dates."""
    out: list[Word] = []
    anchor = end if end is not None else ws[i].start if i < len(ws) else len(text)
    tag = _PAREN_TAG.search(text, max(floor, anchor - PAREN_TAG_CHARS), anchor)
    if tag:  # "Sen. Ann Lee (D-Ore.) said": the party tag is skipped
        anchor = tag.start()
    j = i - 1
    while j >= 0 and ws[j].end > anchor:
        j -= 1
    while j >= 0 and ws[j].start >= floor and len(out) < limit:
        between = text[ws[j].end:out[0].start if out else anchor]
        if _BOUNDARY.search(between) and not (between.strip() == "." and (
                abbreviation(ws[j]) or number_dot(text, ws[j].end))):  # "Dr.", "am 3. Mai"
            break
        out.insert(0, ws[j])
        j -= 1
    return out


def chunk_after(text: str, ws: list[Word], i: int, lex: Lexicon) -> list[Word]:
    """Words from ws[i] up to a stop word, a complementizer or punctuation."""
    out: list[Word] = []
    j = i
    while j < len(ws) and len(out) < MAX_SPEAKER_WORDS:
        prev_end = out[-1].end if out else (ws[i - 1].end if i > 0 else 0)
        if _BOUNDARY.search(text[prev_end:ws[j].start]):
            between = text[prev_end:ws[j].start].strip()
            if not (out and between == "." and abbreviation(out[-1])):
                break
        key = lex.strip_clitic(ws[j].key, lex.complementizers)
        in_name = ((bool(out) and out[-1].key in _NAME_LINKS)  # "خالد بن علي": a name goes on
                   or _capitalised_given_name(text, ws, j)
                   # "der Publizist und Philosoph Ann Roy": a conjunction between two roles
                   or (bool(out) and out[-1].key in lex.roles and j + 1 < len(ws)
                       and ws[j].key in lex.rules.list_conjunctions
                       and ws[j + 1].key in lex.roles)
                   or (bool(out) and suspended_coordination(text, ws, j, lex)))  # "Zoo- und …"
        if not in_name and (ws[j].key in lex.stops or key in lex.complementizers
                            or ws[j].key in lex.verbs or ws[j].key in lex.participles):
            break
        out.append(ws[j])
        j += 1
    return out


def _capitalised_given_name(text: str, ws: list[Word], j: int) -> bool:
    """A capitalised function word opening a name ("said Will Dole", "said May Ortiz"):
    another capitalised word follows with only a space between."""
    w = ws[j]
    return (w.text[:1].isupper() and w.text[1:].islower() and j + 1 < len(ws)
            and ws[j + 1].text[:1].isupper() and text[w.end:ws[j + 1].start] == " ")


def name_after_role(text: str, ws: list[Word], k: int, mentions: Mentions,
                    lex: Lexicon | None = None) -> tuple[Speaker, int] | None:
    """"…, said the city's spokeswoman, Julie Martin.": the name set off by a comma after a role
    speaker (ws[k] is the first word after the role), when it closes the clause, or (``lex``
    given) when a comma sets off a closing phrase after it ("…, a précisé la présidente de la
    région, Ann Roy, devant les élus."); with the word index after the name. The name is a
    person mention, or two or more capitalised words."""
    if k >= len(ws) or not re.fullmatch(r"\s*\)?\s*,\s*", text[ws[k - 1].end:ws[k].start]):
        return None  # (a bracket may close the role: "… für Wertpapierbesitz (DSW), Jürgen Kurz")
    run = [ws[k]] if ws[k].text[:1].isupper() else []
    while run and k + len(run) < len(ws) and len(run) < MAX_NAME_AFTER_ROLE:
        nxt = ws[k + len(run)]
        if not nxt.text[:1].isupper() or text[run[-1].end:nxt.start].strip():
            break
        run.append(nxt)
    named = [m for m in mentions.within(ws[k].start, ws[min(len(ws), k + MAX_NAME_AFTER_ROLE
                                                             + 2) - 1].end)
             if m.start == ws[k].start][:1]
    while run and named and k + len(run) < len(ws) and ws[k + len(run)].end <= named[0].end:
        run.append(ws[k + len(run)])  # a particle inside the name: "Amélie de Montchalin"
    if not run or not (_CLOSES_NAME.match(text, run[-1].end)
                       or _closing_phrase(text, ws, k + len(run), lex)):
        return None
    people = [m for m in mentions.within(run[0].start, run[-1].end) if m.label == "PER"]
    if people:
        return mentions.speaker(people[0]), k + len(run)
    if len(run) < 2:
        return None
    return Speaker(run[0].start, run[-1].end, text[run[0].start:run[-1].end]), k + len(run)


# What may follow a name set off after a role, closing the clause: a stop, or the dash that
# closes a Spanish or French inciso ("—dijo la alcaldesa de Madrid, Inmaculada Sanz—.").
_CLOSES_NAME = re.compile(r"\s*(?:[.;!?—–]|$)")
# Most words of the phrase a comma sets off after the name of ``name_after_role`` that
# closes the sentence ("…, Ann Roy, devant les élus.", "…, lors d'une séance houleuse au
# conseil régional."): a place or time phrase with no verb; the longest of the original probe
# sentences of tests/quotes/test_french_regressions8.py has 7.
CLOSING_PHRASE_WORDS = 8


def _closing_phrase(text: str, ws: list[Word], n: int, lex: Lexicon | None) -> bool:
    """A comma after the name, then a phrase opened by a preposition or stop word that ends the
    sentence within ``CLOSING_PHRASE_WORDS`` words, with no verb."""
    if lex is None or n >= len(ws) or not re.fullmatch(r"\s*,\s*", text[ws[n - 1].end:ws[n].start]):
        return False
    if ws[n].key not in lex.stops and ws[n].key not in lex.content_blockers:
        return False
    for m in range(n + 1, min(len(ws), n + CLOSING_PHRASE_WORDS) + 1):
        if re.match(r"\s*(?:[.;!?]|$)", text[ws[m - 1].end:]):
            return True
        # (a verb phrase, not its first word alone, and an auxiliary as written: "à Oslo" is
        # no "a déclaré")
        if m < len(ws) and (lex.match_phrase(ws, m, lex.verbs) or (
                ws[m].key in lex.auxiliaries and ws[m].text.casefold() == ws[m].key)
                or re.search(r"[,:]", text[ws[m - 1].end:ws[m].start])):
            return False
    return False


def _introductory(chunk: list[Word], lex: Lexicon) -> bool:
    """The phrase opens on a function word ("During …") or on a participle ("Speaking to …",
    "Asked about …"; a verb form with a preposition after it, not "Said Ann Lee, …")."""
    first = chunk[0].key
    return first in lex.stops or (len(chunk) > 1 and (
        first.endswith(lex.rules.participle_endings) or first in lex.verbs)
        and chunk[1].key in lex.content_blockers)


def phrase_speaker(text: str, chunk: list[Word], lex: Lexicon, mentions: Mentions,  # noqa: C901  refactor pending
                   before_verb: bool, names_only: bool = False) -> Speaker | None:
    """The speaker inside a phrase next to the cue; None when there is none (implicit).

    ``names_only``: only a person mention or (cased scripts) a name, no roles or pronouns.
    """
    if not chunk:
        return None
    chunk = merge_compounds(text, chunk, lex)  # "die Bau- und Verkehrsministerin": one noun
    chunk = before_date(chunk, lex, mentions) if before_verb else chunk  # "Wie X am 3. Mai sagte"
    if names_only and lex.rules.subject_after_verb:  # VSO: right after the opening verb
        if chunk[0].key in lex.stops:
            return None
        chunk = chunk[:ARABIC_SUBJECT_WORDS + 1]
    if names_only and not lex.rules.subject_after_verb and _introductory(chunk, lex):
        # "During an interview with X, Y said", "Asked about X, Y said": the subject follows
        # the introductory phrase
        commas = [k + 1 for k in range(len(chunk) - 1)
                  if "," in text[chunk[k].end:chunk[k + 1].start]]
        named = len(chunk) > 1 and chunk[0].key not in lex.content_blockers and not (
            fronted_preposition(chunk[0], lex)) and any(
            m.start == chunk[1].start and m.label == "PER"
            for m in mentions.within(chunk[1].start, chunk[-1].end))
        if named:  # "Auch Maximilian Plenert, selbst …": an adverb, then the subject's name
            chunk = chunk[1:]
        elif commas and chunk[commas[0]].key not in lex.pronouns:  # ("When Ann Lee left, she")
            # past a second opening phrase ("In 2016, as Tom Ray's plan failed, Ann Lee …")
            chunk = chunk[next((k for k in commas if chunk[k].key not in lex.stops), commas[0]):]
    if names_only and chunk[0].key in lex.pronouns:
        return None  # "He praised Obama": the subject is not Obama
    if not before_verb and not names_only and (pronoun := _pronoun(chunk[0], lex)) is not None:
        return pronoun  # "…“, sagte er dem NDR": the pronoun right after the verb, no object
    found = mentions.within(chunk[0].start, chunk[-1].end)
    if names_only and not lex.rules.subject_after_verb:  # the subject opens the clause or
        found = subject_mentions(text, chunk, found, lex)  # follows a fronted phrase's verb
    best = _best_mention(found, near_end=before_verb or lex.rules.subject_after_verb)
    group = group_speaker(text, chunk, best) if best is not None else None
    if group is not None:
        return group
    if best is not None and before_verb and best.label == "PER":
        link = [w for w in chunk if w.end <= best.start][-2:]
        if len(link) == 2 and link[1].key in _ROLE_LINKS and link[0].key in lex.roles:
            return Speaker(link[0].start, best.end, text[link[0].start:best.end])  # "family of X"
    if best is not None and best.label == "PER" and not before_verb and (
            head := head_before_complement(text, chunk, best.start, lex)) is not None:
        # "admitió la consejera de Hacienda, …", "el técnico del Betis": a name typed PER
        # after a lower-case head noun and "de" is what the head belongs to, not the speaker
        return Speaker(head.start, best.end, text[head.start:best.end])
    if best is not None and best.label != "PER":
        roles = [w for w in chunk if w.end <= best.start and lex.strip_clitic(w.key, lex.roles)
                 in lex.roles]
        if roles:  # "the spokesman for X", "المتحدث باسم X": a person, the organisation kept
            start = roles[0].start + _clitic_len(roles[0], lex)
            return Speaker(start, best.end, text[start:best.end])
    if best is not None:
        sp = mentions.speaker(best)
        if best.label == "PER" and not lex.rules.has_case and lex.rules.script == ARABIC:
            _extend_given_names(text, sp, chunk, lex)
        return sp
    if names_only and lex.rules.subject_after_verb:  # VSO: the words after the opening verb
        k = 0 if chunk[0].key.startswith("ال") else 1
        words = []
        for w in chunk[k:k + ARABIC_SUBJECT_WORDS]:
            if w.key in lex.stops or w.key.startswith(("بال", "لل", "كال")):
                break
            words.append(w)
        if not any(lex.strip_clitic(w.key, lex.roles) in lex.roles for w in words):
            return None  # without a role word or a person mention it may not be a person
        return Speaker(words[0].start, words[-1].end, text[words[0].start:words[-1].end])
    if names_only and _mentions_only(lex, mentions):
        return None  # a capitalised word may be any noun ("Präzision"): mentions only
    if names_only:  # a name opening the clause (after an introductory phrase and comma)
        starts = [0, *[k + 1 for k in range(len(chunk) - 1)
                       if "," in text[chunk[k].end:chunk[k + 1].start]][:1]]
        for k in starts:
            while k < len(chunk) - 1 and (chunk[k].key in DETERMINERS or chunk[k].key in
                                          lex.roles or chunk[k].key in _TITLES):
                k += 1  # "La ministre Claire Dubois"
            run = name_run(text, chunk[k:k + 4], mentions.common | lex.stops, from_end=False)
            if run and run[0] is chunk[k] and (len(run) > 1 or run[0].text in mentions.inner_caps):
                return Speaker(run[0].start, run[-1].end, text[run[0].start:run[-1].end])
        return None
    if before_verb and lex.rules.verb_final:  # SOV: the subject opens the clause
        chunk = _subject_of_final_verb(chunk, lex)
    if before_verb:
        while chunk and (chunk[-1].key in SKIP_BEFORE_VERB or unlisted_adverb(chunk, lex)):
            chunk = chunk[:-1]
        if (reduced := reduced_relative_subject(text, chunk, lex)) is not None:
            return reduced  # "the order released Friday said" (a day is a stop word)
        if not chunk or chunk[-1].key in lex.stops:
            return None
        if (pronoun := _pronoun(chunk[-1], lex)) is not None:
            return pronoun
    elif (pronoun := _pronoun(chunk[0], lex)) is not None:
        return pronoun
    if lex.rules.has_case:  # the name run nearest the verb
        run = name_run(text, chunk, mentions.common | lex.stops,
                       from_end=before_verb and not lex.rules.verb_final)
        if _mentions_only(lex, mentions) and not all(w.text in mentions.known_names for w in run):
            run = []  # "Präzision": a capitalised noun; "BfArM", "Herr Kühn"'s "Kühn": names
        if (before_verb and len(run) == 1 and run[0] is chunk[0] and len(chunk) > 1
                and run[0].text not in mentions.known_names and run[0].key not in lex.roles
                and opens_sentence(text, run[0].start)):
            run = []  # "Nearly a third say": a sentence's capitalised first word, no name
        if run and not before_verb and (
                head := head_before_complement(text, chunk, run[0].start, lex)) is not None:
            return Speaker(head.start, run[-1].end, text[head.start:run[-1].end])  # as above
        if run:
            head = run[0]
            k = chunk.index(head)
            while k > 0 and (chunk[k - 1].key in lex.roles or chunk[k - 1].key in _TITLES
                             or _is_name_word(chunk[k - 1], mentions.common | lex.stops)):
                k -= 1
            if k > 1 and chunk[k - 1].key in _ROLE_LINKS and chunk[k - 2].key in lex.roles:
                k -= 2  # "a spokeswoman for Harlow Energy": the role, its organisation kept
            if (j := _group_head(chunk, k)) is not None:  # "La famiglia di Marco Ferri"
                k = j
            return Speaker(chunk[k].start, run[-1].end, text[chunk[k].start:run[-1].end])
    words = chunk[-MAX_SPEAKER_WORDS:] if before_verb else chunk
    group_at = next((k for k, w in enumerate(words) if w.key in GROUP_HEADS), None)
    if before_verb and group_at is not None:
        words = words[group_at:]  # "La famille de la victime": the group and whom it speaks for
    elif before_verb:
        for k in range(len(words) - 1, -1, -1):  # the role phrase ends the subject
            if words[k].key in DETERMINERS:
                words = words[k:]
                break
    has_role = group_at is not None or speaking_phrase(words, lex, chunk) or any(  # "die Klinik"
        lex.strip_clitic(w.key, lex.roles) in lex.roles for w in words)
    if before_verb and len(words) > 3 and not has_role:
        return None  # a clause, not a speaker
    if _mentions_only(lex, mentions) and not has_role and not quantified([w.key for w in words]):
        return None  # "Tauben", "Dieser Zwischenwirt": a noun, not a name
    if not has_role and not quantified([w.key for w in words]) and (
            words[0].key in lex.stops or not words[0].key.isalpha()):
        return None  # "58", "we’ve", "when": not a noun phrase that can speak
    start = words[0].start + _clitic_len(words[0], lex)
    return Speaker(start, words[-1].end, text[start:words[-1].end])


def _mentions_only(lex: Lexicon, mentions: Mentions) -> bool:
    """In a language that capitalises its nouns, names come from the person mentions when the
    entities stage found any (without them a capitalised run is the only evidence left)."""
    return lex.rules.capitalised_nouns and mentions.has_people


def clause_subject(text: str, ws: list[Word], lex: Lexicon, mentions: Mentions, floor: int,
                   wi: int) -> tuple[Speaker, int] | None:
    """Verb-final reported speech, "Bakan Yılmaz, ekonominin güçlü olduğunu söyledi.": the
    phrase before the clause's first comma is the subject of the cue ws[wi], the words from
    the comma to the cue its content. (speaker, index of the content's first word) or None
    when other punctuation (a quotation mark, a colon) comes first or no phrase can speak."""
    k0 = next((k for k in range(wi) if ws[k].start >= floor), wi)
    for k in range(k0, wi - 1):
        gap = text[ws[k].end:ws[k + 1].start]
        if gap.strip() in (",", "،"):
            sp = phrase_speaker(text, ws[k0:k + 1], lex, mentions, before_verb=True)
            return (sp, k + 1) if sp is not None else None
        if _BOUNDARY.search(gap):
            return None
    return None


def _subject_of_final_verb(chunk: list[Word], lex: Lexicon) -> list[Word]:
    """The subject of a verb-final clause opens it; time and place words follow it ("وزیر
    نفت روز دوشنبه گفت", "Bakan Yılmaz dün … dedi"): the words before the first stop word."""
    for k, w in enumerate(chunk):
        if k and w.key in lex.stops:
            return chunk[:k]
    return chunk


def _extend_given_names(text: str, sp: Speaker, chunk: list[Word], lex: Lexicon) -> None:
    """A person mention of the family name alone ("المالكي" of "سعاد المالكي") takes in the given
    names before it: words with no article "ال", no stop or role words (no capitals tell names)."""
    k = next((n for n, w in enumerate(chunk) if w.start == sp.start), 0)
    start = sp.start
    while k > 0 and len(text[start:sp.start].split()) < ARABIC_GIVEN_NAMES:
        w = chunk[k - 1]
        if (w.key.startswith("ال") or w.key in lex.stops or not w.key.isalpha()
                or lex.strip_clitic(w.key, lex.verbs) in lex.verbs
                or lex.strip_clitic(w.key, lex.roles) in lex.roles):
            break
        start, k = w.start, k - 1
    if start < sp.start:
        sp.start, sp.text = start, text[start:sp.end]


def _clitic_len(w: Word, lex: Lexicon) -> int:
    for c in lex.clitics:
        if w.key.startswith(c) and w.key[len(c):] in lex.roles:
            return len(c)
    return 0


def _pronoun(w: Word, lex: Lexicon) -> Speaker | None:
    """A speaker pronoun, alone or with a contracted auxiliary ("He's said"): the pronoun."""
    found = pronoun_part(w, lex)
    return Speaker(w.start, w.start + len(found), found) if found is not None else None


def name_run(text: str, chunk: list[Word], common: frozenset[str],
             from_end: bool) -> list[Word]:
    """The last (or first) run of capitalised non-common words in ``chunk``."""
    runs: list[list[Word]] = []
    cur: list[Word] = []
    for w in chunk:
        joined = cur and text[cur[-1].end:w.start].strip() in ("", ".")
        if _is_name_word(w, common) and (not cur or joined):
            cur.append(w)
        else:
            if cur:
                runs.append(cur)
            cur = [w] if _is_name_word(w, common) else []
    if cur:
        runs.append(cur)
    runs = [r for r in runs if not text[r[-1].end:r[-1].end + 2].startswith(("'s", "’s"))]
    if not runs:
        return []
    return runs[-1] if from_end else runs[0]
