"""Entity linking: one identity per person, organisation or place across languages and scripts.

For one article, in order:

0. the NER mentions are grouped into referents (``referents``): titles cut off and kept as
   the person's role, one type per referent from all its evidence; a referent's other forms
   (its surname alone, "J. Ashford") take the entity its head (longest full name) links to;
1. each NER mention is looked up by its name key in the knowledge base, then in
   the ``Memory`` of entities learned from earlier articles, then by consonant
   skeleton (``transliterate``): exactly for Latin and Cyrillic spellings, within
   one edit for Arabic ones (``ستولتنبرج`` ~ ``ستولتنبرغ``). Arabic proclitics
   (``و ف ب ل ك``) are tried off when the full form is unknown: ``والناتو``,
   ``لبوتين``. Single-word person names wait for step 4;
2. knowledge-base names that NER missed are looked for in the text (``textscan``:
   capitalised and not part of a longer capitalised name, in Latin script);
3. role titles found in the text (``NATO Secretary General``, ``المتحدث باسم
   الكرملين``) resolve to the holder on the article's date, unless a name is
   written right beside them; a generic title (``Secretary General``) only when
   exactly one of its organisations is named in the article;
4. short person mentions (``Stoltenberg``, ``ستولتنبرغ``) attach to a full name
   of the article sharing that word or its skeleton, else to the KB;
5. context names (``the alliance``, ``الحلف``) attach to their entity when it is
   named elsewhere in the article and no other candidate is;
6. what is still unknown becomes a learned entity whose id is a hash of its
   name key alone (its type, decided by the majority of its sightings, is a property
   and may change); the Memory keeps its names, so later spellings in other scripts
   attach to it. A person's surname alone links to an archive person only while exactly one
   has it; a full name never links to a person with other given names.
"""

from __future__ import annotations

from dragoman.entities.acronyms import acronym_names
from dragoman.entities.articlenames import (
    article_person,
    full_name_words,
    join_article_names,
    name_words,
    surnames_alone,
)
from dragoman.entities.clockzone import time_zone
from dragoman.entities.commanames import comma_joined, comma_tails
from dragoman.entities.conjoined import conjoined_cut, cut_followers
from dragoman.entities.contextspot import first_name_of_next, spot_in_context
from dragoman.entities.coordination import acronym_joined, initial_joined, split_joined
from dragoman.entities.coordsides import side_part
from dragoman.entities.currencynisba import add_nationalities
from dragoman.entities.descriptors import reshape
from dragoman.entities.descriptortypes import settle_described_types
from dragoman.entities.docentities import archive_forms, doc_entities, full_name, trim_start
from dragoman.entities.enauxiliaries import shape_auxiliaries
from dragoman.entities.germangenitivepeople import bare_person
from dragoman.entities.germanlink import declined_key, genitive_lookups
from dragoman.entities.kb import name_key, name_skeleton, role_holder, token_key, variant_key
from dragoman.entities.kbscope import unlink_foreign_names
from dragoman.entities.kbties import settle_ties
from dragoman.entities.linkdoc import Doc, acronym_shape, common_in_text, corroborated, mention_fields
from dragoman.entities.memory import (
    ARABIC,
    learned_id,
    mention_variants,
    proclitic_variants,
    title_cut,
    usable_skeleton,
)
from dragoman.entities.nameclass import currency_code, founds_no_entity
from dragoman.entities.nonames import award_name, noun_phrase, title_tail
from dragoman.entities.notreferents import without_non_referents
from dragoman.entities.packcuts import pack_cuts
from dragoman.entities.peoplewords import people_word
from dragoman.entities.placecheck import possessive_places, settle_places
from dragoman.entities.referents import Referent, find_referents, only_honorific, team_place
from dragoman.entities.resolve import COMPATIBLE_TYPES
from dragoman.entities.shortforms import short_form_of
from dragoman.entities.spanindex import SpanIndex, TakenSpans
from dragoman.entities.spelledrun import respell
from dragoman.entities.splitting import find_cut
from dragoman.entities.textscan import DETECTED_SCORE, TextScanner, entity_type
from dragoman.entities.titles import article_noun, cued_one_words
from dragoman.entities.tokenize import tokenize
from dragoman.entities.transliterate import name_script
from dragoman.entities.translitpeople import FoldedPeople, Folds, language_folds
from dragoman.entities.wordclass import given_name_alone, settle
from dragoman.entities.works import only_in_title_quotes, title_positions, unlink_works
from dragoman.language.scripts import LATIN
from dragoman.model import Entity, Mention

