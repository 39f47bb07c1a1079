"""Spotting learned names NER missed in an Arabic translation (``entities/contextspot.py``):
organisation names Arabic translates word by word (``spot_translated``), short one-word
names written with the same vowels, and names with a middle initial. Original sentences;
mentions given by hand (no NER model)."""

from __future__ import annotations

from dragoman.entities.contextspot import _initial
from dragoman.entities.crossscript import translated_pattern
from dragoman.entities.linking import Linker
from dragoman.entities.memory import Memory
from dragoman.model import EntityType, Mention
from tests.entities.mentions import first_mention, known_ids

# An English report naming an invented town's police department, beside two learned
# names (the town's mayor and a museum) that its Arabic translation also names.
EN = ("The Orvalle Police Department said on Monday that Mayor Tessaly Brandock had asked "
      "the people of Kelmwick to stay home for a week.")
EN_NAMES: list[tuple[str, EntityType]] = [
    ("Orvalle Police Department", "ORG"), ("Tessaly Brandock", "PER"), ("Kelmwick", "LOC")]
CONTEXT: list[tuple[str, EntityType]] = [("تيسالي براندوك", "PER"), ("كيلمويك", "LOC")]


def _known(en: str = EN, names: list[tuple[str, EntityType]] = EN_NAMES) -> Linker:
    linker = Linker(memory=Memory())
    known_ids(linker, en, names, "en")
    return linker


def _spotted(linker: Linker, ar: str, given: list[tuple[str, EntityType]]) -> dict[str, str]:
    mentions: list[Mention] = [first_mention(ar, text, label) for text, label in given]
    out, _ = linker.link(ar, mentions, language="ar")
    return {m.text: linker.memory.display[m.entity_id] for m in out
            if m.reason == "spotted" and m.entity_id}


def test_translated_words_come_first_in_arabic_order() -> None:
    heads, rest = translated_pattern("Orvalle Police Department") or ((), ())
    assert [sorted(h) for h in heads] == [["اداره", "قسم"], ["شرطه"]]  # Department, then Police
    assert len(rest) == 1
    heads, rest = translated_pattern("University of Orvalle") or ((), ())
    assert [sorted(h) for h in heads] == [["جامعه"]] and len(rest) == 1
    # nothing is left to spell, or nothing is translated: no pattern
    assert translated_pattern("Police Department") is None
    assert translated_pattern("Tessaly Brandock") is None


def test_a_department_translated_word_by_word_is_spotted_with_its_context() -> None:
    linker = _known()
    ar = ("قالت إدارة شرطة أورفال يوم الاثنين إن العمدة تيسالي براندوك طلبت من سكان كيلمويك "
          "البقاء في منازلهم لمدة أسبوع.")
    spotted = _spotted(linker, ar, CONTEXT)
    assert spotted == {"إدارة شرطة أورفال": "Orvalle Police Department"}


def test_a_translated_name_is_looked_for_whole_and_with_context_only() -> None:
    linker = _known()
    # "the Orvalle police" alone is not the department's name
    ar = "قالت شرطة أورفال إن العمدة تيسالي براندوك طلبت من سكان كيلمويك البقاء في منازلهم."
    assert "شرطة أورفال" not in _spotted(linker, ar, CONTEXT)
    # the words in English order are no Arabic name
    ar = "قالت أورفال شرطة إدارة إن العمدة تيسالي براندوك طلبت من سكان كيلمويك البقاء في منازلهم."
    assert not _spotted(linker, ar, CONTEXT)
    # another story, sharing nothing with the report: not looked for
    ar = "قالت إدارة شرطة أورفال إن حريقًا اندلع في مخزن بمدينة تارفيلد."
    assert not _spotted(linker, ar, [("تارفيلد", "LOC")])


# A report on an invented beach, "Lomai", a name of two consonants (LM).
BEACH_EN = ("Surfers at Lomai joined Tessaly Brandock, people of Kelmwick and Dorrin "
            "Haskell in a clean-up.")
BEACH_NAMES: list[tuple[str, EntityType]] = [
    ("Lomai", "LOC"), ("Tessaly Brandock", "PER"), ("Kelmwick", "LOC"), ("Dorrin Haskell", "PER")]
BEACH_CONTEXT: list[tuple[str, EntityType]] = [
    ("تيسالي براندوك", "PER"), ("كيلمويك", "LOC"), ("دورين هاسكل", "PER")]


def test_a_short_one_word_name_is_spotted_when_its_vowels_agree() -> None:
    linker = _known(BEACH_EN, BEACH_NAMES)
    ar = "انضم راكبو الأمواج في لوماي إلى تيسالي براندوك وسكان كيلمويك ودورين هاسكل في حملة تنظيف."
    assert _spotted(linker, ar, BEACH_CONTEXT) == {"لوماي": "Lomai"}
    # fewer vowels written (LMV): not the beach
    ar = "انضم راكبو الأمواج في لمي إلى تيسالي براندوك وسكان كيلمويك ودورين هاسكل."
    assert not _spotted(linker, ar, BEACH_CONTEXT)


def test_a_short_name_is_never_an_everyday_word() -> None:
    en = "Yakfi joined Tessaly Brandock, people of Kelmwick and Dorrin Haskell in a clean-up."
    linker = _known(en, [("Yakfi", "ORG"), *BEACH_NAMES[1:]])
    # يكفي is "it is enough", spelled with the same vowels
    ar = "قالت تيسالي براندوك إن ذلك يكفي لسكان كيلمويك ودورين هاسكل."
    assert not _spotted(linker, ar, BEACH_CONTEXT)


def test_a_middle_initial_written_on_one_side_only() -> None:
    en = "Dario A. Lunt played the bells before Tessaly Brandock spoke to the people of Kelmwick."
    linker = _known(en, [("Dario A. Lunt", "PER"), *EN_NAMES[1:]])
    ar = "عزف داريو إيه لونت على الأجراس قبل أن تتحدث تيسالي براندوك إلى سكان كيلمويك."
    assert _spotted(linker, ar, CONTEXT) == {"داريو إيه لونت": "Dario A. Lunt"}


def test_an_everyday_letter_name_is_no_initial() -> None:
    assert _initial("ايه") and _initial("جيه") and _initial("e")
    assert not _initial("في")  # V, but "in": "مارلو في" is no name with an initial
    assert not _initial("او") and not _initial("لونت")


def test_the_spelled_word_after_a_translated_head_may_take_the_article() -> None:
    en = "Start-ups of Tarsilon Valley hired Tessaly Brandock, who lives in Kelmwick."
    linker = _known(en, [("Tarsilon Valley", "LOC"), *EN_NAMES[1:]])
    ar = "وظفت الشركات الناشئة في وادي الترسيلون تيسالي براندوك التي تعيش في كيلمويك."
    assert _spotted(linker, ar, CONTEXT) == {"وادي الترسيلون": "Tarsilon Valley"}
    # without the translated head the word with the article is no name ("الترسيلون" alone)
    ar = "وظفت الشركات الناشئة في الترسيلون تيسالي براندوك التي تعيش في كيلمويك."
    assert not _spotted(linker, ar, CONTEXT)
