"""Cross-script identity of learned entities (``entities/crossscript.py``): a name learned in
one script attaches to the same person written in another when the key matches and the
article's context agrees. Original sentences; mentions given by hand (no NER model)."""

from __future__ import annotations

from dragoman.entities.crossscript import CrossScript, form_of, match_kind
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import EntityType
from tests.entities.mentions import first_mention, known_ids

# An English report about an invented sculptor, Dara Kolbs, with two other learned names
# (a town and a curator) that a translation would name too.
EN = ("Dara Kolbs opened her show in Korvanden on Friday, and the curator "
      "Ilsabet Crandwick praised it.")
EN_NAMES: list[tuple[str, EntityType]] = [
    ("Dara Kolbs", "PER"), ("Korvanden", "LOC"), ("Ilsabet Crandwick", "PER")]
# Its Arabic translation: "Kolbs" written كولز (the b unheard), too short a skeleton to be
# matched on its own (DR KLS against DR KLBS).
AR = "افتتحت دارا كولز معرضها في كورفاندن يوم الجمعة، وأشادت به القيمة إلسابيت كراندويك."
AR_NAMES: list[tuple[str, EntityType]] = [
    ("دارا كولز", "PER"), ("كورفاندن", "LOC"), ("إلسابيت كراندويك", "PER")]
# Another article in Arabic: a different woman, دارا كولز too, in a story naming nothing
# the sculptor's article named.
AR_OTHER = "فازت دارا كولز بسباق الدراجات في مدينة تارفيلد بعد منافسة مع فريق لونيرا."
AR_OTHER_NAMES: list[tuple[str, EntityType]] = [
    ("دارا كولز", "PER"), ("تارفيلد", "LOC"), ("لونيرا", "ORG")]


def test_a_learned_english_person_meets_her_arabic_spelling_in_a_later_article() -> None:
    linker = Linker(memory=Memory())
    en = known_ids(linker, EN, EN_NAMES, "en")
    ar = known_ids(linker, AR, AR_NAMES, "ar")
    assert en["Dara Kolbs"].startswith("x-")  # learned, not in the knowledge base
    # the town and the curator meet by their (long) skeletons; they are the context
    assert ar["إلسابيت كراندويك"] == en["Ilsabet Crandwick"]
    assert ar["دارا كولز"] == en["Dara Kolbs"]


def test_the_same_short_key_without_shared_context_founds_a_new_entity() -> None:
    linker = Linker(memory=Memory())
    en = known_ids(linker, EN, EN_NAMES, "en")
    other = known_ids(linker, AR_OTHER, AR_OTHER_NAMES, "ar")
    assert other["دارا كولز"].startswith("x-")
    assert other["دارا كولز"] != en["Dara Kolbs"]


def test_a_surname_alone_meets_the_full_name_only_with_context() -> None:
    index = CrossScript()
    index.add("x-mcgregor", "Allan McGregor")
    index.seen_together(["x-mcgregor", "x-club", "x-rival", "x-stadium"])
    types = {"x-mcgregor": "PER"}
    assert index.attach("ماكجريجور", {"x-club", "x-rival"}, types) == "x-mcgregor"
    assert index.attach("ماكجريجور", {"x-club"}, types) is None  # one shared entity: not enough
    assert index.attach("ماكجريجور", {"x-club", "x-rival"}, {"x-mcgregor": "ORG"}) is None


def test_context_needed_grows_as_the_key_weakens() -> None:
    index = CrossScript()
    index.add("x-combs", "Sean Combs")
    index.add("x-kim", "Kim")
    index.seen_together(["x-combs", "x-kim", "x-a", "x-b", "x-c"])
    # as many words, five consonant classes (SN KMS ~ SN KMBS): one shared entity is enough
    assert index.attach("شون كومز", {"x-a"}, {}) == "x-combs"
    assert index.attach("شون كومز", set(), {}) is None
    # two classes (KM): three shared entities
    assert index.attach("كيم", {"x-a", "x-b"}, {}) is None
    assert index.attach("كيم", {"x-a", "x-b", "x-c"}, {}) == "x-kim"


def test_two_candidates_in_context_leave_the_name_unattached() -> None:
    index = CrossScript()
    for entity_id, name in (("x-a", "Mira Tolben"), ("x-b", "Mira Tolban")):
        index.add(entity_id, name)
    index.seen_together(["x-a", "x-b", "x-c", "x-d"])
    assert index.attach("ميرا تولبن", {"x-c", "x-d"}, {}) is None


