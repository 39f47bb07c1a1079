"""An article's mentions as the linker ends with them: the entities they refer to, and
the small helpers on one mention (a full name, a cut-off start)."""

from __future__ import annotations

from dragoman.entities.kb import KnowledgeBase, name_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import LEARNED_PREFIX, Memory
from dragoman.entities.peoplewords import people_word
from dragoman.entities.samesurface import same_surface_ids
from dragoman.entities.textscan import entity_type
from dragoman.entities.unmarkedpeople import unmarked_one_word_people
from dragoman.language.orgopeners import formal_opener
from dragoman.model import Entity, Mention


def doc_entities(doc: Doc, kb: KnowledgeBase, memory: Memory) -> list[Entity]:
    """One ``Entity`` per linked id of ``doc``, in order, with the forms the text wrote
    (derived mentions, such as titles and context words, add none)."""
    seen: dict[str, dict[str, None]] = {}  # entity id -> its forms, in order
    for m in same_surface_ids(unmarked_one_word_people(doc, memory).mentions, doc.quotes):  # "ISO" twice
        if m.entity_id:
            written = seen.setdefault(m.entity_id, {})
            if id(m) not in doc.derived:
                written.setdefault(m.text, None)
    out = []
    for entity_id, form_set in seen.items():
        forms = list(form_set)
        kb_entity = kb.entities.get(entity_id)
        if kb_entity is not None:
            out.append(Entity(entity_id, kb_entity.name, kb_entity.type, dict(kb_entity.names), forms))
            continue
        names = dict(memory.names.get(entity_id, {}))
        if doc.language:
            names.setdefault(doc.language, max(forms, key=len))
        label = memory.types.get(entity_id, "MISC")
        display = memory.display.get(entity_id) or (forms[0] if forms else entity_id)
        out.append(Entity(entity_id, display, entity_type(label), names, forms))
    return out


def archive_forms(entity: Entity) -> list[str]:
    """The forms of an article's entity that later articles may reach it by: all of a person's
    (a surname alone is weighed there: ``resolve``) and of a KB entity's; of a learned
    organisation's or place's, none that is a part of its longest name without its first
    word: the words before such a part qualify it ("Bundesliga" of "Sky Bundesliga", "Alpen"
    of "Salzburger Alpen", "Supreme Court" of a state's), and on another page the part alone
    names the larger thing or another one. A part opening the name stays ("Eintracht" of
    "Eintracht Frankfurt": the place closing a club's name is dropped in writing), unless it
    is a people's adjective ("Welsh" of "Welsh Parliament": ``peoplewords``); so does a part
    after formal openers only ("Televisa" of "Grupo Televisa", "Gleiss Lutz" of "Kanzlei
    Gleiss Lutz": ``orgopeners``), the name the body goes by."""
    if entity.type == "PER" or not entity.id.startswith(LEARNED_PREFIX):
        return list(entity.aliases)
    longest = max((name_key(n).split() for n in (entity.name, *entity.aliases)), key=len)
    return [form for form in entity.aliases if not _qualified_part(name_key(form).split(), longest)
            and not (len(longest) > 1 and people_word(form))]


def _qualified_part(part: list[str], words: list[str]) -> bool:
    """Whether ``part`` is a shorter run of whole words of ``words`` that does not open it and
    has a word other than a formal opener before it (``orgopeners``: "Grupo" of "Grupo
    Televisa" qualifies nothing)."""
    n = len(part)
    return 0 < n < len(words) and any(words[i : i + n] == part and not all(map(formal_opener, words[:i]))
                                      for i in range(1, len(words) - n + 1))


def full_name(mention: Mention) -> bool:
    """A name of two words or more (a full name, not a surname alone)."""
    return len(name_key(mention.text).split()) >= 2


def trim_start(mention: Mention, shift: int) -> None:
    """``mention`` without its first ``shift`` characters (a proclitic, a title)."""
    if shift and shift < len(mention.text):
        mention.start += shift
        mention.text = mention.text[shift:]
