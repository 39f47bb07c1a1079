"""The speaker of each cue, and what a pronoun or an implicit subject refers to.

``attach_speaker`` takes the phrase next to a cue: before it (``X said``), after it (VSO
``said X``, inverted ``“…,” said X``, after a fronted phrase ``Am Montag sagte X``, an agent
``were told by X``, a subject inside a split verb ``fügte er hinzu``), an appositive (``X,
NATO's chief, said``), the subject of a coordinated clause (``X backed Obama and said``) or
of a German "as" clause that no mention names (``assubject``: ``Wie Coindesk berichtete``).
``resolve`` keeps an explicit speaker (a role resolved to the person named with it earlier)
and refers a pronoun or an implicit subject back to the latest speaker or sentence subject."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from dragoman.quotes.adverbs import unlisted_adverb
from dragoman.quotes.andclause import and_clause_subject
from dragoman.quotes.andquoted import coordinated_after_agent, subject_across_quotes
from dragoman.quotes.appositives import appositive_subject, before_adverbs
from dragoman.quotes.assubject import as_clause_speaker
from dragoman.quotes.bounds import person_closes
from dragoman.quotes.clauses import addressee_cut
from dragoman.quotes.closingtail import before_participle
from dragoman.quotes.cues import Cue as _Cue
from dragoman.quotes.cues import valid_speaker
from dragoman.quotes.documentowners import owner_words_after
from dragoman.quotes.frenchobjects import object_clitic
from dragoman.quotes.gender import person_of_gender, speaker_gender
from dragoman.quotes.inversion import adverbs_after, closing_subject, name_after_role_phrase
from dragoman.quotes.lexicon import Lexicon, Word, words
from dragoman.quotes.modifiers import demonym_phrase
from dragoman.quotes.nestedcue import after_earlier_cue, not_outer_speaker
from dragoman.quotes.participles import agent_object, named_before, participle_subject, verb_cut
from dragoman.quotes.partitivespeaker import with_partitive
from dragoman.quotes.persons import (
    first_person,
    group_candidates,
    is_group_pronoun,
    may_be_he_or_she,
    may_be_person,
    plural_or_first_person,
)
from dragoman.quotes.possessedrole import possessed_role
from dragoman.quotes.pronounfloor import floor_entries
from dragoman.quotes.quoteneighbours import right_after_quote, subject_before_quote
from dragoman.quotes.relative import relative_antecedent, relative_subject
from dragoman.quotes.respondents import respondents
from dragoman.quotes.roleholder import role_holder
from dragoman.quotes.roles import organisation_holder, resolve_role
from dragoman.quotes.sentences import in_byline
from dragoman.quotes.sources import (
    after_addressee,
    common_source,
    owner,
    source_head,
    subject_chunk,
    subject_marker,
)
from dragoman.quotes.speakers import (
    MANNER_ADVERBS,
    MAX_SPEAKER_WORDS,
    SKIP_BEFORE_VERB,
    SPEAKER_MEMORY_CHARS,
    Speaker,
    chunk_after,
    chunk_before,
    clause_subject,
    name_after_role,
    phrase_speaker,
)
from dragoman.quotes.stressedsource import antecedent_or, stressed_subject
from dragoman.quotes.things import thing_referent, writer_or_reader
from dragoman.quotes.versecond import fronted_subject

if TYPE_CHECKING:
    from dragoman.quotes.detect import _Context

_CONTRACTION = re.compile(r"['’]")  # a contracted auxiliary glued to a pronoun ("he's")
# Determiners introducing someone new ("a former adviser said", "one attendee said").
_INDEFINITES = frozenset({"a", "an", "another", "one"})
# How many earlier speakers and sentence subjects a pronoun may refer to.
RESOLVE_CANDIDATES = 6
# Subordinators right before a cue whose subject is left out ("… to the Ray campaign if asked",
# "when told", "as noted"): read off one PolNeAR train error ("if asked" took the name before
# it) and checked on train (5 speakers changed, all better). English words.
_SUBORDINATORS = frozenset({"if", "when", "as", "unless", "once", "while", "until", "than",
                            "whenever"})
# A marker's lead ends on a word: it stands inside the clause it reports ("… haben laut X …")
_INSIDE_LEAD = re.compile(r"\w\s+$")
_LEAD_MARKS, LEAD_CHARS = " \n\t,:\"“”«»„", 200  # lead read back (set by hand: only its end counts)


def _remember(ctx: _Context, pos: int, sp: Speaker) -> None:
    """Later pronouns and cue-less quotations may refer back to ``sp``, unless its cue stands
    inside a quotation ("« … l'armée qui nous a dit d'évacuer … »"): the person quoted there
    is not a speaker of the article."""
    for entry in [] if ctx.inside_quotation(pos, pos + 1) else floor_entries(ctx, pos, sp):
        bisect.insort(ctx.history, entry, key=lambda h: h[0])


def resolve(ctx: _Context, sp: Speaker | None, pos: int, uncued: bool = False) -> Speaker | None:
    """Explicit speakers are kept (roles resolved); pronouns and implicit subjects refer back
    to the latest explicit speaker or sentence subject. ``uncued``: a quotation with no cue at
    all, whose speaker is a person, as is a cue's missing subject where the language names
    its subjects (the implicit subject of a pro-drop verb may be an organisation)."""
    lex = ctx.lex
    if sp is not None:  # "the Russian dictator", not "Russian"
        sp = demonym_phrase(ctx.text, sp, pos, lex)
    if sp is not None and sp.text.casefold() not in lex.pronouns and _indefinite(sp, lex):
        _remember(ctx, pos, sp)
        return sp  # "said a former adviser": someone not named before, no earlier speaker
    if sp is not None and sp.text.casefold() not in lex.pronouns:
        if sp.entity_id is None:  # the person named with the role, unless another person
            named = resolve_role(ctx.text, sp, lex, ctx.mentions)  # spoke since
            sp = (role_holder(ctx, sp, pos, named.start) if named is not sp else None) or named
        if sp.entity_id is None and not sp.label:
            sp = role_holder(ctx, sp, pos) or _organisation(ctx, sp) or sp
        _remember(ctx, pos, sp)
        return sp
    i = bisect.bisect_left(ctx.history, pos, key=lambda h: h[0])
    subjects = ctx.subjects_before(pos)
    person = (sp is not None and sp.text.casefold() in lex.person_pronouns) or uncued or (
        sp is None and not lex.rules.implicit_subject and not lex.rules.subject_after_verb)
    if person:
        # "he" is not the subject "Michigan", nor is an uncued quotation the words of "die
        # Petition" (a noun tagged ORG); earlier speakers all may be people (whatever their
        # mention label says: NER often tags speakers as places).
        subjects = [c for c in subjects if may_be_person(ctx.text, c[1], lex, ctx.mentions, pos)]
    spoken = ctx.history[max(0, i - RESOLVE_CANDIDATES):i]
    if person:
        # "she" is not "Beijing", which spoke before her
        spoken = [c for c in spoken if may_be_person(ctx.text, c[1], lex, ctx.mentions, pos)]
    # "Interrogé par France Info, il a dit": an agent or a source opening the pronoun's own
    # sentence is not what the pronoun, its subject, refers to
    sent_start = ctx.sentence(pos)[0]
    candidates = [c for c in spoken + subjects
                  if (c[0] < sent_start or not agent_object(ctx, c[1]))
                  and not in_byline(ctx.text, c[1].start, lex.rules) and not first_person(c[1])]
    candidates.sort(key=lambda h: h[0], reverse=True)
    candidates = group_candidates(sp, candidates, lex, ctx, pos)  # "they": no one person; in scope
    want = lex.pronoun_gender.get(sp.text.casefold()) if sp is not None else None
    if want is not None:  # "Paul Morel …. Elle a déclaré": never a name of the other gender
        candidates = [c for c in candidates if speaker_gender(ctx.text, c[1], True) in (want, None)]
        if not candidates:  # "Thomas Girard a rencontré Claire Dubois. Elle a expliqué"
            return person_of_gender(ctx, pos, want)
    if (sp is not None and sp.text.casefold() in lex.person_pronouns) or (
            sp is None and not lex.rules.subject_after_verb):
        candidates = [c for c in candidates if not plural_or_first_person(c[1], lex)
                      and (c[1].label or _named_or_role(c[1], lex)) and may_be_he_or_she(c[1], lex, sp)]
    recent = [c for c in candidates if pos - c[0] <= SPEAKER_MEMORY_CHARS] or candidates[:1]
    para = ctx.text.rfind("\n", 0, pos)
    spoken = [c for c in ctx.history[max(0, i - 1):i] if c[0] > para and c in candidates]
    if spoken:  # the last speaker of this paragraph keeps the floor
        recent = spoken[-1:] + recent
    if not recent:  # "Mr. Vilsack met Ms. Ernst. “…,” she said": no subject of hers before
        # ("they" with no group before: left unresolved, not given to a person)
        return person_of_gender(ctx, pos, want) if want is not None else (
            sp if is_group_pronoun(sp, lex) else None)
    top = recent[0]  # "… chaired by Kate Roy. She said": a person of the pronoun's gender nearer
    if want is not None and _bare_name(top[1]) and speaker_gender(ctx.text, top[1]) is None and (
            (gendered := person_of_gender(ctx, pos, want)) is not None and gendered.start > top[0]):
        return gendered  # than a name no mention calls a person ("Parliament") is the one meant
    return recent[0][1]


def _bare_name(sp: Speaker) -> bool:
    """Capitalised words that no person mention covers ("Parliament"), not a role phrase."""
    return sp.label != "PER" and not any(w.text[:1].islower() for w in words(sp.text))


def _indefinite(sp: Speaker, lex: Lexicon) -> bool:
    """A role phrase opening on an indefinite determiner ("a former adviser", "one attendee")
    and naming nobody: a person the article introduces here (not Portuguese "a", "the")."""
    first = sp.text.split(maxsplit=1)[0].casefold() if sp.text.strip() else ""
    return (sp.entity_id is None and not sp.label and first in _INDEFINITES
            and first not in dict(lex.rules.role_determiner_genders))


def _organisation(ctx: _Context, sp: Speaker) -> Speaker:
    """"la entidad", "un portavoz de la organización": the organisation it stands for."""
    return organisation_holder(ctx.text, sp, ctx.lex, ctx.mentions,
                               ((c.start, c.speaker) for c in reversed(ctx.cues_done))) or sp


def _named_or_role(sp: Speaker, lex: Lexicon) -> bool:
    """A name ("Ortiz") or a role ("the mayor") can be "he"; "the same thing" cannot."""
    return any(w.text[:1].isupper() or lex.strip_clitic(w.key, lex.roles) in lex.roles
               for w in words(sp.text))


def attach_speaker(ctx: _Context, cue: _Cue) -> None:  # noqa: C901  refactor pending
    """The phrase next to the cue: before it (English "X said") or after it (VSO, "said X")."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    sent_start = ctx.sentence(cue.start)[0]
    if cue.kind == "marker":
        _marker_source(ctx, cue)
        return
    agentless = coordinated_after_agent(ctx, cue)  # "was made by X and said": X no speaker
    if cue.kind == "agent" or cue.inner is not None:
        _agent_or_inner(ctx, cue)
        return
    sp = None
    # the last cue of this sentence with a speaker (looked for for participles only)
    adjacent = named_before(ctx, cue, sent_start) if cue.kind == "participle" else None
    earlier = next((c for c in reversed(ctx.cues_done)
                    if c.start >= sent_start and c.speaker is not None),
                   None) if cue.kind == "participle" and adjacent is None else None
    own = participle_subject(ctx, cue, sent_start) if earlier is not None else None
    if earlier is not None and (own is None or "," not in text[earlier.end:own.start]):  # "ودعا …، مؤكدا":
        # the main verb's speaker (not "When X asked …, he declined, saying": he)
        cue.speaker = cue.subject = earlier.speaker
        cue.explicit = True
        return
    if cue.kind == "participle":  # "…, saying": the subject of the clause it hangs on
        sp = participle_subject(ctx, cue, sent_start)
    if cue.kind == "participle" and sp is None:  # else the sentence's first name
        head = [w for w in ws[ctx.word_at(sent_start):cue.wi]
                if not any(a <= w.start < b for a, b in ctx.quoted)][:MAX_SPEAKER_WORDS]
        sp = verb_cut(phrase_speaker(text, head, lex, ctx.mentions, before_verb=False), lex)
        if sp is not None and sp.text.casefold() in lex.pronouns and sp.start != head[0].start:
            sp = None  # (a pronoun opening the sentence is its subject: "He left, saying …")
        if lex.rules.subject_after_verb:
            sp = phrase_speaker(text, head, lex, ctx.mentions, before_verb=False,
                                names_only=True)
    if cue.kind == "verb":
        before = chunk_before(text, ws, cue.wi, sent_start)
        while before and (before[-1].key in lex.adverbs  # "Wie der Verband am Montag mitteilte"
                          or before[-1].key in MANNER_ADVERBS  # "X, exasperated, famously said"
                          or unlisted_adverb(before, lex)  # "She regularly tells"
                          or object_clitic(before, lex)):  # "Il leur a assuré"
            before = before[:-1]
        before = after_earlier_cue(ctx, cue, before)  # "X said the officer told her …"
        # "X, asked about it, had said": only auxiliaries after the comma (the subject stands
        # before them, never after the cue)
        aux = bool(before) and all(w.key in SKIP_BEFORE_VERB and w.text[:1].islower()
                                   for w in before)
        before = [] if aux else before
        as_clause = len(before) == 1 and before[0].key in lex.as_words  # "…, como explicó X"
        before = [] if as_clause else before
        after = chunk_after(text, ws, cue.wj, lex)
        if lex.rules.subject_after_verb:
            if before and before[-1].key not in lex.stops:  # SVO: "لكن التحالف أكد"
                sp = phrase_speaker(text, before[-1:], lex, ctx.mentions, before_verb=True)
            if sp is None:
                sp = phrase_speaker(text, after, lex, ctx.mentions, before_verb=False)
                if sp is not None:
                    cue.speaker_after_end = cue.wj + len(after)
        elif (fronted := fronted_subject(ctx, cue, after)) is not None:
            sp, cue.speaker_after_end = fronted  # "Nach dem Spiel sagte X, …"
        else:
            sp = and_clause_subject(ctx, cue, sent_start) or subject_across_quotes(
                ctx, cue, sent_start) or relative_subject(
                ctx, cue, sent_start) or relative_antecedent(ctx, cue, before) or (
                None if _elided(before, lex) or agentless else respondents(text, before, lex)
                or with_partitive(text, before, possessed_role(
                    text, before, phrase_speaker(text, before, lex, ctx.mentions, before_verb=True),
                    ctx.mentions, lex, True), lex))  # "those polled", "One of the nurses", "Ann Lee's lawyer"
            if lex.rules.verb_final:  # "X, … söyledi.": X, not the content, is the subject
                found = clause_subject(text, ws, lex, ctx.mentions, sent_start, cue.wi)
                sp = found[0] if found and valid_speaker(found[0], lex, ctx.mentions) else sp
            prev = text[max(sent_start, cue.start - 6):cue.start]  # "”, said", "», — сказал"
            quoted_before = (re.search(r"[”\"»’']", prev) or right_after_quote(ctx, cue.start)
                             ) and not (before and before[-1].key in lex.rules.list_conjunctions)
            prev = ", " if as_clause else prev  # the as-clause stands where a comma would
            told = lex.strip_clitic(ws[cue.wi].key, lex.addressee_verbs) in lex.addressee_verbs
            first = cue.wj + (adverbs_after(text, ws, cue.wj, lex)
                              if prev.rstrip().endswith(",") or quoted_before else 0)
            if first > cue.wj:  # "…, a estimé mardi la Banque", "…, sagt auch der Sprecher"
                after = chunk_after(text, ws, first, lex)
            after = before_participle(after, lex)  # "…, says a report highlighting …"
            person = not before and not aux and not told and person_closes(ctx, prev, after)
            closing = person or (not before and not aux and not told
                                 and closing_subject(text, prev, after, lex))
            lead = before_adverbs(ws, cue.wi)  # "X, exasperated, famously replied"
            lead_prev = prev if lead == cue.wi else text[max(sent_start, ws[lead].start - 6):
                                                             ws[lead].start]
            if sp is None and not quoted_before and not before and lead_prev.rstrip().endswith(
                    ",") and not (closing and (lex.adverbs or person) and valid_speaker(
                        phrase_speaker(text, after, lex, ctx.mentions, before_verb=False), lex,
                        ctx.mentions)):
                sp = appositive_subject(ctx, sent_start, lead)
            inverted = quoted_before or closing or (not before and not aux and not told
                                                    and _names_start(after))
            if sp is None and after and inverted:
                sp = possessed_role(text, after, phrase_speaker(
                    text, after, lex, ctx.mentions, before_verb=False), ctx.mentions, lex, False)
                if sp is not None:
                    cue.speaker_after_end = first + len(after)
            if sp is None and quoted_before and lex.rules.verb_final:
                sp = subject_before_quote(ctx, cue)  # 'Bakan Yılmaz, "…" dedi.'
        if sp is not None and sp.label != "PER" and cue.speaker_after_end is not None:
            # "dijo el portavoz del Gobierno, Pedro Sanz.": the name, not the role
            named = name_after_role(text, ws, cue.speaker_after_end, ctx.mentions, lex) or (
                name_after_role_phrase(text, ws, cue.speaker_after_end, ctx.mentions, lex))
            if named is not None:
                sp, cue.speaker_after_end = named
        if ws[cue.wi].key in lex.addressee_verbs or lex.strip_clitic(
                ws[cue.wi].key, lex.addressee_verbs) in lex.addressee_verbs:
            k = cue.speaker_after_end or cue.wj
            obj = chunk_after(text, ws, k, lex)
            # "told reporters she would …": the addressee ends before the clause's subject
            cut = next((n for n, w in enumerate(obj)
                        if n and _CONTRACTION.split(w.key)[0] in lex.clause_subjects), None)
            obj = obj[:cut] if cut is not None else obj
            cut = addressee_cut(obj, lex)  # "told Radio Nord the fees are …"
            obj = obj[:cut] if cut is not None else obj
            if obj and obj[0].key not in lex.complementizers:
                cue.addressee = text[obj[0].start:obj[-1].end]
                cue.speaker_after_end = k + len(obj)
    sp = sp or as_clause_speaker(ctx, cue)  # "Wie Coindesk am 3. März berichtete, …"
    thing = thing_referent(ctx, cue) if sp is None else None  # "it said": a body
    cue.speaker = thing or (None if writer_or_reader(ctx, cue, sp) else resolve(ctx, sp, cue.start))
    cue.speaker = not_outer_speaker(ctx, cue, sp, cue.speaker, sent_start)  # "said the judge told"
    cue.subject = sp
    if sp is None and cue.speaker is not None and (
            cue.speaker.start >= sent_start or _after_relative(ws, cue.wi, lex)):
        cue.subject = cue.speaker  # the sentence's own subject ("X, …, and said"), "who said"
    cue.explicit = cue.subject is not None