# NER mentions less sure than this (the tagger's marginal probability of the span) link
# to known entities but found no new one: a span more likely wrong than right (unless a
# title written with it, kept as its role, says it names a person).
LEARN_MIN_SCORE = 0.5
# Scores of mentions that NER did not produce (NER mentions keep their own score; see
# textscan.DETECTED_SCORE).
ROLE_SCORE = 0.8
CONTEXT_SCORE = 0.7
# Characters allowed between a title and the name it introduces ("NATO chief Mark Rutte").
TITLE_GAP = 3
_GAP_CHARS = " ,،"  # what those characters may be
_POSSESSIVE = {"'s", "’s", "'S", "’S"}


class Linker(TextScanner):
    """Links mentions of an article to KB or learned entities (see the module docstring)."""

    # Set per article by ``link``: one-word NER names resolve by key only (fragment models).
    exact_one_words: bool = False
    # Set per article by ``link``: its language's transliteration folds (``translitpeople``).
    name_folds: Folds = ()
    _folded_people: FoldedPeople | None = None

    # -- one article --------------------------------------------------------------------------
    def link(self, text: str, mentions: list[Mention], language: str | None = None,
             date: str | None = None, ner: bool = True, scan_chars: int | None = None,
             fragment_names: bool = False) -> tuple[list[Mention], list[Entity]]:
        """Mentions with ``entity_id`` set (plus those found by KB, titles and context) and
        the entities they refer to. ``ner``: whether ``mentions`` come from NER over the
        text (if not, one-word KB person names are looked for too). ``scan_chars``: look for
        names, titles and context words in that many first characters only (all if None).
        ``fragment_names``: the NER model learned from Wikipedia fragments, so a one-word
        name it tags may name a known entity but never founds a new one."""
        doc = Doc(text, language, date, ner, fragment_names, occupied=bytearray(len(text)),
                  quotes=title_positions(text, language, mentions))
        self.exact_one_words = fragment_names  # one-word NER names link by key only
        self.name_folds = language_folds(language)
        doc.spans = tokenize(text if scan_chars is None else text[:scan_chars])
        last = 0
        for a, b in doc.spans:
            piece = text[a:b]
            doc.keys.append("" if piece in _POSSESSIVE else token_key(piece))
            doc.breaks.append("\n" in text[last:a])
            last = b
        settled: list[Mention] = []
        in_order = pack_cuts(text, mentions, language)  # sorted; "le ministère de la Santé"
        in_order = comma_joined(text, in_order, lambda name: self.kb_type(name, False))  # "Washington, D.C."
        joined = acronym_names(text, acronym_joined(text, initial_joined(text, in_order),
                                                    lambda name: self.kb_type(name, False) is not None))
        ordered = possessive_places(text, split_joined(joined))  # "Hart's Island": one place
        for i, m in enumerate(ordered):
            shape_auxiliaries(m, text, language, self.kb_type)  # "Does Apple", "Joe Biden can"
            mention = self._settled(m, language)
            if mention is not None and not (currency_code(text, mention.start, mention.text)
                                            or time_zone(text, mention.start, mention.text)):
                limit = ordered[i + 1].start if i + 1 < len(ordered) else len(text)
                settled.append(reshape(mention, text, limit, language, self.kb_type))
        settled = without_non_referents(text, settled, self.kb_type, language, fragment_names)
        comma_tails(settled, lambda name: self.kb_type(name, False),  # "D.C." alone, later
                    lambda name: self._only_seed(self.kb.by_key.get(name_key(name), []), "LOC"))
        # One referent per person, organisation or place: types decided once, titles cut.
        referents = find_referents(text, settled, language, self.kb_type)
        doc.cued = cued_one_words(text, settled, language)
        followers = {id(f) for r in referents if full_name(r.head) for f in r.followers}
        named: dict[str, str] = {name_key(m.text): m.label for m in settled}
        deferred: list[Mention] = []
        for mention in settled:
            doc.add(mention)
            if mention.entity_id or id(mention) in followers:
                continue  # known, or takes its referent's entity (``_unify``)
            if mention.label == "PER" and not full_name(mention):
                deferred.append(mention)
                continue
            self._resolve_mention(mention)
            self._resolve_genitive(mention, language)
            if mention.entity_id is None:
                self._split(doc, mention, named)
            if mention.entity_id is None:
                self._respell(doc, mention)
            if mention.entity_id is None:
                self._resolve_mention(mention, loosely=True)
        # Value equality, as ``not in deferred`` compared (a set: that list test was quadratic).
        waiting = {mention_fields(m) for m in deferred}
        for mention in doc.mentions:
            if (mention.entity_id is None and mention_fields(mention) not in waiting
                    and id(mention) not in followers):
                self._learn(mention, doc)
        self._unify(doc, referents, named)
        matches = self._scan(doc)
        self._detect(doc, matches)
        add_nationalities(doc, self.kb.entities, DETECTED_SCORE)  # not "دولار أمريكي" (currencynisba)
        self._spot(doc)
        unlink_foreign_names(self.kb, doc)  # German "Island" in English text: no Iceland
        spot_in_context(self.memory, doc)  # learned names of the article's context NER missed
        self._titles(doc, matches)
        self._short_mentions(doc, deferred)
        settle_ties(self, doc.mentions)  # KB namesakes of one name: the article's context decides
        self._context(doc, matches)
        settle_places(self.kb, text, doc.mentions, self.memory.display, language)  # towns, regions
        unlink_works(text, doc.mentions, self.kb.entities, doc.quotes)  # song, film titles
        settle_described_types(text, doc.mentions, language,  # "Konzern Amazon": one type, ORG
                               lambda i: e.type if (e := self.kb.entities.get(i)) is not None else None)
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        self.memory.weigh_mentions(doc.mentions)  # (before the entities take their types)
        entities = doc_entities(doc, self.kb, self.memory)
        # Later spellings, in any script, attach to every form written here, a learned
        # entity's short forms too ("Menga" after "Dolly Menga", later "مينجا"); its type
        # was voted on by its mentions already.
        for entity in entities:
            learned = entity.id.startswith("x-")
            for form in archive_forms(entity):
                self.memory.remember(entity.id, entity.type, entity.name, form, language,
                                     vote=not learned)
        self.memory.cross.seen_together(entity.id for entity in entities)
        return doc.mentions, entities

    def _settled(self, m: Mention, language: str | None) -> Mention | None:
        """An NER mention's copy, word classes applied (``settle``); None if it names no entity."""
        mention = Mention(m.start, m.end, m.text, m.label, m.entity_id, m.score, m.reason, m.role)
        if mention.entity_id is None and (
                only_honorific(mention.text) or not settle(mention, self.kb.entities, language)):
            return None
        if mention.entity_id is not None and not mention.reason:
            mention.reason = "nationality" if m.entity_id is None else "given"
        return mention

    def _resolve_mention(self, mention: Mention, loosely: bool = False) -> None:
        if self.exact_one_words and len(mention.text.split()) == 1:
            found, shift = self.resolve(mention.text, mention.label, exact=True)
        else:
            resolve = self.resolve_loosely if loosely else self.resolve
            found, shift = resolve(mention.text, mention.label)
        if found is not None and (
            (mention.label == "PER" and self._given_name_clash(mention.text, found))
            or self._foreign_detour(mention.text, found) or team_place(mention, self.type_of(found))
            or (found.startswith("x-") and self.type_of(found) != "PER" and people_word(mention.text))
        ):
            found = None  # "Danny Reyes" is not "Tom Reyes"; "Marsh" is not Merz; "Welsh"
        if mention.label == "PER" and self.name_folds and (found is None or found.startswith("x-")):
            if self._folded_people is None:
                self._folded_people = FoldedPeople(self.kb)
            spelled = self._folded_people.find(mention.text, self.name_folds)  # Sergej Lawrow
            found, shift = (spelled, 0) if spelled is not None else (found, shift)
        if found is not None:
            trim_start(mention, shift)
            self._take(mention, found)

    def _resolve_genitive(self, mention: Mention, language: str | None) -> None:
        """A German name in the genitive, unlinked (a place or body: or only learned), linked by
        its bare form by exact key (``genitive_lookups``): a person's full name ("Silvio Berlusconis"),
        a KB place or body only ("Präsident Brasiliens", "des Bundestages")."""
        person = mention.label == "PER"
        if mention.entity_id is not None and (person or not mention.entity_id.startswith("x-")):
            return
        for stem in genitive_lookups(mention.text, mention.label, language):
            found, shift = self.resolve(stem, mention.label, exact=True)
            if found is not None and not shift and (not self._given_name_clash(stem, found) if person
                                                    else found in self.kb.by_key.get(name_key(stem), ())):
                self._take(mention, found)
                return

    def _take(self, mention: Mention, found: str) -> None:
        """Link ``mention`` to ``found`` with its reason; a KB entity's or a person's type wins."""
        mention.entity_id = found
        mention.reason = self._reason(mention.text, found)
        kind, kb = self.type_of(found), self.kb.entities  # (a learned non-person's: the votes)
        if kind not in COMPATIBLE_TYPES.get(mention.label, ()) and (kind == "PER" or found in kb):
            mention.label = entity_type(kind or mention.label)

    def _respell(self, doc: Doc, mention: Mention) -> bool:
        """A spelled-out acronym NER cut or wrapped ("وأي تي" of وأي تي في, ITV), moved onto
        its letters and linked (``spelledrun``)."""
        spelled = respell(doc.text, mention, self.lookup, self._by_skeleton)
        if spelled is not None:
            self._take(mention, spelled)
            doc.occupied[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        return spelled is not None

    def _reason(self, text: str, found: str) -> str:
        if found in self.kb.entities:
            return "kb-name"
        key = name_key(text)
        if " " not in key and found in self.memory.surnames.get(key, ()):
            return "archive-surname"
        return "archive-name"

    def _foreign_detour(self, text: str, found: str) -> bool:
        """A short Latin name reaching a KB entity only through the entity's spelling in
        another script ("Marsh" via ميرز to Friedrich Merz), though it has Latin names."""
        entity = self.kb.entities.get(found)
        if entity is None or name_script(text) != LATIN or usable_skeleton(name_skeleton(text)):
            return False
        key = name_key(text)
        if found in self.kb.by_key.get(key, ()) or found in self.kb.variant_keys.get(variant_key(key), ()):
            return False
        return any(name_script(n) == LATIN for n in (entity.name, *entity.names.values()))

    def _unify(self, doc: Doc, referents: list[Referent], named: dict[str, str]) -> None:
        """Every other form of a referent takes the entity of its head (its longest full
        name); where the head found none, each form is linked on its own, and founds none
        when the head's name may found none ("Dance" of "Dance Act", an awards category)."""
        for r in referents:
            cut_followers(r, lambda m: self._split(doc, m, named))  # "Lula e Bolsonaro" again
            if not full_name(r.head):
                continue
            whole = name_key(r.head.text) == r.key  # not cut in two since
            refused = r.head.entity_id is None and founds_no_entity(r.head.text, r.head.label)
            for m in r.followers:
                if r.head.label != "PER" and people_word(m.text):
                    continue  # "Welsh" beside "Welsh Parliament": the people, no short form
                if whole and r.head.entity_id is not None:
                    m.entity_id, m.label, m.reason = r.head.entity_id, r.head.label, "referent"
                    continue
                self._resolve_mention(m)
                if m.entity_id is None and not refused:
                    self._learn(m, doc)

    def _split(self, doc: Doc, mention: Mention, named: dict[str, str]) -> None:
        """Two names NER ran together ("الناتو ينس ستولتنبرغ", "Lula e Bolsonaro") become two mentions
        (``conjoined``, ``splitting.find_cut``; ``named``: name key -> label of the article's NER
        mentions); an unknown right side is resolved and cut again in turn."""
        cut = conjoined_cut(self, doc, mention, named) or find_cut(  # at a conjunction first
            mention.text, mention.label, lambda text: side_part(self, doc, mention, text, named))
        if cut is None:
            return
        text, start = mention.text, mention.start
        right = Mention(start + cut.right_start, mention.end, text[cut.right_start :],
                        mention.label, None, mention.score)
        mention.end = start + cut.left_end
        mention.text = text[: cut.left_end]
        for side, part in ((mention, cut.left), (right, cut.right)):
            if part is not None:
                side.entity_id = None if part.gazetteer else part.entity_id
                side.reason = "split" if side.entity_id else ""
                side.label = entity_type(part.label)
                trim_start(side, part.shift)
            if side.entity_id is None:
                self._resolve_mention(side)
        doc.add(right)
        if right.entity_id is None:
            self._split(doc, right, named)

    def _learn(self, mention: Mention, doc: Doc) -> None:
        """A new (or memory) entity for an unknown name; a definite Arabic form is canonical."""
        if self._respell(doc, mention):  # a later cut of one (referents skip the loop above)
            return
        shift, name = 0, mention.text
        for s, variant in proclitic_variants(mention.text)[1:]:
            if s and variant.startswith("ال"):
                shift, name = s, variant
        cut = title_cut(name)
        shift, name = shift + cut, name[cut:]
        trim_start(mention, shift)
        key = declined_key(name, mention.label, doc.language, self.memory.types.__contains__)
        key = name_key(bare) if (bare := bare_person(doc.text, name, mention.label, doc.language)) else key
        if not key or (doc.fragment_names and len(name.split()) == 1 and not acronym_shape(name)):
            return  # a capitalised common word to such a model (German nouns; "AfD" is none)
        if mention.label == "PER" and " " not in key and len(self.memory.surnames.get(key, ())) > 1:
            return  # a surname alone, of two people the archive knows: no guess, no new entity
        known = self.memory.by_key.get(key, "")  # attached earlier in this article ("مقدونيا")
        found = known if known.startswith("x-") else self._by_skeleton(name, mention.label)
        if self.place_refused(name, found) or (found is not None and self._foreign_detour(name, found)):
            found = None
        if found is None:  # a looser cross-script key, when the article's context agrees
            found = (self.cross_script(name, doc.mentions) or short_form_of(doc, mention, name, self.type_of)
                     or first_name_of_next(self.memory, doc, mention, lambda t: self.resolve(t, "PER")[0]))
            if mention.label == "PER" and self.person_refused(name, found):
                found = None
        if found is None and (
            (mention.score < LEARN_MIN_SCORE and not mention.role)  # a title vouches for it
            or doc.in_title_case_line(mention)
            or common_in_text(doc, name)
            or not corroborated(doc, name, mention)
            or given_name_alone(name)  # "Mike" alone would join every Mike of the archive
            or founds_no_entity(name, mention.label)  # "Muslim", "Iowa Republican"
            or (mention.label != "PER" and people_word(name))  # "the Welsh government"
            or noun_phrase(name, doc.language, lambda w: self.kb_type(w, True) == "LOC")
            or award_name(doc.text, mention.start, mention.end, doc.language)  # "Best New Artist"
            or title_tail(doc.text, mention.start, doc.language)  # "Bring Me the" Horizon
            or only_in_title_quotes(doc.text, name, doc.quotes, doc.title_only)  # “Greedy”
        ):
            return  # a doubtful span may name a known entity, never found a new one
        entity_id = found if found is not None else learned_id(key)
        mention.entity_id = entity_id
        mention.reason = "new" if found is None else "archive-name"
        # a first sighting types the entity; a learned one's mentions vote at the article's end
        self.memory.remember(entity_id, mention.label, bare or name, mention.text, doc.language, vote=False)
        label = self.type_of(entity_id) or mention.label
        if label != mention.label and (not entity_id.startswith("x-") or label == "PER"):
            mention.label = entity_type(label)

    # -- scanning the text for names, titles and context words ---------------------------------
    def _titles(self, doc: Doc, matches: list[tuple[int, int, int, int, str]]) -> None:
        named = {m.entity_id for m in doc.mentions if m.entity_id}
        taken = TakenSpans()  # a title inside a longer one is the same title
        index = SpanIndex.of(doc.text, doc.mentions, TITLE_GAP, _GAP_CHARS)
        for _, _, start, end, key in matches:
            if key not in self.kb.title_keys and key not in self.kb.generic_keys:
                continue
            if taken.contains(start, end):
                continue
            taken.add(start, end)
            roles = self.kb.title_keys.get(key)
            if roles is None:
                generic = self.kb.generic_keys.get(key, [])
                roles = [r for r in generic if r.org in named]
                if len({r.org for r in roles}) != 1:
                    continue
            # a name written beside the title, or a mention running across it
            if index.beside_person(start, end) or index.crosses(start, end):
                continue
            holder = role_holder(roles, doc.date, named)
            if holder is not None:
                mention = Mention(start, end, doc.text[start:end], "PER", holder, ROLE_SCORE, "role-title")
                doc.add(mention, derived=True)
                index.add(mention)
                named.add(holder)

    def _short_mentions(self, doc: Doc, deferred: list[Mention]) -> None:
        """Single-word person names: a full name of this article first, then the KB/memory;
        then surnames NER missed, and words of the article's full names that reached a name
        learned elsewhere (``articlenames``)."""
        words, skeletons = name_words(doc)
        first = full_name_words(doc)
        for mention in (m for m in deferred if not article_noun(doc.text, m.start, doc.language)):
            for shift, variant in mention_variants(mention.text):
                key = name_key(variant)
                ids = words.get(key) or skeletons.get(name_skeleton(key)) if key else None
                if ids and len(ids) == 1:
                    trim_start(mention, shift)
                    mention.entity_id, mention.reason = next(iter(ids)), "article-surname"
                    break
            else:
                if (person := article_person(first, mention)) is not None:  # "كيم" of كيم جونج أون
                    mention.entity_id, mention.reason = person, "referent"
                    continue
                # The surname of two people of this article: no archive person, no new entity.
                shared = len(words.get(name_key(mention.text), ())) > 1
                self.archive_surnames = not shared
                try:
                    self._resolve_mention(mention)
                finally:
                    self.archive_surnames = True
                if mention.entity_id is None and not shared:
                    self._learn(mention, doc)
        surnames_alone(doc, words, skeletons)  # "وانضمت إلى ستولتنبرج"
        join_article_names(doc)  # "كيم" after "كيم جونج أون"

    def _context(self, doc: Doc, matches: list[tuple[int, int, int, int, str]]) -> None:
        named = {m.entity_id for m in doc.mentions if m.entity_id}
        for i, _, start, end, key in matches:
            ids = [e for e in self.kb.context_keys.get(key, ()) if e in named]
            if len(ids) != 1 or doc.covered(start, end):
                continue
            token = doc.text[doc.spans[i][0] : doc.spans[i][1]]
            if ARABIC.match(token) and not any(v.startswith("ال") for _, v in proclitic_variants(token)):
                continue  # "حلف وارسو" is another pact; only the definite "الحلف" refers back
            entity = self.kb.entities[ids[0]]
            doc.add(
                Mention(start, end, doc.text[start:end], entity.type, entity.id, CONTEXT_SCORE, "context"),
                derived=True,
            )
