"""Words for a cue verb that comes before its subject after a quotation and that no cue list
holds, kept out of ``LanguageRules`` (whose module is at its size limit): "“…,” reads a
Monday editorial in The Harbor Gazette.", "“…,” remembered Tom Ray, her aide."."""

from __future__ import annotations

from dataclasses import dataclass

from dragoman.language.normalize import normalize_for_match


@dataclass(frozen=True, slots=True)
class InvertedCueWords:
    """``display_verbs``: verbs whose subject is a text on display ("reads", "read"), a cue
    only with a ``document_heads`` noun after them; ``past_ending``: the ending of a past form,
    a cue before a person's name ("recalled", "remembered"), and of nothing else;
    ``credit_verbs``: past forms with that ending that credit a work to the name after them
    and are never cues ("“…,” starred Ann Lee": the quotation is a title);
    ``document_heads``: nouns that name a text that speaks for its author ("editorial",
    "sign", "headline"); ``determiners``: what opens such a noun phrase;
    ``place_prepositions``: what may follow the noun in the same source ("in The Gazette");
    ``time_words``: with the pack's weekdays, months and duration words, a time phrase after a
    participle ("the order released last Friday said"), see ``quotes.reducedsubject``;
    ``owner_prepositions``: what names a document's author after it ("a report by X", "a
    statement from X"), see ``quotes.documentowners``."""

    display_verbs: tuple[str, ...] = ()
    past_ending: str = ""
    credit_verbs: frozenset[str] = frozenset()
    document_heads: tuple[str, ...] = ()
    determiners: tuple[str, ...] = ()
    place_prepositions: tuple[str, ...] = ()
    time_words: tuple[str, ...] = ()
    owner_prepositions: frozenset[str] = frozenset()


_PACKS: dict[str, InvertedCueWords] = {
    "en": InvertedCueWords(
        display_verbs=("reads", "read"),
        past_ending="ed",
        credit_verbs=frozenset({
            "starred", "featured", "directed", "produced", "recorded", "released",
            "published", "narrated", "photographed", "authored", "composed", "edited",
            "designed", "painted", "filmed", "hosted",
        }),
        document_heads=(
            "editorial", "editorials", "report", "statement", "sign", "signs", "headline",
            "headlines", "banner", "banners", "caption", "post", "tweet", "letter", "memo",
            "release", "message", "note", "notice", "ad", "advert", "advertisement",
            "placard", "poster", "posters", "plaque", "inscription", "screen", "screens",
            "slogan", "email", "e-mail", "text", "transcript", "order", "ruling",
            "filing", "complaint", "lawsuit", "indictment", "petition", "page", "website",
            "flyer", "leaflet", "pamphlet", "brochure", "invitation", "label", "card",
            "column", "op-ed", "article", "story", "blog", "entry", "passage", "verse",
            "chapter", "line", "subhead", "document", "summary",
        ),
        determiners=("a", "an", "the", "one", "another", "its", "his", "her", "their"),
        place_prepositions=("in", "on", "at", "from", "by", "of", "outside", "above", "over",
                            "inside", "near", "across"),
        time_words=("on", "in", "last", "this", "earlier", "late", "early", "week", "month",
                    "year", "past", "today", "yesterday", "morning", "evening", "night"),
        owner_prepositions=frozenset({"of", "from", "by"}),
    ),
}


def inverted_cue_words(code: str | None) -> InvertedCueWords | None:
    """The pack of the language of ``code``, None when it has none."""
    return _PACKS.get(code or "")


def document_head(words: InvertedCueWords, word: str) -> bool:
    """Whether ``word`` (any case) is one of the pack's ``document_heads``."""
    return normalize_for_match(word) in words.document_heads


__all__ = ["InvertedCueWords", "document_head", "inverted_cue_words"]
