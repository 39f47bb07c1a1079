"""Head words the packs' ``organisation_heads`` / ``place_heads`` lack, seen closing names NER
typed a person ("General Assembly", "Trump Tower"; ``EntityWords.person_typed_organisation_heads``
and ``person_typed_place_heads``); ``nameclass.head_keys`` adds them."""

from __future__ import annotations

from dragoman.entities.packwords import every_pack_in_order

ORGANISATION_HEADS = every_pack_in_order(lambda w: w.person_typed_organisation_heads)
PLACE_HEADS = every_pack_in_order(lambda w: w.person_typed_place_heads)
