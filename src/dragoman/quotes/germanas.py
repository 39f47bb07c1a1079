"""The speaker of a cue closing an "as" clause, where the verb of a subordinate clause comes last
(German, ``capitalised_nouns``): "Wie die Polizei am Montag mitteilte, …", "…, wie Coindesk
am 31.08.23 berichtete." The clause's subject stands right after its "as" word
(``as_clause_words``): an article and its adjectives, capitalised words and genitive
attributes ("der Sprecher des Verbands"), up to the first other word or time word (a
preposition, an adverb, a date: "am Montag", "gestern", "Anfang der Woche"). That phrase is
the speaker: not "Wie" with it, not the adverbial after it, and it is found when no speaker
was (a date's dots, "31.08.23", are no sentence end). A speaker found inside the phrase that
holds its head stays; one naming only a genitive attribute ("Verbands" in "der Sprecher des
Verbands") gives way to it, and so does one running on into the adverbial ("Polizei am
Montag"), unless it names a circle (``germancircle``: "Vertraute aus dem Umfeld von X"), runs
on through a name's own joining words ("Bundesagentur für Arbeit"), is a name after its title
("Olaf Scholz" of "Kanzler Olaf Scholz") or a knowledge-base name ("Welt am Sonntag"); a
clause opening with a pronoun or a preposition ("Wie er sagte", "Wie aus Kreisen verlautete")
is left to the other rules. Likewise a marker opening its clause ("Laut der Kommission würde
die Ukraine …") has its source before the content: a speaker found inside the content gives
way to the words between them (``fronted_marker_source``), and a source read on past the
clause's finite verb ends before it ("Laut der Zeitung Kurier plant Wien …"). Called from
``germancircle`` after the speaker is found; written from the grammar with original sentences
(``tests/quotes/test_german_subclause.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.entities.germanarticle import inflected_adjective
from dragoman.language.speakerwords import folded, speaker_words
from dragoman.model import Quote
from dragoman.quotes.appendedphrase import verb_like_at
from dragoman.quotes.complements import ARTICLES
from dragoman.quotes.lexicon import Lexicon, Word, day_keys, words
from dragoman.quotes.mentions import Mentions
from dragoman.quotes.numberdots import number_dot

# Characters read back from a cue for its "as" clause (one clause, as ``verbfinal`` reads).
_CLAUSE_REACH = 200
# An entity id learned from the page itself, not one of the knowledge base (as ``nounsources``).
_LEARNED_ID = "x-"
# A clause's end: punctuation, but not a dot between digits ("am 31.08.23").
_CLAUSE_END = re.compile(r"[!?;:,\n\"„“”»«()\[\]–—]|\.(?!\d)|(?<!\d)\.")


def as_clause(text: str, cue_start: int, lex: Lexicon) -> list[Word]:
    """The words before the cue in its clause when an "as" word opens it, else []."""
    low = max(0, cue_start - _CLAUSE_REACH)
    before = text[low:cue_start]
    end = max((m.end() for m in _CLAUSE_END.finditer(before)
               if not number_dot(text, low + m.start())), default=0)  # (not "am 17. Oktober")
    clause = words(text, low + end, cue_start)
    return clause if len(clause) >= 2 and clause[0].key in lex.as_words else []


def as_subject(text: str, clause: list[Word], lex: Lexicon, people: list[tuple[int, int]]
             ) -> list[Word]:
    """The subject phrase after the "as" word (the module's doc), or []; a word inside a
    person mention (``people``) is no time ("Wie Sebastian Mai sagte"), a number after a name
    is the name's unless a date's dot follows it ("Bündnis 90", "Schalke 04"; not "am 3.")."""
    sw = speaker_words(lex.rules.code)
    links = sw.owner_links
    found: list[Word] = []
    for w in clause[1:]:
        if _time_word(w, lex) and not any(a <= w.start < b for a, b in people):
            break  # "Wie Reuters Anfang der Woche berichtete", "die Sprecherin Ende Mai"
        if found and found[-1].text[:1].isupper() and w.key in sw.object_determiners:
            break  # an object after the subject: "Wie die Sprecherin den Reportern sagte"
        if w.text[:1].isupper() or w.key in ARTICLES or (found and w.key in links) or (
                found and found[-1].text[:1].isupper() and w.key.isdigit() and not (
                    w.end < len(text) and number_dot(text, w.end))) or (
                found and found[-1].key in ARTICLES and inflected_adjective(w.text)):
            found.append(w)
            continue
        break
    while found and not (found[-1].text[:1].isupper() or found[-1].key.isdigit()):
        found.pop()  # (an article or a link with no noun after it)
    if found and found[0].key in ARTICLES:
        found = found[1:]  # (the speaker is named without its article, as elsewhere)
        while found and not found[0].text[:1].isupper() and inflected_adjective(found[0].text):
            found = found[1:]  # nor its adjectives ("die beiden Fachleute": "Fachleute")
    if not found or found[0].key in lex.pronouns or not found[0].text[:1].isupper():
        return []
    return found


def _time_word(w: Word, lex: Lexicon) -> bool:
    """``w`` opens a time: a month, a time noun ("Anfang", "Ende"), a weekday or a compound
    of one ("Montagabend"), a relative day ("gestern")."""
    nouns = lex.rules.noun_classes
    day = next((d for d in lex.rules.weekdays if w.key.startswith(d)), None)
    # (a day part joins its weekday bare, "Montagabend"; a linking "s" makes another noun:
    # "Sonntagszeitung", "Montagsdemo")
    return w.key in folded(nouns.months) or w.key in nouns.time_words or w.key in day_keys(lex) or (
        day is not None and w.text[:1].isupper() and not w.key[len(day):].startswith("s"))


def _kept(text: str, q: Quote, found: list[Word], lex: Lexicon) -> bool:
    """The speaker found before stays: it holds the phrase's head noun (not only its
    genitive "Verbands"), or names a circle; it is a name in apposition inside the phrase,
    behind no owner link ("Olaf Scholz" of "Bundeskanzler Olaf Scholz"), or one the archive
    linked ("Pressestelle der X": X); a knowledge-base name holding the head ("Welt am
    Sonntag"); or it runs on past the phrase only through joining words
    and capitalised words with no time in them, a name's own attribute ("Bundesagentur für
    Arbeit"; not "Polizei am Montag", "X gegenüber der APA")."""
    old_start, old_end = q.speaker_start, q.speaker_end
    if old_start is None or old_end is None:
        return False
    start, end = found[0].start, found[-1].end
    if q.speaker_id is not None and not q.speaker_id.startswith(_LEARNED_ID) and (
            old_start <= start < old_end):
        return True  # a name of the knowledge base: "Welt am Sonntag" is no "Welt" on a Sunday
    if old_start == start and (
            found[0].end <= old_end <= end or _circle(text, old_start, old_end, lex)):
        return True
    if start <= old_start and old_end <= end:
        links = speaker_words(lex.rules.code).owner_links
        return q.speaker_id is not None or not any(
            w.text in links for w in found if w.start < old_start)
    if old_start != found[0].start or old_end <= end:
        return False
    joining = folded(lex.rules.noun_classes.joining_words)
    run = words(text, end, old_end)
    return bool(run) and run[0].key in joining and all(
        not _time_word(w, lex) and (w.text[:1].isupper() or w.key in joining) for w in run)


def _circle(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The speaker from ``start`` to ``end`` names a circle (``germancircle``: "Vertraute aus
    dem Umfeld von X"), a phrase that rule has read already."""
    circle = speaker_words(lex.rules.code).circle_nouns
    return any(w.key in circle for w in words(text, start, end))


def as_clause_subject(text: str, q: Quote, lex: Lexicon, mentions: Mentions | None = None
                      ) -> Quote:
    """``q`` with the subject of the "as" clause its cue closes as its speaker (the module's
    doc); ``mentions`` tell the people whose names hold a time word ("Sebastian Mai")."""
    if q.direct or q.cue_start is None or q.cue_end is None or not lex.rules.capitalised_nouns:
        return q
    cue = words(q.cue or "")
    if not cue or lex.match_phrase(cue, 0, lex.markers) or cue[0].key in lex.closing_markers:
        return q
    clause = as_clause(text, q.cue_start, lex)
    if not clause or not (q.start >= q.cue_end or q.end <= clause[0].start):
        return q  # (the span inside the clause)
    people = [] if mentions is None else [
        (m.start, m.end) for m in mentions.within(clause[0].start, q.cue_start) if m.label == "PER"]
    found = as_subject(text, clause, lex, people)
    if not found:
        return q
    if _kept(text, q, found, lex):
        return q
    start, end = found[0].start, found[-1].end
    old_start, old_end = q.speaker_start, q.speaker_end
    phrase = text[start:end]
    # the old speaker's link stays only where it named the head ("Polizei am Montag"), not a
    # genitive attribute ("Siemens" of "der Chef von Siemens") or nothing of the phrase
    head = old_start is not None and old_end is not None and (
        old_start <= found[0].start and found[0].end <= old_end)
    name = q.speaker_name if head and q.speaker_name not in (None, q.speaker_text) else phrase
    return replace(q, speaker_start=start, speaker_end=end, speaker_text=phrase, speaker_name=name,
                   speaker_id=q.speaker_id if head else None)


def fronted_marker_source(text: str, q: Quote, lex: Lexicon) -> Quote:
    """``q`` (reported, its "according to" marker before the content) with its speaker taken
    from the words between the marker and the content when the speaker found stands inside the
    content ("Die Zeche zahlen andere: Laut der Kommission würde die Ukraine …": not
    "Ukraine"): a marker's source precedes what it reports. The speaker is the capitalised
    words after the last owner link there ("Berechnungen der Kommission": "Kommission"), or all
    of them; none when no capitalised word stands there."""
    if q.direct or q.cue_start is None or q.cue_end is None or q.speaker_start is None:
        return q
    cue = words(q.cue or "")
    if not cue or not lex.match_phrase(cue, 0, lex.markers) or cue[0].key in lex.closing_markers:
        return q
    if q.speaker_end is not None and q.cue_end <= q.speaker_start < q.speaker_end <= q.start and (
            q.speaker_id is None and not text[q.speaker_end:q.start].strip()):
        return _source_past_verb(text, q, lex)  # (not a source a comma closes, or a known name)
    if not q.cue_end <= q.start <= q.speaker_start < q.end:
        return q
    between = words(text, q.cue_end, q.start)
    links = speaker_words(lex.rules.code).owner_links
    last = max((n for n, w in enumerate(between) if w.key in links), default=-1)
    found = [w for w in between[last + 1:] if w.text[:1].isupper()]
    if not found:
        return replace(q, speaker_text=None, speaker_start=None, speaker_end=None,
                       speaker_id=None, speaker_name=None)
    phrase = text[found[0].start:found[-1].end]
    return replace(q, speaker_start=found[0].start, speaker_end=found[-1].end, speaker_text=phrase,
                   speaker_name=phrase, speaker_id=None)


def _source_past_verb(text: str, q: Quote, lex: Lexicon) -> Quote:
    """``q`` whose source, read between the marker and the content, ran on past the clause's
    finite verb ("Die Bilanz: Laut der Zeitung Kurier plant Wien …": not "Zeitung Kurier plant
    Wien"), the content right after it: a lower-case word of a finite verb's shape, right
    after a capitalised one, ends the source; the content starts there. Else ``q``."""
    assert q.speaker_start is not None and q.speaker_end is not None
    found = words(text, q.speaker_start, q.speaker_end)
    sw = speaker_words(lex.rules.code)
    verb = next((n for n in range(1, len(found)) if found[n - 1].text[:1].isupper()
                 and verb_like_at(found, n, lex, sw) and _finite_shape(found[n], lex)), None)
    if verb is None:
        return q
    phrase = text[found[0].start:found[verb - 1].end]
    return replace(q, start=found[verb].start, text=text[found[verb].start:q.end],
                   speaker_start=found[0].start, speaker_end=found[verb - 1].end,
                   speaker_text=phrase, speaker_name=phrase, speaker_id=None)


def _finite_shape(w: Word, lex: Lexicon) -> bool:
    """``w`` looks like a finite verb: an auxiliary, a modal or a finite ending
    (``finite_endings``: "plant", "könnte"); not a name's particle ("Médecins sans …")."""
    sw = speaker_words(lex.rules.code)
    return w.key in lex.auxiliaries or w.text in lex.rules.modal_verbs or (
        w.text.endswith(sw.finite_endings))


__all__ = ["as_clause", "as_clause_subject", "as_subject", "fronted_marker_source"]