def test_match_kinds() -> None:
    def tokens(name: str) -> tuple[str, ...]:
        return form_of(name)[1]

    assert match_kind(tokens("شون كومز"), tokens("Sean Combs"), True) == "same"
    assert match_kind(tokens("ري يونغ"), tokens("Ri Yong Ho"), True) == "same"  # "Ho": no consonant
    assert match_kind(tokens("توني ماكاروني"), tokens("Tony Macaroni Arena"), False) == "prefix"
    assert match_kind(tokens("ماكجريجور"), tokens("Allan McGregor"), True) == "surname"
    assert match_kind(tokens("ماكجريجور"), tokens("Allan McGregor"), False) is None
    # different first consonants are different names, however close the rest
    assert match_kind(tokens("شون بومز"), tokens("Sean Combs"), True) is None
    assert match_kind(tokens("Ye"), tokens("يي"), True) is None  # too short to match at all


def test_a_definite_arabic_word_is_no_transliterated_town() -> None:
    from dragoman.entities.resolve import NameResolver

    resolver = NameResolver(memory=Memory())
    # "the Gospel" has the vowelled skeleton of a town's Latin name (VNGVL), but Arabic
    # writes a transliterated foreign name without the article
    assert resolver.resolve("الإنجيل", "LOC") == (None, 0)
    assert resolver.resolve("وبالإنجيل", "LOC") == (None, 0)
    found, _ = resolver.resolve("ألاباما", "LOC")  # a place with its Arabic name still is one
    assert found == "region-alabama"


def _drummer_known() -> Linker:
    linker = Linker(memory=Memory())
    en = "Bea Tull, a drummer, toured Korvanden with Ilsabet Crandwick and the Halbrecht Quartet."
    known_ids(linker, en, [("Bea Tull", "PER"), ("Korvanden", "LOC"),
                      ("Ilsabet Crandwick", "PER"), ("Halbrecht Quartet", "ORG")], "en")
    return linker


def test_a_learned_name_ner_missed_is_spotted_in_the_other_script_with_context() -> None:
    linker = _drummer_known()
    # NER tagged the town and the curator, not the drummer, whose name (B TL) is too short
    # to be looked for without context
    ar = "جالت بي تول في كورفاندن مع إلسابيت كراندويك."
    given = [first_mention(ar, "كورفاندن", "LOC"), first_mention(ar, "إلسابيت كراندويك", "PER")]
    out, _ = linker.link(ar, given, language="ar")
    spotted = {m.text: m.entity_id or "" for m in out if m.reason == "spotted"}
    assert list(spotted) == ["بي تول"]
    assert linker.memory.display[spotted["بي تول"]] == "Bea Tull"


def test_without_context_the_short_name_is_not_looked_for() -> None:
    linker = _drummer_known()
    ar = "جالت بي تول في مدينة أخرى مع فرقة لونيرا."
    out, _ = linker.link(ar, [first_mention(ar, "لونيرا", "ORG")], language="ar")
    assert not [m for m in out if m.reason == "spotted"]
    # a word with the article (ال) is no transliterated name
    ar = "جالت البي تول في كورفاندن مع إلسابيت كراندويك."
    given = [first_mention(ar, "كورفاندن", "LOC"), first_mention(ar, "إلسابيت كراندويك", "PER")]
    out, _ = linker.link(ar, given, language="ar")
    assert not [m for m in out if m.reason == "spotted"]


def test_a_name_in_the_other_script_agrees_whichever_side_the_text_is() -> None:
    from dragoman.entities.crossscript import name_words
    from dragoman.entities.kb import token_key
    from dragoman.entities.spotrules import spelled_alike as _agrees
    from dragoman.language.scripts import ARABIC, LATIN

    # Arabic leaves the short vowel of "Robin" out: the spellings agree in both directions.
    latin_word, arabic_word = name_words("Robin")[0], name_words("روبن")[0]
    assert _agrees(token_key("روبن"), latin_word, True, (ARABIC, LATIN))
    assert _agrees(token_key("Robin"), arabic_word, True, (LATIN, ARABIC))
    # An Arabic spelling with a vowel the Latin one lacks does not.
    assert not _agrees(token_key("Rbn"), name_words("روبن")[0], True, (LATIN, ARABIC))


def test_a_short_name_after_a_glued_conjunction_is_a_candidate() -> None:
    from dragoman.entities.contextspot import _first_skeletons
    from dragoman.entities.kb import token_key
    from dragoman.entities.transliterate import skeleton

    # "فجو": "and Joe"; the word without its ف opens the name جو.
    assert skeleton(token_key("جو")) in _first_skeletons("فجو", token_key("فجو"))


def test_a_final_c_is_hard_as_in_marc_and_its_arabic_spelling() -> None:
    from dragoman.entities.kb import token_key
    from dragoman.entities.transliterate import skeleton

    assert skeleton(token_key("Marc")) == skeleton(token_key("مارك"))
    assert skeleton(token_key("Alice")).endswith("S")  # soft before e stays soft
