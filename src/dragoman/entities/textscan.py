"""Finding names in an article's text that NER did not tag: knowledge-base names
(``_detect``), learned names written in another script (``_spot``) or left in Latin letters
in a text of another script (``_spot_latin``), and the scan for KB
names, titles and context words that ``linking.Linker`` builds on. Moved out of
``linking.py`` (the per-article linker) unchanged."""

from __future__ import annotations

import re
from functools import lru_cache

from dragoman.entities.arabicclock import zone_place
from dragoman.entities.arabicword import name_words_end
from dragoman.entities.germanlink import german_disease
from dragoman.entities.givennames import given_name_clash
from dragoman.entities.givenpersons import given_name_persons, placed_in_a_name
from dragoman.entities.kb import RANK_SEED, KbEntity, name_key, token_key
from dragoman.entities.linkdoc import SENTENCE_END, Doc
from dragoman.entities.memory import ARABIC, SPOT_MAX_TOKENS, proclitic_variants
from dragoman.entities.resolve import NameResolver
from dragoman.entities.resolvewords import LATIN_ARABIC_ARTICLES, is_common_word
from dragoman.entities.spotrules import ARABIC_ARTICLE, everyday_after_known_name
from dragoman.entities.transliterate import NAME_SCRIPTS, name_script, skeleton, vowelled
from dragoman.entities.writtennames import spot_written
from dragoman.language import ar
from dragoman.language.rules import script_of_language
from dragoman.language.scripts import ARABIC as ARABIC_SCRIPT
from dragoman.language.scripts import CYRILLIC, LATIN
from dragoman.model import EntityType, Mention

# Score of mentions found in the text rather than by NER (NER mentions keep their own).
DETECTED_SCORE = 0.9
_LATIN_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
# Words of a spotted learned name for it to replace a mention of its first word alone.
SPOTTED_OVER_MIN_WORDS = 2
# Capitalised Latin words in a text of another script (``_spot_latin``; ASCII word characters,
# so that an Arabic word glued to the last one is left out), and the fewest letters of a run
# looked up: a lone capital is an initial or a grade ("A"), not a name.
_LATIN_RUN = re.compile(r"[A-Z][\w'&+-]*(?: [A-Z0-9][\w'&+-]*)*", re.ASCII)
LATIN_RUN_LETTERS_MIN = 2
# Characters that make a Latin run a piece of a longer token when written before it ("iPad",
# "www.Cloud.com", "x.com/Cloud", "@Cloud") or, with a letter after, right after it ("Cloud.com").
_GLUED_BEFORE = frozenset("./@:_")
_GLUED_AFTER = frozenset("./@")
# Lowercase words joining capitalised Latin words into one name ("University of Marsford",
# "Banco de Sevilla"): a run beside one is a piece of a longer name, not the name alone.
_JOINED_BEFORE = re.compile(r"[A-Z][\w'&+-]* (?:of|de|del|la|di|da|do|von|van|der|and|&|for|on) $")
_JOINED_AFTER = re.compile(r" (?:of|de|del|la|di|da|do|von|van|der|and|&|for|on) [A-Z]")
# Characters before a run read for a joining word and the capitalised word before it.
JOINED_LOOKBEHIND = 40
# Characters before a Latin run read for an Arabic head word (the longest, مستشفى, has 6).
HEAD_LOOKBEHIND = 12


# The scripts a name of each script is looked for in (``_spot``).
_OTHER_SCRIPTS = {script: [o for o in NAME_SCRIPTS if o != script] for script in NAME_SCRIPTS}


@lru_cache(maxsize=1 << 16)
def _spot_probes(key: str, script: str) -> tuple[str, str, tuple[str, ...]]:
    """A text word's skeleton, vowelled skeleton and the ``spot_first`` keys it may open
    a learned name of another script under (cached: words recur across articles)."""
    skel, vowels = skeleton(key), vowelled(key)
    probes = tuple(p for o in _OTHER_SCRIPTS[script] for p in (f"{o}:{skel}", f"v|{o}:{vowels}"))
    return skel, vowels, probes


