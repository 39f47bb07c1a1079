"""Entity linking: one identity per person, organisation or place across languages and scripts.

For one article, in order:

1. each NER mention is looked up by its name key in the knowledge base, then in
   the ``Memory`` of entities learned from earlier articles, then by consonant
   skeleton (``transliterate``): exactly for Latin and Cyrillic spellings, within
   one edit for Arabic ones (``ستولتنبرج`` ~ ``ستولتنبرغ``). Arabic proclitics
   (``و ف ب ل ك``) are tried off when the full form is unknown: ``والناتو``,
   ``لبوتين``. Single-word person names wait for step 4;
2. knowledge-base names that NER missed are looked for in the text (capitalised
   and not part of a longer capitalised name, in Latin script);
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
   attach to it.
"""

from __future__ import annotations

import re

from dragoman.entities.kb import (
    Role,
    name_key,
    name_skeleton,
    token_key,
)
from dragoman.entities.linkdoc import SENTENCE_END, Doc, common_in_text, mention_fields
from dragoman.entities.memory import (
    ARABIC,
    SKELETON_NEAR_MIN,
    SPOT_MAX_TOKENS,
    learned_id,
    mention_variants,
    proclitic_variants,
    title_cut,
)
from dragoman.entities.resolve import COMPATIBLE_TYPES, NameResolver, is_common_word
from dragoman.entities.spanindex import SpanIndex, TakenSpans
from dragoman.entities.splitting import Part, find_cut
from dragoman.entities.tokenize import tokenize
from dragoman.entities.transliterate import NAME_SCRIPTS, name_script, skeleton, vowelled
from dragoman.entities.wordclass import nationalities_in, settle
from dragoman.language.scripts import ARABIC as ARABIC_SCRIPT
from dragoman.language.scripts import CYRILLIC, LATIN
from dragoman.model import Entity, EntityType, Mention

# Shortest surname (letters) looked for alone in the text once its full name has appeared.
SURNAME_MIN = 4
# NER mentions less sure than this (the tagger's marginal probability of the span) link
# to known entities but found no new one: a span more likely wrong than right.
LEARN_MIN_SCORE = 0.5
# Scores of mentions that NER did not produce (NER mentions keep their own score).
DETECTED_SCORE = 0.9
ROLE_SCORE = 0.8
CONTEXT_SCORE = 0.7
# Characters allowed between a title and the name it introduces ("NATO chief Mark Rutte").
TITLE_GAP = 3
_GAP_CHARS = " ,،"  # what those characters may be

_LATIN_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_POSSESSIVE = {"'s", "’s", "'S", "’S"}
# The script of the text an NER model of each language reads.
_LANGUAGE_SCRIPT = {
    "ar": ARABIC_SCRIPT,
    "fa": ARABIC_SCRIPT,
    "ur": ARABIC_SCRIPT,
    "ru": CYRILLIC,
    "uk": CYRILLIC,
    "bg": CYRILLIC,
    "en": LATIN,
    "fr": LATIN,
    "es": LATIN,
    "de": LATIN,
    "it": LATIN,
    "pt": LATIN,
    "nl": LATIN,
    "tr": LATIN,
}


