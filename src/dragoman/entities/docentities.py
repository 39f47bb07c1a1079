"""An article's mentions as the linker ends with them: the entities they refer to, and
the small helpers on one mention (a full name, a cut-off start)."""

from __future__ import annotations

from dragoman.entities.kb import KnowledgeBase, name_key
from dragoman.entities.linkdoc import Doc
from dragoman.entities.memory import Memory
from dragoman.entities.textscan import entity_type
from dragoman.model import Entity, Mention


def doc_entities(doc: Doc, kb: KnowledgeBase, memory: Memory) -> list[Entity]:
    """One ``Entity`` per linked id of ``doc``, in order, with the forms the text wrote
    (derived mentions, such as titles and context words, add none)."""
    seen: dict[str, dict[str, None]] = {}  # entity id -> its forms, in order
    for m in doc.mentions:
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


def full_name(mention: Mention) -> bool:
    """A name of two words or more (a full name, not a surname alone)."""
    return len(name_key(mention.text).split()) >= 2


def trim_start(mention: Mention, shift: int) -> None:
    """``mention`` without its first ``shift`` characters (a proclitic, a title)."""
    if shift and shift < len(mention.text):
        mention.start += shift
        mention.text = mention.text[shift:]