class TextScanner(NameResolver):
    """The text scans of ``linking.Linker`` (see the module docstring)."""

    def _given_name_clash(self, text: str, found: str) -> bool:
        """Whether every known full name of ``found`` with the surname of ``text`` has other
        given names (the entity is another person of that surname)."""
        entity = self.kb.entities.get(found)
        if entity is not None:
            names = [entity.name, *entity.names.values()]
        else:
            names = [self.memory.display.get(found, ""), *self.memory.names.get(found, {}).values()]
        full = [n for n in names if len(name_key(n).split()) > 1]
        return bool(full) and all(given_name_clash(text, n) for n in full)

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

    def _detect(self, doc: Doc, matches: list[tuple[int, int, int, int, str]]) -> None:
        # One-word person names in Latin script are left to NER ("Harris", "May"), except
        # where it did not run; Arabic and Cyrillic spellings of foreign surnames
        # (ترامب, بوتين) are distinctive enough to look for anyway.
        expected = script_of_language(doc.language)  # the language pack's script
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
            if zone_place(doc.text, start, doc.text[start:end]):
                continue  # "بالتوقيت الصيفي لبريطانيا" names the zone (BST)
            if j == i + 1 and is_common_word(doc.text[start:end]):
                continue
            if j == i + 1 and german_disease(doc.text[start:end], doc.language):
                continue  # "die Pest" (the plague) is no Hungarian town
            if name_words_end(doc.text[start:end]) < end - start:
                continue  # "ميتًا" (dead) is not Meta: no name word carries tanween
            entity = self.kb.entities[ids[0]]
            if definite_detour(doc.text[start:end], entity):
                continue
            doc.add(Mention(start, end, doc.text[start:end], entity.type, entity.id, DETECTED_SCORE,
                            "kb-detected"))

    def _spot(self, doc: Doc) -> None:
        """Learned names written in another script (the Arabic spelling of a name first
        seen in English), found by exact skeleton where NER missed them."""
        spotted, firsts = self.memory.spotted, self.memory.spot_first
        spot_written(self.memory, doc, lambda word: self.kb_type(word, True) in ("LOC", "ORG"),
                     lambda i, person: placed_in_a_name(doc, i, person))
        given_name_persons(self.memory, doc, self.kb_type)  # where no model ran
        self._spot_latin(doc)
        if not spotted:
            return
        text, spans, keys = doc.text, doc.spans, doc.keys
        for i, first in enumerate(keys):
            a = spans[i][0]
            if not first or (doc.occupied[a] and not ARABIC.match(text, a)):
                continue
            script = name_script(first)
            if script == LATIN and not _LATIN_UPPER.match(text, a):
                continue
            others = _OTHER_SCRIPTS[script]
            for shift, variant in proclitic_variants(text[a : spans[i][1]]):
                key = token_key(variant) if shift else first
                skel, vowels, probes = _spot_probes(key, script)
                if not any(probe in firsts for probe in probes):
                    continue
                found = self._spot_longest(doc, i, skel, vowels, others)
                person = found is not None and self.memory.types.get(found[1]) == "PER"
                if person and variant.startswith("ال"):
                    continue  # read without the article ال: no foreign person's name ("الصاروخي")
                if found is not None:
                    j, entity_id = found
                    start, end = a + shift, spans[j - 1][1]
                    if not doc.covered(start, end) or _took_first_word(doc, (start, spans[i][1], end),
                                                                       j - i, entity_id):
                        label = entity_type(self.memory.types.get(entity_id, "MISC"))
                        doc.add(Mention(start, end, text[start:end], label, entity_id, DETECTED_SCORE,
                                                "spotted"))
                    break

    def _spot_latin(self, doc: Doc) -> None:
        """Learned names left in Latin letters in a text of another script ("محطة KSWB-TV",
        "ألبومه Yandhi"), which that language's NER does not tag: a run of capitalised Latin
        words whose whole key is a learned person's, organisation's or place's name."""
        if script_of_language(doc.language) in (LATIN, None) or not self.memory.by_key:
            return
        for run in _LATIN_RUN.finditer(doc.text):
            start, end = run.span()
            name = run.group()
            if (sum(c.isalpha() for c in name) < LATIN_RUN_LETTERS_MIN or _glued(doc.text, start, end)
                    or doc.covered(start, end)):
                continue
            entity_id = next((found for key in _latin_keys(doc.text, start, name)
                              if (found := self.memory.by_key.get(key, "")).startswith("x-")), "")
            label = self.memory.types.get(entity_id)
            if entity_id.startswith("x-") and label in ("PER", "ORG", "LOC"):
                doc.add(Mention(start, end, name, entity_type(label or ""), entity_id, DETECTED_SCORE,
                                "spotted"))

    def _spot_longest(
        self, doc: Doc, i: int, skel: str, vowels: str, others: list[str]
    ) -> tuple[int, str] | None:
        """``(end token, entity id)`` of the longest learned name of another script whose
        skeleton (or vowelled skeleton) the tokens from ``i`` spell; ``skel`` and ``vowels``
        are those of token ``i`` (or of it without its proclitic)."""
        spotted, text, spans, keys = self.memory.spotted, doc.text, doc.spans, doc.keys
        latin = LATIN not in others  # the name is in Latin script: capitalised words only
        arabic_text = ARABIC_SCRIPT not in others
        later: list[str] = []  # the Arabic text's words after token i
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
                word = text[slice(*spans[j - 1])]
                if arabic_text and word.startswith(ARABIC_ARTICLE):
                    break  # an Arabic word with the article: no word of any spelled name
                if arabic_text:
                    later.append(word)
                skels.append(skeleton(keys[j - 1]))
                vowelled_keys.append(vowelled(keys[j - 1]))
            if not skels[-1]:
                break
            joined, vjoined = " ".join(skels), " ".join(vowelled_keys)
            for other in others:
                hit = spotted.get(f"{other}:{joined}") or spotted.get(f"v|{other}:{vjoined}")
                if hit is not None and not everyday_after_known_name(self.memory, hit, later):
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


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the Latin run at ``start:end`` is part of a longer token (a camel-cased word:
    "iPad" is no "Pad"; a URL, an address) or of a longer name ("University of Marsford")."""
    before = text[start - 1] if start else " "
    after = text[end : end + 2]
    return ((before.isascii() and (before.isalnum() or before in _GLUED_BEFORE))
            or (len(after) == 2 and after[0] in _GLUED_AFTER and after[1].isalnum())
            or _JOINED_AFTER.match(text, end) is not None
            or _JOINED_BEFORE.search(text[max(0, start - JOINED_LOOKBEHIND) : start]) is not None)


def _latin_keys(text: str, start: int, name: str) -> list[str]:
    """Keys a Latin name at ``start`` of an Arabic text may be known under: with the head word
    the Arabic word before it translates ("فندق Roa Roa": "Roa Roa Hotel"), first, so that
    "جامعة Marsford" is the university before the town, then its own."""
    key = name_key(name)
    before = text[max(0, start - HEAD_LOOKBEHIND) : start].split()
    whole = len(before) > 1 or start <= HEAD_LOOKBEHIND  # not the tail of a longer word
    heads = ar.HEAD_TRANSLATIONS.get(before[-1], ()) if before and whole else ()
    return [*(name_key(f"{name} {head}") for head in heads),
            *(name_key(f"{head} of {name}") for head in heads), key]


def _took_first_word(doc: Doc, bounds: tuple[int, int, int], words: int, entity_id: str) -> bool:
    """Whether a learned name of two words or more spotted at ``start:end`` (``bounds``: start,
    end of its first word, end; in Arabic text) overlaps only a mention of its first word, and
    takes its place: "تشاد برينيك" is Chad Brennick of the English report, not the country Chad
    with a word after it. The shorter mention is dropped here. The text after the first word
    is checked first, so that a name NER already found whole costs no pass over the mentions."""
    start, first_end, end = bounds
    if words < SPOTTED_OVER_MIN_WORDS or not doc.occupied[start] or doc.covered(first_end, end):
        return False
    inside = [m for m in doc.mentions if m.start < end and m.end > start]
    if not inside or any(m.start != start or m.end >= end or m.entity_id == entity_id
                         or " " in m.text.strip() for m in inside):
        return False
    doc.mentions[:] = [m for m in doc.mentions if not (m.start < end and m.end > start)]
    return True


def definite_detour(text: str, entity: KbEntity) -> bool:
    """An Arabic word with the article ("الهاربين", the fugitives) meeting a gazetteer town
    whose names lack it (Harbin, هاربن): Arabic writes a transliterated foreign town without
    ال, so the definite word is a common one. Seed places and towns named with the article
    (الموصل; Latin Alabama, El Alamein) are not affected."""
    if entity.rank >= RANK_SEED or not ARABIC.match(text):
        return False
    if not any(v.startswith("ال") for _, v in proclitic_variants(text.split()[0])):
        return False
    if entity.name.lower().startswith(LATIN_ARABIC_ARTICLES):
        return False
    return not any(n.startswith("ال") for n in (*entity.names.values(), *entity.aliases))


def entity_type(label: str) -> EntityType:
    return label if label in ("PER", "ORG", "LOC", "MISC") else "MISC"  # type: ignore[return-value]
