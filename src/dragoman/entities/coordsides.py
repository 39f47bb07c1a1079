"""What ``splitting.find_cut`` knows of one side of a span NER ran over two names (issue 14).

A side is looked up by its name (``NameResolver.cut_side``: the knowledge base, then the
archive's learned names). In a span NER called a person whose other side is a known person,
a one-word side that is a word of exactly one full person name written earlier in the
article stays a person whatever type the archive learned for that one word from another
report: "كيم" of "بين كيم وترامب" after "كيم جونج أون" (Kim Jong Un), where the archive
knew a one-word "Kim" as a place. The side still cuts the span at that look-up, and the
article's one full name holding the word takes it at the end
(``articlenames.join_article_names``). A side that a knowledge-base entity names keeps it
and its type (a country: "تشاد" of "بين تشاد وسوريا" after a person "تشاد موريس"; a
gazetteer town, which its own look-ups weigh). Left to the look-ups: a word two full names
of the article share (neither's), and a span whose other side is no known person ("كارل
نوفاك", a second person whose given name was learned a place, is no coordination).
"""

from __future__ import annotations

from dragoman.entities.articlenames import full_person_words
from dragoman.entities.kb import name_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import LEARNED_PREFIX, proclitic_variants
from dragoman.entities.resolve import NameResolver
from dragoman.entities.splitting import Part
from dragoman.model import Mention


def side_part(resolver: NameResolver, doc: Doc, span: Mention, text: str,
              named: dict[str, str]) -> Part | None:
    """What ``find_cut`` knows of ``text``, one side of ``span`` (``named``: name key -> label
    of the article's NER mentions): a known entity (a gazetteer entry only as a weak part),
    else NER's label for it elsewhere; typed a person as the module docstring says."""
    part = _looked_up(resolver, text, named)
    if (part is None or part.label == "PER" or span.label != "PER"
            or not (part.entity_id or "").startswith(LEARNED_PREFIX)
            or not _person_word(doc, span.start, text)):
        return part
    rest = _other_side(span.text, text)
    other = _looked_up(resolver, rest, named) if rest else None
    if other is None or other.label != "PER" or other.entity_id is None:
        return part  # "كارل نوفاك", another person's full name, is no coordination of two people
    return Part(part.entity_id, part.shift, "PER", part.gazetteer, part.tagged)


def _looked_up(resolver: NameResolver, text: str, named: dict[str, str]) -> Part | None:
    weak: Part | None = None
    for label in ("PER", "ORG", "LOC"):
        found, shift = resolver.cut_side(text, label)
        if found is not None:
            kind = resolver.type_of(found) or label
            if not resolver.in_gazetteer(found):
                return Part(found, shift, kind)
            weak = weak or Part(found, shift, kind, gazetteer=True)
    if name_key(text) in named:
        label = named[name_key(text)]
        if weak is None:
            return Part(None, 0, label, tagged=True)
        return Part(weak.entity_id, weak.shift, label, gazetteer=True, tagged=True)
    return weak


def _other_side(whole: str, side: str) -> str:
    """The rest of span text ``whole`` beside ``side`` (its start or its end), a one-character
    word at the cut dropped (a conjunction letter or "&": "ترامب و" of "ترامب ونوفاك")."""
    at_start = whole.startswith(side)
    words = (whole[len(side):] if at_start else whole[: len(whole) - len(side)]).split()
    cut_word = 0 if at_start else -1
    if words and len(words[cut_word]) == 1:
        del words[cut_word]
    return " ".join(words)


def _person_word(doc: Doc, before: int, text: str) -> bool:
    """Whether one-word ``text`` (a proclitic tried off) is a word of exactly one full person
    name of the article that starts before ``before`` (two names sharing it: neither's)."""
    if " " in text.strip():
        return False
    _read_people(doc, before)
    return any(len(doc.person_words.get(name_key(variant), ())) == 1
               for _, variant in proclitic_variants(text))


def _read_people(doc: Doc, before: int) -> None:
    """Add to ``doc.person_words`` (word key -> the full names holding it) the words of the
    full person names among the mentions not read yet that start before ``before`` (the
    linker adds mentions in text order while it cuts spans: each mention is read once per
    article)."""
    mentions = doc.mentions
    while doc.people_seen < len(mentions) and mentions[doc.people_seen].start < before:
        words = full_person_words(doc, mentions[doc.people_seen])
        for word in words:
            doc.person_words.setdefault(word, set()).add(" ".join(words))
        doc.people_seen += 1