class Linker(NameResolver):
    """Links mentions of an article to KB or learned entities (see the module docstring)."""

    # Set per article by ``link``: one-word NER names resolve by key only (fragment models).
    exact_one_words: bool = False

    # -- one article --------------------------------------------------------------------------
    def link(
        self,
        text: str,
        mentions: list[Mention],
        language: str | None = None,
        date: str | None = None,
        ner: bool = True,
        scan_chars: int | None = None,
        fragment_names: bool = False,
    ) -> tuple[list[Mention], list[Entity]]:
        """Mentions with ``entity_id`` set (plus those found by KB, titles and context) and
        the entities they refer to. ``ner``: whether ``mentions`` come from NER over the
        text (if not, one-word KB person names are looked for too). ``scan_chars``: look for
        names, titles and context words in that many first characters only (all if None).
        ``fragment_names``: the NER model learned from Wikipedia fragments, so a one-word
        name it tags may name a known entity but never founds a new one."""
        doc = Doc(text, language, date, ner, fragment_names, occupied=bytearray(len(text)))
        self.exact_one_words = fragment_names  # one-word NER names link by key only
        doc.spans = tokenize(text if scan_chars is None else text[:scan_chars])
        last = 0
        for a, b in doc.spans:
            piece = text[a:b]
            doc.keys.append("" if piece in _POSSESSIVE else token_key(piece))
            doc.breaks.append("\n" in text[last:a])
            last = b
        deferred: list[Mention] = []
        labels = _label_votes(mentions)
        named: dict[str, str] = {name_key(m.text): labels.get(name_key(m.text), m.label) for m in mentions}
        for m in sorted(mentions, key=lambda m: (m.start, m.end)):
            label = labels.get(name_key(m.text), m.label) if m.entity_id is None else m.label
            mention = Mention(m.start, m.end, m.text, label, m.entity_id, m.score)
            if mention.entity_id is None and not settle(mention, self.kb.entities, language):
                continue  # a month or weekday name: no entity
            doc.add(mention)
            if mention.entity_id:
                continue
            if mention.label == "PER" and len(name_key(mention.text).split()) < 2:
                deferred.append(mention)
                continue
            self._resolve_mention(mention)
            if mention.entity_id is None:
                self._split(doc, mention, named)
            if mention.entity_id is None:
                self._resolve_mention(mention, loosely=True)
        # Value equality, as ``not in deferred`` compared (a set: that list test was quadratic).
        waiting = {mention_fields(m) for m in deferred}
        for mention in doc.mentions:
            if mention.entity_id is None and mention_fields(mention) not in waiting:
                self._learn(mention, doc)
        matches = self._scan(doc)
        self._detect(doc, matches)
        for found in nationalities_in(doc, self.kb.entities, DETECTED_SCORE):
            doc.add(found)
        self._spot(doc)
        self._titles(doc, matches)
        self._short_mentions(doc, deferred)
        self._context(doc, matches)
        doc.mentions.sort(key=lambda m: (m.start, -m.end))
        entities = self._entities(doc)
        # Later spellings, in any script, attach to every form written here, a learned
        # entity's short forms too ("Menga" after "Dolly Menga", later "مينجا"); its type
        # was voted on by its mentions already.
        for entity in entities:
            learned = entity.id.startswith("x-")
            for form in entity.aliases:
                self.memory.remember(entity.id, entity.type, entity.name, form, language,
                                     vote=not learned)
        return doc.mentions, entities

    def _resolve_mention(self, mention: Mention, loosely: bool = False) -> None:
        if self.exact_one_words and len(mention.text.split()) == 1:
            found, shift = self.resolve(mention.text, mention.label, exact=True)
        else:
            resolve = self.resolve_loosely if loosely else self.resolve
            found, shift = resolve(mention.text, mention.label)
        if found is not None:
            _trim(mention, shift)
            mention.entity_id = found
            kind = self._type_of(found)
            if kind not in COMPATIBLE_TYPES.get(mention.label, ()):
                mention.label = _entity_type(kind or mention.label)

    def _split(self, doc: Doc, mention: Mention, named: dict[str, str]) -> None:
        """Two names NER ran together ("الناتو ينس ستولتنبرغ", "Chelsea Daniel Sturridge")
        become two mentions (``splitting.find_cut``; ``named``: name key -> label of the
        article's NER mentions); an unknown right side is resolved and cut again in turn."""
        cut = find_cut(mention.text, mention.label, lambda text: self._part(text, named))
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
                side.label = _entity_type(part.label)
                _trim(side, part.shift)
            if side.entity_id is None:
                self._resolve_mention(side)
        doc.add(right)
        if right.entity_id is None:
            self._split(doc, right, named)

    def _part(self, text: str, named: dict[str, str]) -> Part | None:
        """What ``find_cut`` knows of one side of a span."""
        weak: Part | None = None
        for label in ("PER", "ORG", "LOC"):
            found, shift = self.resolve(text, label)
            if found is not None:
                kind = self._type_of(found) or label
                if not self._gazetteer(found):
                    return Part(found, shift, kind)
                weak = weak or Part(found, shift, kind, gazetteer=True)
        if name_key(text) in named:
            label = named[name_key(text)]
            if weak is None:
                return Part(None, 0, label, tagged=True)
            return Part(weak.entity_id, weak.shift, label, gazetteer=True, tagged=True)
        return weak

    def _learn(self, mention: Mention, doc: Doc) -> None:
        """A new (or memory) entity for an unknown name; a definite Arabic form is canonical."""
        shift, name = 0, mention.text
        for s, variant in proclitic_variants(mention.text)[1:]:
            if s and variant.startswith("ال"):
                shift, name = s, variant
        cut = title_cut(name)
        shift, name = shift + cut, name[cut:]
        _trim(mention, shift)
        key = name_key(name)
        if not key or (doc.fragment_names and len(name.split()) == 1):
            return  # a capitalised common word to such a model (German nouns): no new entity
        found = self._by_skeleton(name, mention.label)
        if self.place_refused(name, found):
            found = None
        if found is None and (
            mention.score < LEARN_MIN_SCORE
            or doc.in_title_case_line(mention)
            or common_in_text(doc, name)
        ):
            return  # a doubtful span may name a known entity, never found a new one
        entity_id = found if found is not None else learned_id(key)
        mention.entity_id = entity_id
        # this sighting votes for the entity's type; the mention takes the type decided
        self.memory.remember(entity_id, mention.label, mention.text, mention.text, doc.language)
        label = self._type_of(entity_id) or mention.label
        if label != mention.label:
            mention.label = _entity_type(label)

    # -- scanning the text for names, titles and context words ---------------------------------
    def _scan(self, doc: Doc) -> list[tuple[int, int, int, int, str]]:
        """Every ``(start token, end token, start char, end char, key)`` whose key is a
        KB detection name, title or context name."""
        kb, keys, spans = self.kb, doc.keys, doc.spans
        wanted = (kb.detect_keys, kb.surname_keys, kb.title_keys, kb.generic_keys, kb.context_keys)
        out = []
        for i, first in enumerate(keys):
            if not first:
                continue
            a, b = spans[i]
            starts = [(0, first)]
            if ARABIC.match(doc.text, a):
                starts += [(s, token_key(v)) for s, v in proclitic_variants(doc.text[a:b])[1:]]
            for shift, key in starts:
                for j in range(i + 1, min(len(keys), i + kb.max_tokens) + 1):
                    if j > i + 1:
                        if not keys[j - 1] or doc.breaks[j - 1]:
                            break
                        key = f"{key} {keys[j - 1]}"
                    if key not in kb.prefixes:
                        break
                    if any(key in index for index in wanted):
                        out.append((i, j, a + shift, spans[j - 1][1], key))
        out.sort(key=lambda x: (x[2] - x[3], x[2]))  # longest first
        return out

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
            holder = _holder(roles, doc.date, named)
            if holder is not None:
                mention = Mention(start, end, doc.text[start:end], "PER", holder, ROLE_SCORE)
                doc.add(mention, derived=True)
                index.add(mention)
                named.add(holder)

    def _detect(self, doc: Doc, matches: list[tuple[int, int, int, int, str]]) -> None:
        # One-word person names in Latin script are left to NER ("Harris", "May"), except
        # where it did not run; Arabic and Cyrillic spellings of foreign surnames
        # (ترامب, بوتين) are distinctive enough to look for anyway.
        expected = _LANGUAGE_SCRIPT.get(doc.language or "")
        for i, j, start, end, key in matches:
            ids = self.kb.detect_keys.get(key)
            if ids is None and (
                self.kb.surname_keys.get(key)
                and (
                    not doc.ner
                    or name_script(doc.text[start:end]) in (ARABIC_SCRIPT, CYRILLIC)
                    or name_script(doc.text[start:end]) != expected
                )
            ):
                ids = self.kb.surname_keys[key]
            if not ids or doc.covered(start, end) or not self._plausible(doc, i, j, key):
                continue
            if j == i + 1 and is_common_word(doc.text[start:end]):
                continue
            entity = self.kb.entities[ids[0]]
            doc.add(Mention(start, end, doc.text[start:end], entity.type, entity.id, DETECTED_SCORE))

    def _spot(self, doc: Doc) -> None:
        """Learned names written in another script (the Arabic spelling of a name first
        seen in English), found by exact skeleton where NER missed them."""
        spotted, firsts = self.memory.spotted, self.memory.spot_first
        if not spotted:
            return
        text, spans, keys = doc.text, doc.spans, doc.keys
        for i, first in enumerate(keys):
            a = spans[i][0]
            if not first or doc.occupied[a]:
                continue
            script = name_script(first)
            if script == LATIN and not _LATIN_UPPER.match(text, a):
                continue
            others = [o for o in NAME_SCRIPTS if o != script]
            for shift, variant in proclitic_variants(text[a : spans[i][1]]):
                key = token_key(variant) if shift else first
                skel, vowels = skeleton(key), vowelled(key)
                if not any(f"{o}:{skel}" in firsts or f"v|{o}:{vowels}" in firsts for o in others):
                    continue
                found = self._spot_longest(doc, i, skel, vowels, others)
                if found is not None:
                    j, entity_id = found
                    start, end = a + shift, spans[j - 1][1]
                    if not doc.covered(start, end):
                        label = _entity_type(self.memory.types.get(entity_id, "MISC"))
                        doc.add(Mention(start, end, text[start:end], label, entity_id, DETECTED_SCORE))
                    break

    def _spot_longest(
        self, doc: Doc, i: int, skel: str, vowels: str, others: list[str]
    ) -> tuple[int, str] | None:
        """``(end token, entity id)`` of the longest learned name of another script whose
        skeleton (or vowelled skeleton) the tokens from ``i`` spell; ``skel`` and ``vowels``
        are those of token ``i`` (or of it without its proclitic)."""
        spotted, text, spans, keys = self.memory.spotted, doc.text, doc.spans, doc.keys
        latin = LATIN not in others  # the name is in Latin script: capitalised words only
        skels, vowelled_keys = [skel], [vowels]
        found = None
        for j in range(i + 1, min(len(keys), i + SPOT_MAX_TOKENS) + 1):
            if j > i + 1:
                if (
                    not keys[j - 1]
                    or doc.breaks[j - 1]
                    or (latin and not _LATIN_UPPER.match(text, spans[j - 1][0]))
                ):
                    break
                skels.append(skeleton(keys[j - 1]))
                vowelled_keys.append(vowelled(keys[j - 1]))
            if not skels[-1]:
                break
            joined, vjoined = " ".join(skels), " ".join(vowelled_keys)
            for other in others:
                hit = spotted.get(f"{other}:{joined}") or spotted.get(f"v|{other}:{vjoined}")
                if hit is not None:
                    found = (j, hit)
        return found

    def _plausible(self, doc: Doc, i: int, j: int, key: str) -> bool:
        """Latin-script names must be capitalised, acronyms in capitals, and not part of a
        longer capitalised name ("Washington Post", "New Georgia")."""
        text, spans = doc.text, doc.spans
        first = text[spans[i][0] : spans[i][1]]
        if ARABIC.match(first):
            return True
        if not _LATIN_UPPER.match(first):
            return False
        if key in self.kb.acronyms:
            span = text[spans[i][0] : spans[j - 1][1]]
            if not span.replace(".", "").replace(" ", "").isupper():
                return False
        if j < len(spans) and doc.keys[j] and not doc.breaks[j]:
            nxt = text[spans[j][0] : spans[j][1]]
            if _LATIN_UPPER.match(nxt) or (
                nxt == "of" and j + 1 < len(spans) and _LATIN_UPPER.match(text[spans[j + 1][0] :])
            ):
                return False
        if i > 0 and doc.keys[i - 1] and not doc.breaks[i]:
            prev = text[spans[i - 1][0] : spans[i - 1][1]]
            sentence_start = i < 2 or text[spans[i - 2][0] : spans[i - 2][1]] in SENTENCE_END
            if _LATIN_UPPER.match(prev) and not sentence_start:
                return False
        return True

    def _short_mentions(self, doc: Doc, deferred: list[Mention]) -> None:
        """Single-word person names: a full name of this article first, then the KB/memory."""
        words: dict[str, set[str]] = {}
        skeletons: dict[str, set[str]] = {}
        for m in doc.mentions:
            if m.label == "PER" and m.entity_id and id(m) not in doc.derived:
                for key in name_key(m.text).split()[1:] or ():
                    words.setdefault(key, set()).add(m.entity_id)
                    skel = name_skeleton(key)
                    if len(skel) >= SKELETON_NEAR_MIN:
                        skeletons.setdefault(skel, set()).add(m.entity_id)
        for mention in deferred:
            for shift, variant in mention_variants(mention.text):
                key = name_key(variant)
                ids = words.get(key) or skeletons.get(name_skeleton(key)) if key else None
                if ids and len(ids) == 1:
                    _trim(mention, shift)
                    mention.entity_id = next(iter(ids))
                    break
            else:
                self._resolve_mention(mention)
                if mention.entity_id is None:
                    self._learn(mention, doc)
        # The surname alone where NER missed it ("وانضمت إلى ستولتنبرج").
        for i, (a, b) in enumerate(doc.spans if words else ()):
            if len(doc.keys[i]) < SURNAME_MIN or doc.covered(a, b):
                continue
            piece = doc.text[a:b]
            if not (ARABIC.match(piece) or _LATIN_UPPER.match(piece)):
                continue
            for shift, variant in proclitic_variants(piece):
                key = token_key(variant)
                ids = words.get(key) or skeletons.get(skeleton(key))
                if ids and len(ids) == 1:
                    doc.add(Mention(a + shift, b, piece[shift:], "PER", next(iter(ids)), DETECTED_SCORE))
                    break

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
                Mention(start, end, doc.text[start:end], entity.type, entity.id, CONTEXT_SCORE), derived=True
            )

    def _entities(self, doc: Doc) -> list[Entity]:
        seen: dict[str, dict[str, None]] = {}  # entity id -> its forms, in order
        for m in doc.mentions:
            if m.entity_id:
                written = seen.setdefault(m.entity_id, {})
                if id(m) not in doc.derived:
                    written.setdefault(m.text, None)
        out = []
        for entity_id, form_set in seen.items():
            forms = list(form_set)
            kb_entity = self.kb.entities.get(entity_id)
            if kb_entity is not None:
                out.append(Entity(entity_id, kb_entity.name, kb_entity.type, dict(kb_entity.names), forms))
                continue
            names = dict(self.memory.names.get(entity_id, {}))
            if doc.language:
                names.setdefault(doc.language, max(forms, key=len))
            label = self.memory.types.get(entity_id, "MISC")
            display = self.memory.display.get(entity_id) or (forms[0] if forms else entity_id)
            out.append(Entity(entity_id, display, _entity_type(label), names, forms))
        return out


