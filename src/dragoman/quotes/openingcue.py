"""A cue verb opening the sentence before a quotation, its subject after it ("Says former
senator Ann Lee: “…”", "Says Lee, “…”"): the person named after the verb speaks, not the one
quoted before. The cue finder drops capitalised verbs (a noun: "States"), so the quotation
came out with the previous speaker or none; this check, run on the finished quotations,
gives it the person named between the verb and the colon or comma that sets off the
quotation. The name must be a person mention ending right there ("Says who?", "Says here
that …" name no one), with at most ``MAX_ROLE_WORDS`` role words before it."""

from __future__ import annotations

import re
from dataclasses import replace

from dragoman.model import Mention, Quote
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.mentions import Mentions, Speaker

# Most words between the opening verb and the name ("former state senator"): a bound from the
# shape (a time word, a qualifier, two role words), not a fitted value.
MAX_ROLE_WORDS = 4
# Characters read back from the quotation's opening mark for the cue clause.
CLAUSE_CHARS = 120
# The colon or comma, then the opening mark, right before the quoted words.
_SET_OFF = re.compile(r"\s*[,:]\s*[“\"«„‘']?\s*$")
# A sentence end (or a line break) before the opening verb.
_SENTENCE_END = re.compile(r"(?:[.!?][”\"»’']?\s+|\n\s*)$")


def _opens_sentence(text: str, at: int) -> bool:
    return at == 0 or _SENTENCE_END.search(text, max(0, at - 4), at) is not None


def opening_cue(text: str, q: Quote, lex: Lexicon, mentions: Mentions) -> Quote:
    """``q`` with the person named after a capitalised cue verb opening its sentence as its
    speaker (see the module); ``q`` itself when the clause before it has no such shape or when
    its speaker already lies inside that clause (then only the verb is made its cue)."""
    if not q.direct:
        return q
    lo = max(0, q.start - CLAUSE_CHARS)
    head = text[lo:q.start]
    set_off = _SET_OFF.search(head)
    if set_off is None:
        return q
    end = lo + set_off.start()
    ws = words(text, lo, end)
    verb_at = next((k for k in range(len(ws) - 1, -1, -1) if _opens_sentence(text, ws[k].start)),
                   None)
    if verb_at is None:
        return q
    verb, after = ws[verb_at], ws[verb_at + 1:]
    if not verb.text[:1].isupper() or not after or lex.match_phrase(ws, verb_at, lex.verbs) != 1:
        return q
    person = next((m for m in mentions.within(verb.start, end)
                   if m.label == "PER" and m.end == end and m.start in (verb.start, *(
                       w.start for w in after))), None)
    if person is None:
        return _verb_cut(text, q, verb, after, end)
    name_at = max(person.start, after[0].start)  # (the tagger may take the verb in: "Says Lee")
    role = [w for w in after if w.end <= name_at]
    if len(role) > MAX_ROLE_WORDS or re.search(r"[^\w\s'’.-]", text[verb.end:name_at]) or any(
            w.key in lex.pronouns or w.key in lex.complementizers for w in role):
        return q
    if q.speaker_start is not None and after[0].start <= q.speaker_start and (
            q.speaker_end is not None and q.speaker_end <= end):  # already named there
        return q if q.cue else replace(q, cue=verb.text, cue_start=verb.start, cue_end=verb.end)
    sp = _named(text[name_at:end], person, mentions)
    return replace(q, cue=verb.text, cue_start=verb.start, cue_end=verb.end,
                   speaker_text=text[name_at:end], speaker_start=name_at, speaker_end=end,
                   speaker_id=sp.entity_id, speaker_name=sp.name or text[name_at:end],
                   addressee=None)


def _verb_cut(text: str, q: Quote, verb: Word, after: list[Word], end: int) -> Quote:
    """``q`` with the opening verb cut off its speaker text when the colon rule took the verb
    into a name the tagger did not find ("Says Castellano: “…”"): the capitalised words after
    the verb, up to the colon or comma, are the name."""
    if q.speaker_start != verb.start or q.speaker_end != end or not all(
            w.text[:1].isupper() for w in after):
        return q
    return replace(q, cue=verb.text, cue_start=verb.start, cue_end=verb.end,
                   speaker_text=text[after[0].start:end], speaker_start=after[0].start,
                   speaker_name=text[after[0].start:end], speaker_id=None)


def _named(name: str, person: Mention, mentions: Mentions) -> Speaker:
    """The speaker of the person mention ``person``; when the tagger took the cue verb into it
    ("Says Lee"), that of the article's person mention written ``name`` or ending with it (one
    other than the verb's: "Says Lee" ends with " Lee" too), else the bare name with no entity."""
    if person.text == name:
        return mentions.speaker(person)
    same = next((m for m in mentions.items if m.label == "PER" and m.entity_id and (
        m.text == name or m.text.endswith(" " + name)) and m.text != person.text), None)
    return mentions.speaker(same) if same is not None else Speaker(0, 0, name)


__all__ = ["opening_cue"]