def _marker_source(ctx: _Context, cue: _Cue) -> None:
    """"according to X": X is the source, whoever was speaking before. A common noun phrase
    counts ("according to firefighters", "selon les pompiers"): the marker says it speaks."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if cue.inner is not None or subject_marker(ws, cue.wi, lex):
        _source_elsewhere(ctx, cue)
        return
    first = cue.wj  # the source, after any addressee of the marker's verb ("según aseguran a …")
    if cue.wj - cue.wi > lex.match_phrase(ws, cue.wi, lex.markers):
        first = after_addressee(text, ws, cue.wj, lex)
    chunk = chunk_after(text, ws, first, lex)
    by = owner_words_after(text, ws, first + len(chunk), chunk, lex,
                           lambda i: chunk_after(text, ws, i, lex))  # "a report by X"
    if by and not any(m.label == "LOC" for m in ctx.mentions.within(by[0].start, by[-1].end)):
        chunk += by  # (not where it comes from: "reports from Kyiv")
    if not chunk and re.compile(r"\s*,").match(text, cue.end):
        # "À l’en croire, …": a marker with no source of its own, the person last speaking
        sp = resolve(ctx, None, cue.start)
        cue.speaker = cue.subject = sp
        cue.speaker_after_end = cue.wj
        return
    # "Laut Polizei wurden …", "Nach Angaben der Feuerwehr brach …": no comma closes the
    # source, the clause follows it; the source is then its first noun (and capitalised words)
    start = ctx.sentence(cue.start)[0]  # (the lead's end only: a sentence may be a page long)
    lead = text[max(start, cue.start - LEAD_CHARS):cue.start]
    opens = not lead.strip(_LEAD_MARKS) and not text[start:cue.start].strip(_LEAD_MARKS)
    # "… haben laut den Zahlen über 26 Millionen …", "… konnten nach Angaben des Konzerns eine
    # Software einschleusen, die …": a marker inside its clause (a word right before it) has
    # for source its noun phrase, never the rest of the clause, comma or not (where nouns are
    # capitalised: elsewhere a lower-case adjective goes on the source, "les autorités locales")
    inside = (not opens and lex.rules.capitalised_nouns
              and _INSIDE_LEAD.search(lead) is not None)
    open_end = (inside and bool(chunk)) or (
        opens and lex.rules.has_case and bool(chunk)
        and not re.match(r"\s*[,:;(]", text[chunk[-1].end:]))  # "(WCF)" closes too
    if open_end:
        chunk = source_head(text, chunk, lex)
    sp = phrase_speaker(text, owner(chunk, lex), lex, ctx.mentions, before_verb=False)
    glued = lex.glued(ws, cue.wi, cue.wj - cue.wi, lex.markers)
    if sp is not None and glued and sp.start == ws[cue.wj].start:  # "وفقا لوزارة"
        sp = Speaker(sp.start + glued, sp.end, text[sp.start + glued:sp.end], sp.entity_id,
                     sp.name, sp.label)
    if not valid_speaker(sp, lex, ctx.mentions):
        source = common_source(text, owner(chunk, lex), lex, glued)
        if source is not None:
            sp, cue.common_source = source, True
    cue.speaker_after_end = first + len(chunk)
    cue.explicit = sp is not None
    cue.speaker = cue.subject = sp  # "according to X" does not change who is speaking
    if sp is not None and sp.label == "PER":
        _remember(ctx, cue.start, sp)  # unless X is a person: "…, according to X. “…,” he says"
    if sp is not None and sp.entity_id is None:
        cue.speaker = resolve_role(text, sp, lex, ctx.mentions)
        if cue.speaker is sp:  # "so die Ministerin": the role's holder who spoke last
            own = lex.rules.capitalised_nouns and not _indefinite(sp, lex)  # ("a spokesman": new)
            cue.speaker = (role_holder(ctx, sp, cue.start) if own else None) or _organisation(ctx, sp)
    if (pron := stressed_subject(sp, lex)) is not None:  # "selon lui": whom "il" stands for
        cue.speaker = antecedent_or(resolve(ctx, pron, cue.start), pron, sp)


def _source_elsewhere(ctx: _Context, cue: _Cue) -> None:
    """The source of a postposed marker (the phrase the cue holds before it: "Dem Bericht
    zufolge") or of a subject-source marker (the clause's subject: "Die Firma hat nach
    eigenen Angaben …"); its content starts after the marker, or after the subject."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if cue.inner is not None:
        chunk = words(text, *cue.inner)
    else:
        chunk = subject_chunk(text, ws, cue.wi, cue.wj, lex, ctx.sentence(cue.start)[0])
    sp = phrase_speaker(text, owner(chunk, lex), lex, ctx.mentions, before_verb=False)
    if not valid_speaker(sp, lex, ctx.mentions):
        source = common_source(text, owner(chunk, lex), lex, 0) if cue.inner is not None else None
        sp, cue.common_source = (source, True) if source is not None else (sp, False)
    cue.speaker_after_end = cue.wj
    if sp is not None and sp.start > cue.end:  # "Nach eigenen Angaben hat die Firma …"
        cue.speaker_after_end = ctx.word_at(sp.end)
    cue.explicit = sp is not None
    cue.subject = sp
    cue.speaker = resolve(ctx, sp, cue.start) if sp is not None else None


def _agent_or_inner(ctx: _Context, cue: _Cue) -> None:
    """The agent after a passive cue ("were told by engineers that") or the subject inside a
    split cue ("fügte er hinzu", "a-t-il lâché")."""
    text, ws, lex = ctx.text, ctx.words, ctx.lex
    if cue.inner is not None:
        inner = words(text, *cue.inner)
        sp = phrase_speaker(text, inner, lex, ctx.mentions, before_verb=False)
        if cue.kind == "agent" and not valid_speaker(sp, lex, ctx.mentions):
            source = common_source(text, inner, lex, 0)
            if source is not None:
                sp, cue.common_source = source, True
    else:
        chunk = chunk_after(text, ws, cue.wj, lex)
        sp = phrase_speaker(text, chunk, lex, ctx.mentions, before_verb=False)
        if not valid_speaker(sp, lex, ctx.mentions):
            source = common_source(text, chunk, lex, 0)
            if source is not None:
                sp, cue.common_source = source, True
        cue.speaker_after_end = cue.wj + len(chunk)
    cue.speaker = resolve(ctx, sp, cue.start)
    cue.subject = sp
    cue.explicit = sp is not None


def _after_relative(ws: list[Word], i: int, lex: Lexicon) -> bool:
    """"…, who said": the cue's subject is the relative pronoun's antecedent."""
    k = i - 1
    while k >= 0 and ws[k].key in SKIP_BEFORE_VERB:
        k -= 1
    return k >= 0 and ws[k].key in lex.relatives


def _elided(before: list[Word], lex: Lexicon) -> bool:
    """A subordinator right before the cue ("… to the Lee campaign if asked", "… as noted"):
    the cue's subject is elided, and a name before the subordinator is no speaker."""
    last = before[-1] if before else None
    return last is not None and last.key in _SUBORDINATORS and last.text[:1].islower()


def _names_start(chunk: list[Word]) -> bool:
    return bool(chunk) and chunk[0].text[:1].isupper()