def _label_votes(mentions: list[Mention]) -> dict[str, EntityType]:
    """One label per name within an article: NER may tag "Chelsea" PER in one sentence
    and ORG in the next; each name key gets the label of the highest summed score."""
    votes: dict[str, dict[EntityType, float]] = {}
    for m in mentions:
        if m.entity_id is None:
            tally = votes.setdefault(name_key(m.text), {})
            tally[m.label] = tally.get(m.label, 0.0) + m.score
    return {key: max(tally, key=lambda lab: tally[lab]) for key, tally in votes.items() if len(tally) > 1}


def _entity_type(label: str) -> EntityType:
    return label if label in ("PER", "ORG", "LOC", "MISC") else "MISC"  # type: ignore[return-value]


def _trim(mention: Mention, shift: int) -> None:
    if shift and shift < len(mention.text):
        mention.start += shift
        mention.text = mention.text[shift:]


def _holder(roles: list[Role], date: str | None, named: set[str]) -> str | None:
    """Who held one of ``roles``: someone the article names, else the holder on ``date``."""
    holders = {h[0] for r in roles for h in r.holders}
    mentioned = holders & named
    if len(mentioned) == 1:
        return mentioned.pop()
    found = {h for r in roles if (h := r.holder_at(date)) is not None}
    return found.pop() if len(found) == 1 else None
